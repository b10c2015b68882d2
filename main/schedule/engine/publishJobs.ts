import type { DatabaseSync } from 'node:sqlite';
import {
  defaultTargetOptions,
  suggestPostType,
  TargetOptions,
  type LoginPath,
  type MediaKind,
  type MediaProbe,
  type Platform,
  type PostType,
} from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';
import type { PublishAccount, PublishJob, PublishMedia } from '../../platforms/publisher';

/** A target cannot be published as stored: its post, account or a media file is gone. */
export class PublishJobError extends DomainError {
  constructor(message: string, action: string) {
    super('NOT_FOUND', message, action);
  }
}

/** What the platform is given, without file paths: the hand-over fingerprint is taken from this. */
export interface JobContent {
  platform: Platform;
  caption: string;
  mediaIds: string[];
  options: TargetOptions;
  postType: PostType;
}

export interface PublishJobsDeps {
  db: DatabaseSync;
  /** The library's stored original of a media item, or null when the item or its file is gone. */
  mediaFilePath(mediaId: string): Promise<string | null>;
}

interface JobRow {
  id: string;
  post_id: string;
  platform: Platform | null;
  post_type: string | null;
  caption: string | null;
  media_ids: string | null;
  options: string | null;
  due_at_utc: string;
  body: string;
  strip_metadata: number;
  post_deleted_at: string | null;
  account_id: string | null;
  platform_account_id: string | null;
  login_path: LoginPath | null;
  is_demo: number | null;
  display_name: string | null;
  disconnected_at: string | null;
}

interface MediaRow {
  id: string;
  kind: MediaKind;
  original_name: string;
  probe: string;
}

/**
 * Builds the PublishJob of a target from the database, read fresh at claim time: the caption
 * variant or the post's text, the target's media selection or the post's media in order, the
 * options and post type (defaults for rows written before they existed), and the account.
 */
export function createPublishJobs(deps: PublishJobsDeps) {
  const selectJob = deps.db.prepare(`
    SELECT t.id, t.post_id, coalesce(t.platform, a.platform) AS platform, t.post_type, t.caption, t.media_ids, t.options,
           t.due_at_utc, p.body, p.strip_metadata, p.deleted_at AS post_deleted_at, a.id AS account_id,
           a.platform_account_id, a.login_path, a.is_demo, a.display_name, a.disconnected_at
      FROM targets t JOIN posts p ON p.id = t.post_id LEFT JOIN accounts a ON a.id = t.account_id
     WHERE t.id = ?`);
  const selectPostMedia = deps.db.prepare(`SELECT media_id FROM post_media WHERE post_id = ? ORDER BY position`);
  const selectMedia = deps.db.prepare(
    `SELECT id, kind, original_name, probe FROM media WHERE id IN (SELECT value FROM json_each(?))`,
  );

  const readRow = (targetId: string): JobRow => {
    const row = selectJob.get(targetId) as JobRow | undefined;
    if (!row) throw new PublishJobError('This post is no longer in Outpost.', 'Nothing to do: it was deleted.');
    return row;
  };
  const mediaIdsOf = (row: JobRow): string[] =>
    row.media_ids === null
      ? (selectPostMedia.all(row.post_id) as { media_id: string }[]).map((item) => item.media_id)
      : (JSON.parse(row.media_ids) as string[]);
  const mediaRows = (ids: readonly string[]): Map<string, MediaRow> =>
    new Map((selectMedia.all(JSON.stringify(ids)) as unknown as MediaRow[]).map((item) => [item.id, item]));
  const contentOf = (row: JobRow, platform: Platform): { content: JobContent; media: Map<string, MediaRow> } => {
    const mediaIds = mediaIdsOf(row);
    const media = mediaRows(mediaIds);
    const kinds = mediaIds.flatMap((id) => media.get(id)?.kind ?? []);
    const content: JobContent = {
      platform,
      caption: row.caption ?? row.body,
      mediaIds,
      options: row.options === null ? defaultTargetOptions(platform) : TargetOptions.parse(JSON.parse(row.options)),
      postType: (row.post_type as PostType | null) ?? suggestPostType(platform, kinds),
    };
    return { content, media };
  };

  return {
    /** The content as it would be published now (no files touched); null when the target is gone. */
    content(targetId: string): JobContent | null {
      const row = selectJob.get(targetId) as JobRow | undefined;
      if (!row || row.platform === null) return null;
      return contentOf(row, row.platform).content;
    },

    /** The job to publish; PublishJobError when the post, its account or a media file is gone. */
    async load(targetId: string): Promise<PublishJob> {
      const { row, account, content, media } = readPublishable(targetId);
      const paths = new Map<string, string | null>();
      for (const id of content.mediaIds) paths.set(id, media.has(id) ? await deps.mediaFilePath(id) : null);
      return assemble(row, account, content, media, (id) => paths.get(id) ?? null);
    },

    /**
     * The job as it stands, without looking for its files (each `filePath` is empty): for deciding
     * before publishing, such as whether the platform would take it on its own schedule. Null when
     * it could not be published as stored.
     */
    planned(targetId: string): PublishJob | null {
      try {
        const { row, account, content, media } = readPublishable(targetId);
        return assemble(row, account, content, media, () => '');
      } catch (error) {
        if (error instanceof PublishJobError) return null;
        throw error;
      }
    },
  };

  function readPublishable(targetId: string) {
    const row = readRow(targetId);
    if (row.post_deleted_at !== null) {
      throw new PublishJobError('The post was moved to the bin, so it was not published.', 'Restore it from the bin, then retry.');
    }
    if (row.platform === null || row.account_id === null || row.disconnected_at !== null || row.platform_account_id === null || row.login_path === null) {
      throw noAccount();
    }
    const account: PublishAccount = {
      id: row.account_id,
      platform: row.platform,
      platformAccountId: row.platform_account_id,
      loginPath: row.login_path,
      isDemo: row.is_demo === 1,
      displayName: row.display_name ?? '',
    };
    return { row, account, ...contentOf(row, row.platform) };
  }
}

function assemble(
  row: JobRow,
  account: PublishAccount,
  content: JobContent,
  rows: ReadonlyMap<string, MediaRow>,
  filePathOf: (mediaId: string) => string | null,
): PublishJob {
  const media = content.mediaIds.map((id): PublishMedia => {
    const item = rows.get(id);
    const filePath = filePathOf(id);
    if (!item || filePath === null) {
      throw new PublishJobError(
        `A photo or video of this post is no longer in the library${item ? `: ${item.original_name}` : ''}.`,
        'Add it to the post again, then retry.',
      );
    }
    return { id, kind: item.kind, filePath, originalName: item.original_name, probe: JSON.parse(item.probe) as MediaProbe };
  });
  return {
    targetId: row.id,
    postId: row.post_id,
    platform: content.platform,
    postType: content.postType,
    caption: content.caption,
    media,
    options: content.options,
    stripMetadata: row.strip_metadata === 1,
    account,
    dueAt: new Date(row.due_at_utc),
  };
}

export type PublishJobs = ReturnType<typeof createPublishJobs>;

function noAccount(): PublishJobError {
  return new PublishJobError(
    'The account this post was for is no longer connected.',
    'Reconnect the account or choose another one, then schedule the post again.',
  );
}
