import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { MediaKind, MediaProbe, Platform, PostDraft, PostTarget, TargetStatus } from '../../../../preload/contract';
import { defaultTargetOptions } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createDraftsRepository } from '../../../../main/posts/draftsRepository';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../main/store/database';

/** A clock the test moves by hand, so every updated_at is known. */
export function manualClock(start = '2026-11-20T09:00:00.000Z') {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}

/** A media id as the library names items: the SHA-256 of (here) a label. */
export const mediaId = (label: string) => createHash('sha256').update(label).digest('hex');

export function probe(kind: MediaKind = 'image'): MediaProbe {
  return {
    kind,
    format: kind === 'image' ? 'jpeg' : 'mp4',
    byteSize: 200_000,
    width: 1080,
    height: 1350,
    orientation: null,
    colorSpace: 'srgb',
    hasLocation: false,
    hasCameraDetails: false,
    durationMs: kind === 'video' ? 15_000 : null,
    videoCodec: kind === 'video' ? 'h264' : null,
    audioCodec: kind === 'video' ? 'aac' : null,
    audioSampleRateHz: kind === 'video' ? 48_000 : null,
    frameRate: kind === 'video' ? 30 : null,
    moovAtFront: kind === 'video' ? true : null,
  };
}

/** A database migrated by the app, a drafts repository on it, and helpers to set up rows directly. */
export function openDrafts(directory: string) {
  const clock = manualClock();
  const database: OpenedDatabase = openOutpostDatabase({ file: join(directory, 'outpost.db'), logger: createSilentLogger() });
  const { db } = database;
  const drafts = createDraftsRepository(db, clock.now);
  return {
    database,
    db,
    drafts,
    clock,
    /** A media row as the library would store it. */
    addMedia(label: string, kind: MediaKind = 'image'): string {
      const id = mediaId(label);
      db.prepare(
        `INSERT INTO media (id, original_name, stored_file, kind, probe, imported_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(id, `${label}.${kind === 'image' ? 'jpg' : 'mp4'}`, `${id}.bin`, kind, JSON.stringify(probe(kind)), clock.now().toISOString());
      return id;
    },
    addAccount(id: string, platform: Platform): string {
      db.prepare(`INSERT INTO accounts (id, platform, display_name, is_demo, created_at, login_path) VALUES (?, ?, ?, 1, ?, ?)`).run(
        id,
        platform,
        `Demo ${platform}`,
        clock.now().toISOString(),
        platform === 'tiktok' ? 'tiktok_login' : 'facebook_login',
      );
      return id;
    },
    /** What scheduling would do: move a target out of draft, with a due time. */
    schedule(targetId: string, status: TargetStatus = 'scheduled'): void {
      db.prepare(`UPDATE targets SET status = ?, due_at_utc = '2026-12-01T10:00:00.000Z', timezone = 'Europe/Berlin' WHERE id = ?`).run(
        status,
        targetId,
      );
    },
    count(table: 'posts' | 'targets' | 'post_media'): number {
      return Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n);
    },
  };
}

export function target(id: string, platform: Platform, overrides: Partial<PostTarget> = {}): PostTarget {
  const postType = platform === 'instagram' ? 'feed' : platform === 'facebook' ? 'text' : 'video';
  return { id, platform, accountId: null, postType, caption: null, mediaIds: null, options: defaultTargetOptions(platform), status: 'draft', ...overrides };
}

export const withChanges = (draft: PostDraft, changes: Partial<PostDraft>): PostDraft => ({ ...draft, ...changes });
