import type { DatabaseSync } from 'node:sqlite';
import { MediaInUseError } from './mediaErrors';
import { LOCKED_STATUSES, mediaUses } from './mediaUses';

/**
 * Deletes an item's row after taking it out of every post that names it (its media list, targets'
 * selections, reel covers), binned posts included, since post_media's foreign key would refuse the
 * delete otherwise. Refused (MEDIA_IN_USE) while a post that is not in the bin and is scheduled or
 * publishing uses it. Returns the stored file's path, or null when there was no such item. Run
 * inside a transaction: all of it happens or none.
 */
export function removeEverywhere(db: DatabaseSync, id: string, now: string): string | null {
  const row = db.prepare('SELECT stored_file FROM media WHERE id = ?').get(id) as { stored_file: string } | undefined;
  if (!row) return null;

  const locked = db
    .prepare(
      `WITH ${mediaUses('= :id')}
       SELECT count(DISTINCT lu.post_id) AS posts FROM live_uses lu
         JOIN targets t ON t.post_id = lu.post_id WHERE t.status IN ${LOCKED_STATUSES}`,
    )
    .get({ id }) as { posts: number };
  if (locked.posts > 0) throw new MediaInUseError(locked.posts);

  // The id is 64 hex digits, so finding it in the JSON text finds exactly it; the JSON is then
  // parsed and rewritten, never edited as text.
  const posts = db
    .prepare(
      `SELECT post_id FROM post_media WHERE media_id = :id
       UNION SELECT post_id FROM targets WHERE instr(media_ids, :id) > 0 OR instr(options, :id) > 0`,
    )
    .all({ id }) as { post_id: string }[];
  for (const { post_id: postId } of posts) removeFromPost(db, postId, id, now);

  db.prepare('DELETE FROM media WHERE id = ?').run(id);
  return row.stored_file;
}

function removeFromPost(db: DatabaseSync, postId: string, id: string, now: string): void {
  // Renumbered from 0 so that positions stay the dense order the composer wrote.
  const remaining = (
    db.prepare('SELECT media_id FROM post_media WHERE post_id = ? ORDER BY position').all(postId) as { media_id: string }[]
  ).filter((entry) => entry.media_id !== id);
  db.prepare('DELETE FROM post_media WHERE post_id = ?').run(postId);
  const insert = db.prepare('INSERT INTO post_media (post_id, position, media_id) VALUES (?, ?, ?)');
  remaining.forEach((entry, position) => insert.run(postId, position, entry.media_id));

  const targets = db.prepare('SELECT id, media_ids, options FROM targets WHERE post_id = ?').all(postId) as {
    id: string;
    media_ids: string | null;
    options: string | null;
  }[];
  const update = db.prepare('UPDATE targets SET media_ids = ?, options = ?, updated_at = ? WHERE id = ?');
  for (const target of targets) {
    const mediaIds = withoutItem(target.media_ids, id);
    const options = withoutCover(target.options, id);
    if (mediaIds !== target.media_ids || options !== target.options) update.run(mediaIds, options, now, target.id);
  }
  db.prepare('UPDATE posts SET updated_at = ? WHERE id = ?').run(now, postId);
}

/** The selection without the item; the same string when it was not there (or is not a list). */
function withoutItem(mediaIds: string | null, id: string): string | null {
  const list = parseJson(mediaIds);
  if (!Array.isArray(list) || !list.includes(id)) return mediaIds;
  return JSON.stringify(list.filter((entry) => entry !== id));
}

/** The options with no cover when the item was the cover; the same string otherwise. */
function withoutCover(options: string | null, id: string): string | null {
  const parsed = parseJson(options);
  if (parsed === null || typeof parsed !== 'object' || (parsed as { coverMediaId?: unknown }).coverMediaId !== id) return options;
  return JSON.stringify({ ...parsed, coverMediaId: null });
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
