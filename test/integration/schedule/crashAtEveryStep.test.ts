import { fork, type ChildProcess } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Platform, PostType, TargetOptions } from '../../../preload/contract';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import type { SandboxState } from '../../../main/sandbox/world/sandboxState';
import { mediaFixture, type MediaFixtureName } from '../../support/mediaFixtures';
import { demoShopTokens, type ShopTokens } from '../../support/schedulingWorld';
import { makeTempDirectory } from '../../support/tempDirectory';
import type { CrashChildConfig, CrashChildMessage } from './crashChild';

/**
 * The crash test of issue 6: for every post type, a child process running the engine against the
 * sandbox is killed at every step boundary (after a step is recorded as started, and after its
 * work is done on the platform but before its result is recorded); a second child then starts on
 * the same data. Each time the post must end published exactly once on the sandbox: never twice,
 * never silently lost.
 */
interface CrashCase {
  name: string;
  platform: Platform;
  postType: PostType;
  files: MediaFixtureName[];
  options?: Partial<TargetOptions>;
}

const TIKTOK_CHOICES: Partial<TargetOptions> = { platform: 'tiktok', privacyLevel: 'PUBLIC_TO_EVERYONE', allowComments: true, allowDuet: true };

const CASES: CrashCase[] = [
  { name: 'Instagram feed photo', platform: 'instagram', postType: 'feed', files: ['plain.jpg'] },
  // The first comment runs once the post is out: a crash there must neither lose it nor post it twice.
  { name: 'Instagram feed photo with a first comment', platform: 'instagram', postType: 'feed', files: ['plain.jpg'], options: { platform: 'instagram', firstComment: '#sourdough' } },
  { name: 'Instagram carousel', platform: 'instagram', postType: 'carousel', files: ['plain.jpg', 'large.jpg', 'vertical.mp4'] },
  { name: 'Instagram reel', platform: 'instagram', postType: 'reel', files: ['vertical.mp4'] },
  { name: 'Instagram photo story', platform: 'instagram', postType: 'story', files: ['plain.jpg'] },
  { name: 'Instagram video story', platform: 'instagram', postType: 'story', files: ['vertical.mp4'] },
  { name: 'Facebook text', platform: 'facebook', postType: 'text', files: [] },
  { name: 'Facebook photo', platform: 'facebook', postType: 'photo', files: ['camera.jpg'] },
  { name: 'Facebook multi-photo', platform: 'facebook', postType: 'multi_photo', files: ['plain.jpg', 'camera.jpg'] },
  { name: 'Facebook video', platform: 'facebook', postType: 'video', files: ['vertical.mp4'] },
  { name: 'TikTok video', platform: 'tiktok', postType: 'video', files: ['vertical.mp4'], options: TIKTOK_CHOICES },
];

const temp = makeTempDirectory('crash');
let sandbox: Sandbox;
let shop: ShopTokens;
let childScript: string;
let files: Partial<Record<MediaFixtureName, string>> = {};
let serial = 0;

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'crash-test',
    // Nothing to wait for on the platform side: the test is about crashes, not processing.
    settings: {
      timing: { imageProcessingMs: 0, videoProcessingMs: 0, facebookVideoProcessingMs: 0, tiktokProcessingMs: 0, tiktokModerationMs: 0 },
      // Well over a hundred posts go out to one account here; the daily limits are tested elsewhere.
      limits: { instagramPublishesPerDay: 100_000, instagramContainersPerDay: 100_000, businessCallsPerDay: 10_000_000, appCallsPerHour: 10_000_000 },
    },
  });
  shop = await demoShopTokens(sandbox);
  // One bundle of the child, so each of the many lives starts in a fraction of a second. It sits
  // under node_modules so that its imports of packages resolve as they do for the sources.
  childScript = join(process.cwd(), 'node_modules', '.cache', 'outpost-tests', 'crashChild.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'crashChild.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    logLevel: 'error',
  });
  for (const name of new Set(CASES.flatMap((crashCase) => crashCase.files))) files[name] = await mediaFixture(name);
}, 120_000);

afterAll(async () => {
  await sandbox?.close();
  temp.remove();
  files = {};
});

const LIFE_TIMEOUT_MS = 60_000;
const alive = new Set<ChildProcess>();
afterEach(() => {
  for (const child of alive) child.kill('SIGKILL');
});

/** One life of the child. Resolves with its "done" message, or with the boundary it was killed at. */
function life(config: CrashChildConfig): Promise<CrashChildMessage> {
  return new Promise((resolve, reject) => {
    const child = fork(childScript, [], {
      env: { ...process.env, OUTPOST_CRASH_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: ['--no-warnings'],
    });
    alive.add(child);
    // A life that neither finishes nor reaches its boundary is a failure, not a hang of the suite.
    const timeout = setTimeout(() => child.kill('SIGKILL'), LIFE_TIMEOUT_MS);
    let stderr = '';
    let settled: CrashChildMessage | null = null;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message: CrashChildMessage) => {
      if (message.type === 'boundary' && message.n === config.killAt) {
        settled = message;
        child.kill('SIGKILL');
      } else if (message.type === 'done') {
        settled = message;
      }
    });
    child.on('exit', () => {
      clearTimeout(timeout);
      alive.delete(child);
      if (settled) resolve(settled);
      else reject(new Error(`The child stopped without finishing or reaching boundary ${config.killAt}: ${stderr}`));
    });
  });
}

/** Copies of the fixtures per life: the library moves nothing, but each data folder is its own. */
function postFiles(crashCase: CrashCase): string[] {
  return crashCase.files.map((name, index) => {
    const copy = join(temp.path, `${serial}-${index}-${name}`);
    copyFileSync(files[name] ?? '', copy);
    return copy;
  });
}

/**
 * What went out on the sandbox carrying `marker`: posts a person would see, by platform. Stories
 * have no caption, so for them every story counts (the lives run one at a time).
 */
function postsWith(state: SandboxState, crashCase: CrashCase, marker: string): number {
  switch (crashCase.platform) {
    case 'instagram':
      return Object.values(state.instagram.media).filter((media) =>
        crashCase.postType === 'story' ? media.productType === 'STORY' : !media.isCarouselChild && media.caption.includes(marker),
      ).length;
    case 'facebook':
      return Object.values(state.facebook.posts).filter((post) => post.published && post.message.includes(marker)).length;
    case 'tiktok':
      return Object.values(state.tiktok.publishes).filter(
        (publish) => publish.title.includes(marker) && (publish.status === 'PUBLISH_COMPLETE' || publish.status === 'SEND_TO_USER_INBOX'),
      ).length;
  }
}

/** First comments carrying `marker` on the sandbox (a case with one gives it the marker too). */
function commentsWith(state: SandboxState, marker: string): number {
  return Object.values(state.comments ?? {}).filter((comment) => comment.message.includes(marker)).length;
}

/** The case's first comment, if it has one. */
function firstCommentOf(crashCase: CrashCase): string | null {
  const options = crashCase.options;
  return options && 'firstComment' in options ? (options.firstComment ?? null) : null;
}

/** The case's options, with its first comment (if any) marked like the post. */
function optionsFor(crashCase: CrashCase, marker: string): Partial<TargetOptions> | undefined {
  const comment = firstCommentOf(crashCase);
  return comment === null ? crashCase.options : { ...crashCase.options, firstComment: `${comment} ${marker}` };
}

async function runLives(crashCase: CrashCase, killAt: number | null) {
  serial += 1;
  const marker = `crash-${serial}`;
  const dataDirectory = join(temp.path, `data-${serial}`);
  const options = optionsFor(crashCase, marker);
  const seed = { body: `${crashCase.name}, fresh from the oven (${marker})`, files: postFiles(crashCase), target: { platform: crashCase.platform, postType: crashCase.postType, ...(options && { options }) } };
  // A TikTok token per post: TikTok counts creator_info and status reads per token and minute.
  const tiktok = sandbox.control.tokens.issueTikTokToken();
  const base = { dataDirectory, env: sandbox.env, shop: { ...shop, tiktokAccessToken: tiktok.access_token, tiktokRefreshToken: tiktok.refresh_token } };
  const before = postsWith(sandbox.control.state(), crashCase, marker);
  const first = await life({ ...base, seed, killAt });
  const last = first.type === 'done' ? first : await life({ ...base, seed: null, killAt: null });
  const after = sandbox.control.state();
  return { first, last, published: postsWith(after, crashCase, marker) - before, comments: commentsWith(after, marker) };
}

describe('a crash at every step boundary of every post type (issue 6)', () => {
  it.each(CASES)('$name: published exactly once, however the engine was killed', async (crashCase) => {
    const clean = await runLives(crashCase, null);
    const commented = firstCommentOf(crashCase) !== null;
    expect(clean.last).toMatchObject({ type: 'done', status: 'published' });
    expect(clean.published).toBe(1);
    expect(clean.comments).toBe(commented ? 1 : 0);
    const boundaries = clean.last.type === 'done' ? clean.last.boundaries : 0;
    // Every step has a before and an after: at least "publish" and one more step.
    expect(boundaries).toBeGreaterThanOrEqual(4);

    const outcomes: string[] = [];
    for (let killAt = 1; killAt <= boundaries; killAt += 1) {
      const { first, last, published, comments } = await runLives(crashCase, killAt);
      const at = first.type === 'boundary' ? first.label : 'no boundary';
      outcomes.push(`${at}: ${last.type === 'done' ? last.status : '?'} ×${published}${commented ? `, first comment ×${comments}` : ''}`);
    }
    // One line per boundary, all the same: published, once (and its first comment, once).
    expect(outcomes).toEqual(outcomes.map((line) => line.replace(/: .*$/, `: published ×1${commented ? ', first comment ×1' : ''}`)));
  }, 300_000);
});
