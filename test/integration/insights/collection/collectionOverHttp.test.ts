import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightsCollectionStatus, Platform } from '../../../../preload/contract';
import type { PlatformAccess } from '../../../../main/accounts/platformAccess';
import { createPublishingCredentials } from '../../../../main/accounts/publishingCredentials';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createInsightsCollection, type InsightsCollection } from '../../../../main/insights/collection/insightsCollection';
import type { InsightsSource } from '../../../../main/insights/insightsSource';
import { createInsightsSources } from '../../../../main/insights/sources/insightsSources';
import { resolveEndpoints } from '../../../../main/platforms/endpoints';
import { ThrottledError } from '../../../../main/platforms/platformErrors';
import { createPlatformNetworks } from '../../../../main/platforms/platformNetworks';
import { createUsageLedger } from '../../../../main/platforms/usageLedger';
import { startSandbox, type Sandbox } from '../../../../main/sandbox';
import { mediaFixture } from '../../../support/mediaFixtures';
import { composePost, connectShop, demoShopTokens, openSchedulingWorld, type SchedulingWorld, type ShopAccounts, type ShopTokens } from '../../../support/schedulingWorld';
import { makeTempDirectory } from '../../../support/tempDirectory';
import { createFakeEngineClock, type FakeEngineClock } from '../../../unit/main/schedule/engine/fakeEngineClock';
import { createThrottleGate } from '../../../../main/schedule/engine/throttleGate';

/**
 * Insight collection through the real sources, over HTTP against the sandbox, on one fake clock
 * the sandbox shares: a post published through the engine is measured at its checkpoints with
 * the sandbox's own figures at those times; downtime is caught up on start; a throttle holds the
 * account and the work resumes; the demo history comes in as imported posts without doubling
 * Outpost's; a second pass at the same time stores nothing more.
 */
const START = '2026-12-01T08:00:00.000Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const temp = makeTempDirectory('insights-collection');
let clock: FakeEngineClock;
let sandbox: Sandbox;
let world: SchedulingWorld;
let accounts: ShopAccounts;
let shop: ShopTokens;
let collection: InsightsCollection;
const events: InsightsCollectionStatus[] = [];
/** Every measurePost the real sources answered or refused, with the time and what was thrown. */
const measureCalls: { platformPostId: string; at: Date; error: unknown }[] = [];

function countingSources(): Record<Platform, InsightsSource> {
  const real = createInsightsSources();
  const wrap = (source: InsightsSource): InsightsSource => ({
    ...source,
    async measurePost(context, post) {
      try {
        const figures = await source.measurePost(context, post);
        measureCalls.push({ platformPostId: post.platformPostId, at: clock.now(), error: null });
        return figures;
      } catch (error) {
        measureCalls.push({ platformPostId: post.platformPostId, at: clock.now(), error });
        throw error;
      }
    },
  });
  return { instagram: wrap(real.instagram), facebook: wrap(real.facebook), tiktok: wrap(real.tiktok) };
}

function openCollection(): InsightsCollection {
  const usage = createUsageLedger({ now: () => clock.now() });
  const endpoints = resolveEndpoints(sandbox.env);
  const access: PlatformAccess = {
    isDemo: false,
    endpoints,
    networks: createPlatformNetworks({ endpoints, ledger: usage, now: () => clock.now() }),
    app: async () => ({ appId: sandbox.control.demo().tiktok.clientKey, appSecret: sandbox.control.demo().tiktok.clientSecret }),
    registerRedirectUri: () => undefined,
  };
  const platformAccessFor = async () => access;
  const opened = createInsightsCollection({
    db: world.database.db,
    accounts: world.accounts,
    platformAccessFor,
    credentialsFor: createPublishingCredentials({
      vault: world.vault,
      accounts: world.accounts,
      platformAccessFor,
      refreshAccount: (accountId) => world.upkeep.refreshAccount(accountId),
      now: () => clock.now(),
    }),
    gate: createThrottleGate({ usage, now: () => clock.now() }),
    sources: countingSources(),
    timezone: () => 'UTC',
    emit: (status) => events.push(status),
    logger: createSilentLogger(),
    now: () => clock.now(),
    clock,
    startDelayMs: 5_000,
  });
  return opened;
}


beforeAll(async () => {
  clock = createFakeEngineClock(START);
  sandbox = await startSandbox({ seed: 'insights-collection', clock: { now: () => clock.now().getTime(), advance: () => undefined }, history: { days: 60 } });
  world = await openSchedulingWorld({
    dataDirectory: temp.path,
    env: sandbox.env,
    clock,
    apps: { tiktok: { appId: sandbox.control.demo().tiktok.clientKey, appSecret: sandbox.control.demo().tiktok.clientSecret } },
  });
  shop = await demoShopTokens(sandbox);
  accounts = await connectShop(world, shop);
  world.scheduling.engine.start();
  await clock.advance(0);
}, 60_000);

afterAll(async () => {
  await collection?.stop();
  await world?.close();
  await sandbox?.close();
  temp.remove();
});

interface SnapshotRow {
  taken_at: string;
  checkpoint: string | null;
  metric: string;
  value: number;
}
const db = () => world.database.db;
const snapshotsOf = (postId: string) =>
  db().prepare('SELECT taken_at, checkpoint, metric, value FROM insight_snapshots WHERE post_id = ? ORDER BY taken_at, metric').all(postId) as unknown as SnapshotRow[];
const snapshotCount = () => (db().prepare('SELECT count(*) AS n FROM insight_snapshots').get() as { n: number }).n;

/** What the sandbox says of an Instagram media's lifetime views and reach now, asked directly. */
async function sandboxFigures(mediaId: string): Promise<{ views: number; reach: number }> {
  const url = `${sandbox.urls.metaGraph}/v23.0/${mediaId}/insights?metric=views,reach&access_token=${encodeURIComponent(shop.pageToken)}`;
  const body = (await (await fetch(url)).json()) as { data: { name: string; values: { value: number }[] }[] };
  const value = (name: string) => body.data.find((row) => row.name === name)?.values[0]?.value ?? NaN;
  return { views: value('views'), reach: value('reach') };
}

/** Advances both clocks (they are one) until `at`, letting every timer fire on the way. */
async function advanceTo(at: number): Promise<void> {
  await clock.advance(at - clock.now().getTime());
}

let published: { targetId: string; mediaId: string; publishedAt: number };

describe('insight collection against the sandbox, over HTTP', () => {
  it('measures a post published through the engine at 1h, 24h and 72h with the sandbox’s figures at those times', async () => {
    const file = join(temp.path, 'loaf.jpg');
    copyFileSync(await mediaFixture('plain.jpg'), file);
    const postId = await composePost(world, { body: 'Rye loaves today', files: [file], targets: [{ platform: 'instagram', accountId: accounts.instagram, postType: 'feed' }] });
    world.scheduling.service.schedulePost(postId, { kind: 'now' });
    const target = () =>
      db().prepare('SELECT id, status, platform_post_id, published_at FROM targets WHERE post_id = ?').get(postId) as {
        id: string;
        status: string;
        platform_post_id: string | null;
        published_at: string | null;
      };
    for (let minute = 0; minute < 30 && target().status !== 'published'; minute += 1) await clock.advance(MINUTE);
    const row = target();
    expect(row.status).toBe('published');
    published = { targetId: row.id, mediaId: row.platform_post_id ?? '', publishedAt: Date.parse(row.published_at ?? '') };

    collection = openCollection();
    collection.start();
    clock.setSettle(async () => {
      await world.scheduling.engine.idle();
      await collectionIdle();
    });
    for (const hours of [1, 24, 72]) {
      await advanceTo(published.publishedAt + hours * HOUR);
      const expected = await sandboxFigures(published.mediaId);
      if (hours > 1) expect(expected.views).toBeGreaterThan(0);
      const taken = snapshotsOf(published.targetId).filter((snapshot) => snapshot.checkpoint === `${hours}h`);
      expect(Object.fromEntries(taken.filter((s) => s.metric === 'views' || s.metric === 'reach').map((s) => [s.metric, s.value]))).toEqual(expected);
      expect(taken.every((s) => s.taken_at === new Date(published.publishedAt + hours * HOUR).toISOString())).toBe(true);
    }
    expect(events.length).toBeGreaterThan(0);
  });

  it('imports the demo history as imported posts, without a second row for Outpost’s post', () => {
    const rows = db().prepare('SELECT platform_post_id, origin, target_id, account_id FROM insight_posts').all() as {
      platform_post_id: string;
      origin: string;
      target_id: string | null;
      account_id: string;
    }[];
    const imported = rows.filter((row) => row.origin === 'imported');
    expect(imported.length).toBeGreaterThan(5);
    expect(new Set(imported.map((row) => row.account_id)).size).toBeGreaterThanOrEqual(2);
    expect(rows.filter((row) => row.platform_post_id === published.mediaId)).toEqual([
      expect.objectContaining({ origin: 'outpost', target_id: published.targetId }),
    ]);
    const days = (db().prepare('SELECT count(*) AS n FROM account_insight_days').get() as { n: number }).n;
    expect(days).toBeGreaterThan(0);
  });

  it('a second pass at the same time stores nothing more', async () => {
    const before = snapshotCount();
    await collection.runPass();
    await collection.runPass();
    expect(snapshotCount()).toBe(before);
  });

  it('after downtime, start catches up with one measurement labelled 7d, taken when the app came back', async () => {
    await collection.stop();
    // The app is off for five days: the sandbox's clock moves on, no timer fires.
    clock.suspend(5 * DAY);
    collection = openCollection();
    collection.start();
    await clock.advance(5_000);
    const cameBack = clock.now().toISOString();
    const caughtUp = snapshotsOf(published.targetId).filter((snapshot) => snapshot.taken_at === cameBack);
    expect(new Set(caughtUp.map((snapshot) => snapshot.checkpoint))).toEqual(new Set(['7d']));
    expect(Object.fromEntries(caughtUp.filter((s) => s.metric === 'views' || s.metric === 'reach').map((s) => [s.metric, s.value]))).toEqual(
      await sandboxFigures(published.mediaId),
    );
    expect(db().prepare('SELECT next_checkpoint FROM insight_posts WHERE id = ?').get(published.targetId)).toEqual({ next_checkpoint: '28d' });
  });

  it('a throttle from the sandbox holds the account; the measurement is taken once the hold ends', async () => {
    sandbox.control.faults.inject({ kind: 'throttle', code: 17, match: { pathIncludes: `/${published.mediaId}/insights` } });
    const callsBefore = measureCalls.length;
    await advanceTo(published.publishedAt + 28 * DAY);
    const throttled = measureCalls.slice(callsBefore).filter((call) => call.platformPostId === published.mediaId);
    expect(throttled[0]?.error).toBeInstanceOf(ThrottledError);
    expect(snapshotsOf(published.targetId).some((snapshot) => snapshot.checkpoint === '28d')).toBe(false);
    const until = (throttled[0]?.error as ThrottledError).retryAfter.getTime();

    await advanceTo(until + HOUR);
    const after = measureCalls.slice(callsBefore).filter((call) => call.platformPostId === published.mediaId);
    expect(after).toHaveLength(2);
    expect(after[1]?.at.getTime()).toBeGreaterThanOrEqual(until);
    expect(after[1]?.error).toBeNull();
    expect(snapshotsOf(published.targetId).filter((snapshot) => snapshot.checkpoint === '28d').length).toBeGreaterThan(0);
  });
});

/** Waits until the collection's pass or daily run (calls over HTTP) has finished. */
async function collectionIdle(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (collection.status().running) await new Promise<void>((resolve) => setTimeout(resolve, 2));
}
