import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { DraftsQuery, Platform, PostDraft, PostTarget, TargetStatus } from '../../preload/contract';
import { inTransaction } from '../store/transaction';
import { createDraftsListing, type DraftListing } from './draftsListing';
import { toDraft, toTargetColumns, type PostMediaRow, type PostRow, type TargetRow } from './draftRows';
import { PostNotFoundError, TargetAccountError, TargetLockedError } from './postErrors';
import { replaceMediaInDraft } from './draftMedia';

export type { DraftListing };

/** Targets whose post can no longer be edited: being published, or published. */
const SENT: ReadonlySet<TargetStatus> = new Set(['publishing', 'published']);

/** How long a post stays in the bin before the start-up purge deletes it for good. */
export const BIN_RETENTION_DAYS = 30;

export interface DraftsRepository {
  /** A new empty post (no text, media or targets), metadata stripping on. */
  create(): PostDraft;
  /** The post as stored; PostNotFoundError for an unknown post or one in the bin. */
  get(postId: string): PostDraft;
  /**
   * Autosave: replaces the post's text, media and targets in one transaction and returns what is
   * stored. Status and schedule belong to scheduling and are never written here: new targets
   * start as drafts, existing ones keep theirs, and only draft targets may be removed.
   */
  save(draft: PostDraft): PostDraft;
  /** A new draft with the same text, media and targets (new ids, drafts, unscheduled). */
  duplicate(postId: string): PostDraft;
  /** Moves the post to the bin; refused while a target is scheduled or publishing. */
  delete(postId: string): void;
  /** Takes the post out of the bin (nothing happens for a post that is not in it). */
  restore(postId: string): void;
  /** Deletes posts that have been in the bin for more than BIN_RETENTION_DAYS; returns how many. */
  purgeBin(): number;
  /** The drafts list: posts not in the bin whose targets are all drafts (or that have none). */
  listDrafts(query: DraftsQuery): DraftListing[];
  /** Puts `newId` in place of `oldId` in the post's media, every target's media and the reel cover. */
  replaceMedia(postId: string, oldId: string, newId: string): PostDraft;
}

/** Drafts: posts as the composer edits them. Statements are prepared once and reused. */
export function createDraftsRepository(db: DatabaseSync, now: () => Date): DraftsRepository {
  const selectPost = db.prepare('SELECT id, body, strip_metadata, created_at, updated_at FROM posts WHERE id = ? AND deleted_at IS NULL');
  const selectPostIncludingBin = db.prepare('SELECT deleted_at FROM posts WHERE id = ?');
  const selectMedia = db.prepare(
    'SELECT pm.media_id, m.kind FROM post_media pm JOIN media m ON m.id = pm.media_id WHERE pm.post_id = ? ORDER BY pm.position',
  );
  // rowid breaks ties for rows written before targets had a position (all 0): insertion order.
  const selectTargets = db.prepare(`
    SELECT t.id, coalesce(t.platform, a.platform) AS platform, t.account_id, t.post_type, t.caption, t.media_ids, t.options, t.status
      FROM targets t LEFT JOIN accounts a ON a.id = t.account_id
     WHERE t.post_id = ? ORDER BY t.position, t.rowid`);
  const insertPost = db.prepare(
    'INSERT INTO posts (id, body, strip_metadata, created_at, updated_at) VALUES (:id, :body, :stripMetadata, :at, :at)',
  );
  const updatePost = db.prepare(
    'UPDATE posts SET body = :body, strip_metadata = :stripMetadata, updated_at = :at WHERE id = :id AND deleted_at IS NULL',
  );
  const deleteMedia = db.prepare('DELETE FROM post_media WHERE post_id = ?');
  const insertMedia = db.prepare('INSERT INTO post_media (post_id, position, media_id) VALUES (?, ?, ?)');
  const mediaExists = db.prepare('SELECT 1 AS found FROM media WHERE id = ?');
  const accountPlatform = db.prepare('SELECT platform FROM accounts WHERE id = ?');
  const insertTarget = db.prepare(`
    INSERT INTO targets (id, post_id, account_id, platform, post_type, caption, media_ids, options, position, status, updated_at)
    VALUES (:id, :postId, :accountId, :platform, :postType, :caption, :mediaIds, :options, :position, 'draft', :at)`);
  const updateTarget = db.prepare(`
    UPDATE targets SET account_id = :accountId, platform = :platform, post_type = :postType, caption = :caption,
      media_ids = :mediaIds, options = :options, position = :position, updated_at = :at
    WHERE id = :id AND post_id = :postId`);
  const deleteTarget = db.prepare('DELETE FROM targets WHERE id = ?');
  // What scheduling owns right now: a post cannot go to the bin while it has such a target.
  const liveTarget = db.prepare(
    `SELECT coalesce(t.platform, a.platform) AS platform, t.status FROM targets t LEFT JOIN accounts a ON a.id = t.account_id
      WHERE t.post_id = ? AND t.status IN ('scheduled', 'publishing') LIMIT 1`,
  );
  const moveToBin = db.prepare('UPDATE posts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const takeOutOfBin = db.prepare('UPDATE posts SET deleted_at = NULL WHERE id = ?');
  // Targets and post media go with their post (ON DELETE CASCADE).
  const purge = db.prepare('DELETE FROM posts WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const listing = createDraftsListing(db);

  const timestamp = () => now().toISOString();

  function read(postId: string): PostDraft {
    const post = selectPost.get(postId) as PostRow | undefined;
    if (!post) throw new PostNotFoundError(postId);
    return toDraft(post, selectMedia.all(postId) as unknown as PostMediaRow[], selectTargets.all(postId) as unknown as TargetRow[]);
  }

  /**
   * Writes the post's media and returns the ids kept. An item deleted from the library meanwhile
   * (the owner confirmed it leaves their drafts) is dropped rather than refused: refusing would
   * stop every later autosave of the text too, and words must never wait on a picture.
   */
  function writeMedia(postId: string, mediaIds: readonly string[]): string[] {
    deleteMedia.run(postId);
    const kept = mediaIds.filter((mediaId) => mediaExists.get(mediaId));
    kept.forEach((mediaId, position) => insertMedia.run(postId, position, mediaId));
    return kept;
  }

  /**
   * The account a target is stored with. One removed meanwhile (a disconnect that deleted its
   * history) leaves the target waiting for an account, as the disconnect left the stored one,
   * instead of refusing the save and with it the text. An account of another platform is a bug
   * in the caller and refused in words.
   */
  function accountToStore(target: PostTarget): string | null {
    if (target.accountId === null) return null;
    const row = accountPlatform.get(target.accountId) as { platform: Platform } | undefined;
    if (!row) return null;
    if (row.platform !== target.platform) {
      throw new TargetAccountError(row.platform, target.platform);
    }
    return target.accountId;
  }

  function writeTargets(postId: string, targets: readonly PostTarget[], mediaIds: readonly string[], at: string): void {
    const stored = new Map((selectTargets.all(postId) as unknown as TargetRow[]).map((row) => [row.id, row]));
    const kept = new Set(targets.map((target) => target.id));
    for (const row of stored.values()) {
      if (kept.has(row.id)) continue;
      if (row.status !== 'draft') throw new TargetLockedError(row.platform, row.status, 'removed');
      deleteTarget.run(row.id);
    }
    const postMedia = new Set(mediaIds);
    targets.forEach((target, position) => {
      const withAccount = { ...target, accountId: accountToStore(target) };
      const columns = { ...toTargetColumns(withAccount, position, postMedia), postId, at };
      if (stored.has(target.id)) updateTarget.run(columns);
      else insertTarget.run(columns);
    });
  }

  /** Writes a whole new post; the caller holds the transaction. */
  function insertDraft(draft: PostDraft, at: string): void {
    insertPost.run({ id: draft.id, body: draft.body, stripMetadata: draft.stripMetadata ? 1 : 0, at });
    writeTargets(draft.id, draft.targets, writeMedia(draft.id, draft.mediaIds), at);
  }

  function save(draft: PostDraft): PostDraft {
    return inTransaction(db, () => {
      // What is on its way out or already out stays as it was sent: the record of what was said.
      const sent = (selectTargets.all(draft.id) as unknown as TargetRow[]).find((row) => SENT.has(row.status));
      if (sent) throw new TargetLockedError(sent.platform, sent.status as Exclude<TargetStatus, 'draft'>, 'edited');
      const at = timestamp();
      const updated = updatePost.run({ id: draft.id, body: draft.body, stripMetadata: draft.stripMetadata ? 1 : 0, at });
      if (updated.changes === 0) throw new PostNotFoundError(draft.id);
      writeTargets(draft.id, draft.targets, writeMedia(draft.id, draft.mediaIds), at);
      return read(draft.id);
    });
  }

  return {
    create() {
      const at = timestamp();
      const draft: PostDraft = { id: randomUUID(), body: '', mediaIds: [], stripMetadata: true, targets: [], createdAt: at, updatedAt: at };
      inTransaction(db, () => insertDraft(draft, at));
      return draft;
    },

    get: read,

    save,

    duplicate(postId) {
      return inTransaction(db, () => {
        const source = read(postId);
        const at = timestamp();
        const copy: PostDraft = {
          ...source,
          id: randomUUID(),
          targets: source.targets.map((target) => ({ ...target, id: randomUUID(), status: 'draft' })),
          createdAt: at,
          updatedAt: at,
        };
        insertDraft(copy, at);
        return read(copy.id);
      });
    },

    delete(postId) {
      inTransaction(db, () => {
        const live = liveTarget.get(postId) as { platform: Platform | null; status: 'scheduled' | 'publishing' } | undefined;
        if (live) throw new TargetLockedError(live.platform, live.status, 'removed');
        if (moveToBin.run(timestamp(), postId).changes === 0) throw new PostNotFoundError(postId);
      });
    },

    restore(postId) {
      if (!selectPostIncludingBin.get(postId)) throw new PostNotFoundError(postId);
      takeOutOfBin.run(postId);
    },

    purgeBin() {
      const cutoff = new Date(now().getTime() - BIN_RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString();
      return Number(inTransaction(db, () => purge.run(cutoff)).changes);
    },

    listDrafts: (query) => listing.list(query),

    replaceMedia(postId, oldId, newId) {
      return inTransaction(db, () => save(replaceMediaInDraft(read(postId), oldId, newId)));
    },
  };
}
