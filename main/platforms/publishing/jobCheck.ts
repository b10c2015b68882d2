import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { AccountSummary, PostDraft, ValidationIssue } from '../../../preload/contract';
import type { MediaLibrary } from '../../media/mediaLibrary';
import { buildValidationContext } from '../../posts/buildValidationContext';
import { makeIssue } from '../../posts/validation/issues';
import { validatePost } from '../../posts/validation/validatePost';
import type { PublishJob } from '../publisher';
import type { StagingBucket } from '../staging/mediaStagingHost';

/** What the check reads besides the job: the library's stored probes, the account and the bucket as they stand. */
export interface JobCheckSources {
  library: Pick<MediaLibrary, 'itemsByIds' | 'filePath'>;
  /** A connected account; undefined when it is unknown or disconnected. */
  account(id: string): AccountSummary | undefined;
  /** What the owner's storage bucket can do now (an Instagram Login account needs one). */
  staging: Pick<StagingBucket, 'capabilities'>;
}

/**
 * An Instagram reel's cover picture is not one of the target's items, but it is posted too. Only
 * a reel has one: a cover chosen before the post type changed is not part of the post.
 */
export function coverMediaIdOf(job: PublishJob): string | null {
  return job.options.platform === 'instagram' && job.postType === 'reel' ? job.options.coverMediaId : null;
}

/**
 * The job checked right before publishing (files can change after the draft was written): every
 * file must still be on disk with the bytes it had when it was chosen (a media id is the SHA-256
 * of them), then the composer's own rules run on this target. Returns the errors only; none means
 * it may go.
 */
export async function checkPublishJob(job: PublishJob, sources: JobCheckSources): Promise<ValidationIssue[]> {
  const cover = coverMediaIdOf(job);
  const files = job.media.map((item) => ({ id: item.id, name: item.originalName, path: item.filePath as string | null }));
  if (cover !== null && !files.some((file) => file.id === cover)) {
    const item = sources.library.itemsByIds([cover]).get(cover);
    files.push({ id: cover, name: item?.originalName ?? 'The cover picture', path: await sources.library.filePath(cover, 'original') });
  }
  const fileIssues = (await Promise.all(files.map((file) => checkStoredFile(file.id, file.name, file.path)))).flatMap((issue) => issue ?? []);
  const draft = draftOf(job, cover);
  const context = buildValidationContext(draft, {
    mediaByIds: (ids) => sources.library.itemsByIds(ids),
    account: sources.account,
    stagingCapabilities: () => sources.staging.capabilities(),
  });
  const ruleIssues = validatePost(draft, context).issues.filter((issue) => issue.severity === 'error');
  return [...fileIssues, ...ruleIssues];
}

/** The job as the composer's one-target draft, so validatePost sees exactly what will be posted. */
export function draftOf(job: PublishJob, cover: string | null): PostDraft {
  const itemIds = job.media.map((item) => item.id);
  return {
    id: job.postId,
    body: job.caption,
    mediaIds: cover === null || itemIds.includes(cover) ? itemIds : [...itemIds, cover],
    stripMetadata: job.stripMetadata,
    targets: [
      {
        id: job.targetId,
        platform: job.platform,
        accountId: job.account.id,
        postType: job.postType,
        caption: null,
        mediaIds: itemIds,
        options: job.options,
        status: 'publishing',
      },
    ],
    createdAt: job.dueAt.toISOString(),
    updatedAt: job.dueAt.toISOString(),
  };
}

async function checkStoredFile(id: string, name: string, path: string | null): Promise<ValidationIssue | null> {
  const fileIssue = (code: string, message: string) =>
    makeIssue(null, { subject: 'media', mediaId: id, severity: 'error', code: `post.media.${code}`, message });
  const missing = fileIssue(
    'file_missing',
    `“${name}” is no longer in Outpost's media folder, so this post cannot go out. Remove it from the post, import the original again and add it back.`,
  );
  if (path === null) return missing;
  let digest: string;
  try {
    digest = await sha256Of(path);
  } catch (error) {
    if (isMissingFile(error)) return missing;
    throw error;
  }
  if (digest === id) return null;
  return fileIssue(
    'file_changed',
    `“${name}” was changed on disk after it was added to this post, so Outpost will not post it: it is no longer the file you chose. Remove it from the post, import the file again and add it back.`,
  );
}

function sha256Of(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

const isMissingFile = (error: unknown) =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
