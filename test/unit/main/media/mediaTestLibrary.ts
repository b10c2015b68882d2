import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { TargetStatus } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import type { MediaFileWriter } from '../../../../main/media/mediaFileWriter';
import { createMediaLibrary, type MediaLibrary } from '../../../../main/media/mediaLibrary';
import { openOutpostDatabase } from '../../../../main/store/database';

export interface TestLibrary {
  library: MediaLibrary;
  db: DatabaseSync;
  mediaDirectory: string;
  close(): void;
}

/**
 * A media library on a fresh migrated database in `directory`. Its clock moves a second per
 * reading, so items imported one after the other have distinct, increasing times.
 */
export function openTestLibrary(directory: string, options: { writer?: MediaFileWriter } = {}): TestLibrary {
  const logger = createSilentLogger();
  const opened = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger });
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const mediaDirectory = join(directory, 'media');
  const library = createMediaLibrary({
    db: opened.db,
    mediaDirectory,
    mediaUrl: (variant, id) => `test-media://${variant}/${id}`,
    logger,
    now: () => new Date((clock += 1000)),
    ...(options.writer && { writer: options.writer }),
  });
  return { library, db: opened.db, mediaDirectory, close: () => opened.close() };
}

/** Every file under `directory`, relative and sorted (folders left out). */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

export function mediaRowCount(db: DatabaseSync): number {
  return Number((db.prepare('SELECT count(*) AS count FROM media').get() as { count: number }).count);
}

export interface SeededTarget {
  status: TargetStatus;
  mediaIds?: string[] | null;
  coverMediaId?: string | null;
}

/**
 * A post as the posts service stores it: its media in order, and targets with a status, an
 * optional own selection (`media_ids`) and an optional reel cover (`options.coverMediaId`).
 */
export function seedPost(
  db: DatabaseSync,
  post: { id: string; body?: string; mediaIds: string[]; deleted?: boolean; targets?: SeededTarget[] },
): void {
  const at = '2026-02-01T10:00:00.000Z';
  db.prepare('INSERT INTO posts (id, body, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)').run(
    post.id,
    post.body ?? `Post ${post.id}`,
    at,
    at,
    post.deleted ? at : null,
  );
  post.mediaIds.forEach((mediaId, position) =>
    db.prepare('INSERT INTO post_media (post_id, position, media_id) VALUES (?, ?, ?)').run(post.id, position, mediaId),
  );
  (post.targets ?? []).forEach((target, position) => {
    const options = { platform: 'instagram', shareToFeed: true, coverMediaId: target.coverMediaId ?? null, thumbOffsetMs: null };
    db.prepare(
      `INSERT INTO targets (id, post_id, account_id, status, caption, updated_at, platform, post_type, media_ids, options, position)
       VALUES (?, ?, NULL, ?, NULL, ?, 'instagram', 'feed', ?, ?, ?)`,
    ).run(`${post.id}-t${position}`, post.id, target.status, at, target.mediaIds ? JSON.stringify(target.mediaIds) : null, JSON.stringify(options), position);
  });
}
