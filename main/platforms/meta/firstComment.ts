import { PermissionMissingError, TokenInvalidError } from '../platformErrors';
import type { AfterPublished, PublishJob, PublishStep, StepContext, StepResults } from '../publisher';
import { PERMALINK_STEP, publishedFrom } from '../publishing/stepResults';
import { pageCalls } from './facebookPage';
import { facebookSchedule } from './facebookSchedule';
import { listInstagramComments, listPageComments, postComment, type PostComment } from './firstCommentCalls';
import { fetchInstagramProfile } from './graphUser';
import { instagramCalls } from './instagramTarget';

/**
 * The owner's first comment (hashtags or a link kept out of the caption), posted under the post
 * right after it is out. An after-published step: the engine records the post as published
 * first, and a comment that fails never fails the post. Posting it is the one call that must not
 * happen twice, so a repeat is always preceded by `confirm`: the post's comments are read for
 * the same text from this account.
 */
export const FIRST_COMMENT_STEP = 'firstComment';

const LABEL = 'Posting the first comment';

/** The comment as it goes out: trimmed; null when there is none. */
export function firstCommentOf(job: PublishJob): string | null {
  const options = job.options;
  if (options.platform !== 'instagram' && options.platform !== 'facebook') return null;
  const text = options.firstComment?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * The permission comments need, per account kind (platform-apis.md 1.7 for the Facebook Login
 * path, 1.8 for Instagram Login), named to the owner when the platform refuses the comment.
 */
function commentPermission(job: PublishJob): string {
  if (job.platform === 'facebook') return 'pages_manage_engagement';
  return job.account.loginPath === 'instagram_login' ? 'instagram_business_manage_comments' : 'instagram_manage_comments';
}

function words(job: PublishJob, where: string): AfterPublished {
  return {
    done: 'First comment posted.',
    notDone: 'The first comment was not posted; the post itself is out.',
    remedy(error) {
      const byHand = `You can add the comment yourself on ${where}.`;
      if (error instanceof PermissionMissingError) {
        return `${byHand} So that Outpost can post the next ones, reconnect the account in Accounts and allow it to manage comments (${commentPermission(job)}).`;
      }
      if (error instanceof TokenInvalidError) return `${byHand} Then reconnect the account in Accounts.`;
      return byHand;
    },
  };
}

const ours = (comments: readonly PostComment[], text: string, author: string) =>
  comments.find((comment) => comment.text.trim() === text && comment.author === author);

/** Instagram feed posts, carousels and reels; stories take no comments. */
export function instagramFirstComment(job: PublishJob): PublishStep[] {
  const text = firstCommentOf(job);
  if (text === null || job.postType === 'story') return [];
  return [
    {
      name: FIRST_COMMENT_STEP,
      label: LABEL,
      afterPublished: words(job, 'Instagram'),
      async run(context) {
        const calls = await instagramCalls(context);
        const objectId = publishedFrom(context.results).platformPostId;
        return { commentId: await postComment(calls.graph, { objectId, message: text, accessToken: calls.accessToken }) };
      },
      async confirm(context) {
        const calls = await instagramCalls(context);
        const mediaId = publishedFrom(context.results).platformPostId;
        const account = await fetchInstagramProfile(calls.graph, { instagramAccountId: calls.igUserId, accessToken: calls.accessToken });
        const found = ours(await listInstagramComments(calls.graph, { mediaId, accessToken: calls.accessToken }), text, account.username);
        return found ? { commentId: found.id } : null;
      },
    },
  ];
}

/** Every Facebook Page post type, published now or by Facebook's own schedule. */
export function facebookFirstComment(job: PublishJob): PublishStep[] {
  const text = firstCommentOf(job);
  if (text === null) return [];
  return [
    {
      name: FIRST_COMMENT_STEP,
      label: LABEL,
      afterPublished: words(job, 'Facebook'),
      async run(context) {
        const calls = await pageCalls(context);
        return { commentId: await postComment(calls.graph, { objectId: pagePostId(context), message: text, accessToken: calls.pageAccessToken }) };
      },
      async confirm(context) {
        const calls = await pageCalls(context);
        const comments = await listPageComments(calls.graph, { objectId: pagePostId(context), pageAccessToken: calls.pageAccessToken });
        const found = ours(comments, text, calls.pageId);
        return found ? { commentId: found.id } : null;
      },
    },
  ];
}

/** The post published now names itself in its last step; one Facebook published from its schedule keeps the scheduled post's id. */
function pagePostId({ results }: StepContext): string {
  return hasPermalink(results) ? publishedFrom(results).platformPostId : facebookSchedule.scheduledPostId(results);
}

const hasPermalink = (results: StepResults) => Object.hasOwn(results, PERMALINK_STEP);
