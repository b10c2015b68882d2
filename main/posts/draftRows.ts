import {
  defaultTargetOptions,
  suggestPostType,
  TargetOptions,
  type MediaKind,
  type Platform,
  type PostDraft,
  type PostTarget,
  type PostType,
  type TargetStatus,
} from '../../preload/contract';

/** A `posts` row as the drafts repository reads it. */
export interface PostRow {
  id: string;
  body: string;
  strip_metadata: number;
  created_at: string;
  updated_at: string;
}

/** One of a post's media, in order; the kind picks a post type for targets stored without one. */
export interface PostMediaRow {
  media_id: string;
  kind: MediaKind;
}

/**
 * A `targets` row. `platform` falls back to the account's (targets written before migration 4 or
 * by the bulk insert have none); `post_type` and `options` are null on those rows too.
 */
export interface TargetRow {
  id: string;
  platform: Platform | null;
  account_id: string | null;
  post_type: string | null;
  caption: string | null;
  media_ids: string | null;
  options: string | null;
  status: TargetStatus;
}

/** The columns a save writes for a target; status and schedule are left to scheduling. */
export interface TargetColumns {
  id: string;
  accountId: string | null;
  platform: Platform;
  postType: PostType;
  caption: string | null;
  mediaIds: string | null;
  options: string;
  position: number;
}

export function toDraft(post: PostRow, media: readonly PostMediaRow[], targets: readonly TargetRow[]): PostDraft {
  const kinds = media.map((item) => item.kind);
  return {
    id: post.id,
    body: post.body,
    mediaIds: media.map((item) => item.media_id),
    stripMetadata: post.strip_metadata === 1,
    targets: targets.flatMap((row) => {
      // A target with neither a platform nor an account has no destination the composer can show.
      if (row.platform === null) return [];
      return [toTarget({ ...row, platform: row.platform }, kinds)];
    }),
    createdAt: post.created_at,
    updatedAt: post.updated_at,
  };
}

function toTarget(row: TargetRow & { platform: Platform }, mediaKinds: readonly MediaKind[]): PostTarget {
  return {
    id: row.id,
    platform: row.platform,
    accountId: row.account_id,
    postType: (row.post_type as PostType | null) ?? suggestPostType(row.platform, mediaKinds),
    caption: row.caption,
    mediaIds: row.media_ids === null ? null : (JSON.parse(row.media_ids) as string[]),
    options: row.options === null ? defaultTargetOptions(row.platform) : TargetOptions.parse(JSON.parse(row.options)),
    status: row.status,
  };
}

/**
 * What a save stores for a target. A target's own media selection keeps only items that are among
 * the post's media: removing a photo from the post removes it from every target too.
 */
export function toTargetColumns(target: PostTarget, position: number, postMedia: ReadonlySet<string>): TargetColumns {
  return {
    id: target.id,
    accountId: target.accountId,
    platform: target.platform,
    postType: target.postType,
    caption: target.caption,
    mediaIds: target.mediaIds === null ? null : JSON.stringify(target.mediaIds.filter((id) => postMedia.has(id))),
    options: JSON.stringify(target.options),
    position,
  };
}
