import type { TikTokCreatorSettings, ValidationIssue } from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';
import { validatePost } from '../../posts/validation/validatePost';
import type { PublishJob } from '../publisher';
import { draftOf } from '../publishing/jobCheck';

/**
 * The composer's rules that read the creator's settings (6.2 [S78]): who may see the post, the
 * interactions the creator turned off, the longest video the creator may post. Re-run at publish
 * time with `creator_info` as TikTok answers it now.
 */
const CREATOR_RULES: ReadonlySet<string> = new Set([
  'tiktok.privacy.not_offered',
  'tiktok.interactions.comments',
  'tiktok.interactions.duet',
  'tiktok.interactions.stitch',
  'tiktok.video.creator_duration',
]);

/** The post's choices that the creator's current settings no longer allow, in the composer's words. */
export function creatorMismatches(job: PublishJob, creator: TikTokCreatorSettings): ValidationIssue[] {
  const draft = draftOf(job, null);
  const media = new Map(job.media.map((item) => [item.id, { originalName: item.originalName, probe: item.probe }]));
  const account = {
    platform: job.platform,
    loginPath: job.account.loginPath,
    displayName: job.account.displayName,
    health: 'connected' as const,
    tiktokCreator: creator,
  };
  // Only the creator's rules are read here: the bucket's are the job check's.
  const staging = { canStage: true, canServeTikTokPhotos: true };
  const { issues } = validatePost(draft, { media, accounts: new Map([[job.account.id, account]]), staging });
  return issues.filter((issue) => issue.severity === 'error' && CREATOR_RULES.has(issue.code));
}

/** The creator changed a setting in TikTok since the post was planned; TikTok would refuse it as it is. */
export class CreatorSettingsChangedError extends DomainError {
  constructor(displayName: string, mismatches: readonly ValidationIssue[]) {
    super(
      'POST_NOT_READY',
      `${displayName}'s TikTok settings changed since this post was planned, so it was not sent: ${mismatches.map((issue) => issue.message).join(' ')}`,
      'Open the post, choose what TikTok allows now, and schedule it again.',
    );
  }
}
