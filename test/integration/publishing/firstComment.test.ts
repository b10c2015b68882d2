import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform, PostType, TargetOptions, TimelineEntry } from '../../../preload/contract';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { demoIds } from '../../../main/sandbox/world/demoWorld';
import { createTargetTimeline } from '../../../main/schedule/targetTimeline';
import { mediaFixture } from '../../support/mediaFixtures';
import { composePost, connectShop, demoShopTokens, openSchedulingWorld, type SchedulingWorld, type ShopAccounts } from '../../support/schedulingWorld';
import { makeTempDirectory } from '../../support/tempDirectory';
import { createFakeEngineClock, type FakeEngineClock } from '../../unit/main/schedule/engine/fakeEngineClock';

/**
 * The first comment and alt text, from the composer's options to the sandbox over HTTP, through
 * the whole scheduling stack (engine, publishers, credentials): the comment lands under the
 * published post, alt text on the photo's container; a refused comment leaves the post published
 * with a timeline line that says why and what to do; a comment whose answer was lost is not
 * posted twice; a post Facebook published from its own schedule gets its comment too.
 */
const START = '2026-12-01T08:00:00.000Z';
const MINUTE = 60_000;

const temp = makeTempDirectory('first-comment');
let clock: FakeEngineClock;
let sandbox: Sandbox;
let world: SchedulingWorld;
let accounts: ShopAccounts;
let serial = 0;

beforeAll(async () => {
  clock = createFakeEngineClock(START);
  sandbox = await startSandbox({ seed: 'first-comment', clock: { now: () => clock.now().getTime(), advance: () => undefined } });
  world = await openSchedulingWorld({
    dataDirectory: temp.path,
    env: sandbox.env,
    clock,
    apps: { tiktok: { appId: sandbox.control.demo().tiktok.clientKey, appSecret: sandbox.control.demo().tiktok.clientSecret } },
  });
  clock.setSettle(() => world.scheduling.engine.idle());
  accounts = await connectShop(world, await demoShopTokens(sandbox));
  world.scheduling.engine.start();
  await clock.advance(0);
}, 60_000);

afterAll(async () => {
  await world?.close();
  await sandbox?.close();
  temp.remove();
});

interface Planned {
  platform: Platform;
  postType: PostType;
  body: string;
  /** Copied per post, so each import is its own file; the media id is the bytes' SHA-256. */
  file: 'plain.jpg' | null;
  options: (mediaId: string | null) => Partial<TargetOptions>;
  when?: { kind: 'now' } | { kind: 'at'; dueAt: string };
}

interface Row {
  id: string;
  status: string;
  step_started: string | null;
  platform_post_id: string | null;
}

/** Composes and schedules one post, then lets time pass until it is out and nothing is left to do after. */
async function publish(planned: Planned, limitMinutes = 30): Promise<{ target: Row; mediaId: string | null; timeline: TimelineEntry[] }> {
  serial += 1;
  let mediaId: string | null = null;
  const files: string[] = [];
  if (planned.file) {
    const copy = join(temp.path, `${serial}-${planned.file}`);
    copyFileSync(await mediaFixture(planned.file), copy);
    mediaId = createHash('sha256').update(readFileSync(copy)).digest('hex');
    files.push(copy);
  }
  const postId = await composePost(world, {
    body: planned.body,
    files,
    targets: [{ platform: planned.platform, accountId: accounts[planned.platform], postType: planned.postType, options: planned.options(mediaId) }],
  });
  world.scheduling.service.schedulePost(postId, planned.when ?? { kind: 'now' });
  const row = () => world.database.db.prepare('SELECT id, status, step_started, platform_post_id FROM targets WHERE post_id = ?').get(postId) as unknown as Row;
  for (let minute = 0; minute < limitMinutes && !(row().status === 'published' && row().step_started === null); minute += 1) {
    await clock.advance(MINUTE);
  }
  const target = row();
  return { target, mediaId, timeline: createTargetTimeline(world.database.db).list(target.id) };
}

const commentsUnder = (parentId: string | null) => Object.values(sandbox.control.state().comments ?? {}).filter((comment) => comment.parentId === parentId);
const commentLines = (timeline: readonly TimelineEntry[]) => timeline.filter((line) => line.kind === 'comment');

describe('first comment and alt text, over HTTP through the engine', () => {
  it('an Instagram feed photo: alt text on its container, the first comment under the published media', async () => {
    const { target, mediaId, timeline } = await publish({
      platform: 'instagram',
      postType: 'feed',
      body: 'Fresh sourdough this morning',
      file: 'plain.jpg',
      options: (id) => ({ platform: 'instagram', firstComment: '  #sourdough #bakery  ', altTexts: { [id ?? '']: '  A round loaf on a wooden board  ' } }),
    });
    expect(target).toMatchObject({ status: 'published', step_started: null });
    expect(mediaId).not.toBeNull();

    const state = sandbox.control.state();
    const media = state.instagram.media[target.platform_post_id ?? ''];
    const container = media?.containerId ? state.instagram.containers[media.containerId] : undefined;
    expect(container).toMatchObject({ type: 'IMAGE', altText: 'A round loaf on a wooden board' });
    expect(commentsUnder(target.platform_post_id)).toEqual([
      expect.objectContaining({ platform: 'instagram', authorId: demoIds.instagramAccountId, message: '#sourdough #bakery' }),
    ]);
    expect(commentLines(timeline)).toEqual([expect.objectContaining({ outcome: 'ok', message: 'First comment posted.', step: 'Posting the first comment' })]);
    // Recorded as published first, then the comment.
    const kinds = timeline.map((line) => line.kind);
    expect(kinds.indexOf('published')).toBeGreaterThan(-1);
    expect(kinds.indexOf('published')).toBeLessThan(kinds.indexOf('comment'));
  });

  it('a Facebook photo post: the first comment under the post, written as the Page', async () => {
    const { target, timeline } = await publish({
      platform: 'facebook',
      postType: 'photo',
      body: 'Cinnamon buns are back',
      file: 'plain.jpg',
      options: () => ({ platform: 'facebook', firstComment: 'Order ahead: https://rosies.example/order' }),
    });
    expect(target.status).toBe('published');
    expect(commentsUnder(target.platform_post_id)).toEqual([
      expect.objectContaining({ platform: 'facebook', authorId: sandbox.control.demo().meta.pageId, message: 'Order ahead: https://rosies.example/order' }),
    ]);
    expect(commentLines(timeline).map((line) => line.outcome)).toEqual(['ok']);
  });

  it('a refused comment: the post stays published, and the comment’s line says why and which permission to allow', async () => {
    sandbox.control.tokens.declineMetaPermission('instagram_manage_comments');
    try {
      const { target, timeline } = await publish({
        platform: 'instagram',
        postType: 'feed',
        body: 'Rye, dark and dense',
        file: 'plain.jpg',
        options: () => ({ platform: 'instagram', firstComment: '#rye' }),
      });
      expect(target).toMatchObject({ status: 'published', step_started: null });
      expect(sandbox.control.state().instagram.media[target.platform_post_id ?? '']).toBeDefined();
      expect(commentsUnder(target.platform_post_id)).toEqual([]);
      const [line, ...others] = commentLines(timeline);
      expect(others).toEqual([]);
      expect(line).toMatchObject({ outcome: 'error', detail: expect.stringContaining('code 10') });
      expect(line?.message).toMatch(/^The first comment was not posted; the post itself is out\. /);
      expect(line?.message).toContain('You can add the comment yourself on Instagram.');
      expect(line?.message).toContain('(instagram_manage_comments)');
      const problem = world.database.db.prepare('SELECT problem FROM targets WHERE id = ?').get(target.id) as { problem: string | null };
      expect(problem.problem).toBeNull();
    } finally {
      // A Meta user token from the control API grants the default permissions again.
      sandbox.control.tokens.issueMetaUserToken({ longLived: true });
    }
  });

  it('a comment whose answer was lost is found on the platform, not posted twice', async () => {
    sandbox.control.faults.inject({ kind: 'dropResponse', match: { method: 'POST', pathIncludes: '/comments' } });
    const { target, timeline } = await publish({
      platform: 'facebook',
      postType: 'text',
      body: 'Closed on Monday for a well-earned rest',
      file: null,
      options: () => ({ platform: 'facebook', firstComment: 'Back on Tuesday at 7' }),
    });
    expect(target.status).toBe('published');
    expect(commentsUnder(target.platform_post_id).map((comment) => comment.message)).toEqual(['Back on Tuesday at 7']);
    expect(commentLines(timeline).map((line) => line.outcome)).toEqual(['info', 'ok']);
  });

  it('a post Facebook published from its own schedule gets its first comment once Outpost sees it out', async () => {
    const dueAt = new Date(clock.now().getTime() + 60 * MINUTE).toISOString();
    const { target, timeline } = await publish(
      {
        platform: 'facebook',
        postType: 'text',
        body: 'Saturday market stall, all morning',
        file: null,
        options: () => ({ platform: 'facebook', firstComment: 'Find us by the fountain' }),
        when: { kind: 'at', dueAt },
      },
      90,
    );
    expect(target.status).toBe('published');
    expect(timeline.some((line) => line.kind === 'handed_off' && line.outcome === 'ok')).toBe(true);
    expect(commentsUnder(target.platform_post_id).map((comment) => comment.message)).toEqual(['Find us by the fountain']);
    expect(commentLines(timeline)).toEqual([expect.objectContaining({ outcome: 'ok', attempt: null })]);
  });
});
