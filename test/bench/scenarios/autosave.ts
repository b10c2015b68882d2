import { deepStrictEqual } from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { defaultTargetOptions, type PostDraft, type PostTarget } from '../../../preload/contract';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { createDraftsRepository } from '../../../main/posts/draftsRepository';
import { openOutpostDatabase } from '../../../main/store/database';
import { compare } from '../compare';
import type { BenchScenario, Figure } from '../scenario';

const POSTS = 10_000;
const SAVES_PER_ROUND = 500;
const AT = '2026-11-20T09:00:00.000Z';
const ACCOUNTS = [
  { id: 'bench-ig', platform: 'instagram' },
  { id: 'bench-fb', platform: 'facebook' },
  { id: 'bench-tt', platform: 'tiktok' },
] as const;
const MEDIA = ['a', 'b', 'c'].map((label) => createHash('sha256').update(label).digest('hex'));

/**
 * 10,000 posts already there (one target and one photo each, a tenth of them scheduled), as a
 * shop's database looks after a few years; then the draft being typed: three photos, one target
 * per platform, the Instagram one with its own caption.
 */
function seed(db: DatabaseSync): void {
  db.exec('BEGIN IMMEDIATE');
  for (const { id, platform } of ACCOUNTS) {
    db.prepare('INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES (?, ?, ?, 1, ?)').run(id, platform, id, AT);
  }
  for (const id of MEDIA) {
    db.prepare("INSERT INTO media (id, original_name, stored_file, kind, probe, imported_at) VALUES (?, 'photo.jpg', ?, 'image', '{}', ?)").run(id, id, AT);
  }
  const insertPost = db.prepare('INSERT INTO posts (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insertMedia = db.prepare('INSERT INTO post_media (post_id, position, media_id) VALUES (?, 0, ?)');
  const insertTarget = db.prepare(
    `INSERT INTO targets (id, post_id, account_id, platform, post_type, options, status, due_at_utc, timezone, updated_at)
     VALUES (?, ?, 'bench-ig', 'instagram', 'feed', ?, ?, ?, ?, ?)`,
  );
  const options = JSON.stringify(defaultTargetOptions('instagram'));
  for (let index = 0; index < POSTS; index++) {
    const at = new Date(Date.parse(AT) - (POSTS - index) * 60_000).toISOString();
    const scheduled = index % 10 === 0;
    insertPost.run(`post-${index}`, `Post number ${index}: a few lines about the week's news.`, at, at);
    insertMedia.run(`post-${index}`, MEDIA[index % MEDIA.length] ?? null);
    insertTarget.run(`target-${index}`, `post-${index}`, options, scheduled ? 'scheduled' : 'draft', scheduled ? at : null, scheduled ? 'UTC' : null, at);
  }
  db.exec('COMMIT');
}

function draftTargets(): PostTarget[] {
  return ACCOUNTS.map(({ id, platform }, index) => ({
    id: `typing-${platform}`,
    platform,
    accountId: id,
    postType: platform === 'instagram' ? 'carousel' : platform === 'facebook' ? 'multi_photo' : 'photo',
    caption: index === 0 ? 'Instagram gets its own words #bakery' : null,
    mediaIds: null,
    options: defaultTargetOptions(platform),
    status: 'draft',
  }));
}

/** The text as the owner types it: each save has one more character. */
const typed = (keystroke: number) => `Fresh sourdough every Saturday, baked before dawn. ${'x'.repeat(keystroke % 400)}`;

/**
 * The baseline: the same writes and read-back by hand with node:sqlite (same SQL shape and one
 * transaction per save), without the repository's checks (post exists, accounts, media) or mapping.
 */
function rawAutosave(db: DatabaseSync) {
  const updatePost = db.prepare('UPDATE posts SET body = ?, strip_metadata = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
  const deleteMedia = db.prepare('DELETE FROM post_media WHERE post_id = ?');
  const insertMedia = db.prepare('INSERT INTO post_media (post_id, position, media_id) VALUES (?, ?, ?)');
  const storedTargets = db.prepare('SELECT id, status FROM targets WHERE post_id = ?');
  const updateTarget = db.prepare(
    `UPDATE targets SET account_id = ?, platform = ?, post_type = ?, caption = ?, media_ids = ?, options = ?, position = ?, updated_at = ?
      WHERE id = ? AND post_id = ?`,
  );
  const readPost = db.prepare('SELECT id, body, strip_metadata, created_at, updated_at FROM posts WHERE id = ?');
  const readMedia = db.prepare('SELECT media_id FROM post_media WHERE post_id = ? ORDER BY position');
  const readTargets = db.prepare('SELECT * FROM targets WHERE post_id = ? ORDER BY position');
  return (draft: PostDraft) => {
    const at = new Date().toISOString();
    db.exec('BEGIN IMMEDIATE');
    updatePost.run(draft.body, draft.stripMetadata ? 1 : 0, at, draft.id);
    deleteMedia.run(draft.id);
    draft.mediaIds.forEach((mediaId, position) => insertMedia.run(draft.id, position, mediaId));
    storedTargets.all(draft.id);
    draft.targets.forEach((target, position) =>
      updateTarget.run(
        target.accountId,
        target.platform,
        target.postType,
        target.caption,
        target.mediaIds === null ? null : JSON.stringify(target.mediaIds),
        JSON.stringify(target.options),
        position,
        at,
        target.id,
        draft.id,
      ),
    );
    db.exec('COMMIT');
    return [readPost.get(draft.id), readMedia.all(draft.id), readTargets.all(draft.id)];
  };
}

function compareAutosave(db: DatabaseSync): Figure {
  const drafts = createDraftsRepository(db, () => new Date());
  const draft = drafts.save({ ...drafts.create(), mediaIds: MEDIA, targets: draftTargets() });
  const raw = rawAutosave(db);
  let keystroke = 0;
  const typeAndSave = (save: (draft: PostDraft) => unknown) => () => {
    for (let round = 0; round < SAVES_PER_ROUND; round++) save({ ...draft, body: typed(++keystroke) });
  };
  // Both sides leave the same stored draft: the last text typed, the same media and targets.
  const checkStored = () => {
    const stored = drafts.get(draft.id);
    deepStrictEqual({ ...stored, updatedAt: '' }, { ...draft, body: typed(keystroke), updatedAt: '' });
  };
  return compare({
    label: `autosave a draft (3 photos, 3 targets) at ${POSTS.toLocaleString('en')} posts x${SAVES_PER_ROUND}`,
    iterations: 7,
    warmup: 2,
    ours: { setup: () => undefined, run: typeAndSave((next) => drafts.save(next)), teardown: checkStored },
    baseline: { setup: () => undefined, run: typeAndSave(raw), teardown: checkStored },
  });
}

export const autosaveScenario: BenchScenario = {
  name: 'autosave',
  baseline:
    'raw node:sqlite doing the same writes and read-back on the same database: one transaction per ' +
    'save; no checks of the post, accounts or media, no mapping to a draft',
  run() {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-autosave-'));
    const opened = openOutpostDatabase({ file: join(root, 'outpost.db'), logger: createSilentLogger() });
    try {
      seed(opened.db);
      return [compareAutosave(opened.db)];
    } finally {
      opened.close();
      rmSync(root, { recursive: true, force: true });
    }
  },
};
