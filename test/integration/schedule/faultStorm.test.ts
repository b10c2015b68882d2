import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform, PostType, TargetOptions, TargetStatus } from '../../../preload/contract';
import { accountSecretName } from '../../../main/accounts/accountsRepository';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { demoIds, extraShopIds } from '../../../main/sandbox/world/demoWorld';
import { COMMITTED_EXTRA_ATTEMPTS, MAX_ATTEMPTS } from '../../../main/schedule/schedulingRules';
import { mediaFixture } from '../../support/mediaFixtures';
import { composePost, connectShop, openSchedulingWorld, readTikTokCreator, type SchedulingWorld, type ShopAccounts } from '../../support/schedulingWorld';
import { makeTempDirectory } from '../../support/tempDirectory';
import { createFakeEngineClock, type FakeEngineClock } from '../../unit/main/schedule/engine/fakeEngineClock';

/**
 * The fault storm of issue 6: 500 targets over 10 accounts (4 Facebook Pages, 3 Instagram
 * accounts, 3 TikTok accounts) spread over three days, with the sandbox failing 20% of API
 * requests with every kind of fault it knows (5xx, throttling, dropped connections, answers lost
 * after the work was done, expired tokens, latency). Time is a fake clock the sandbox shares, so
 * three days pass in seconds. Every target must end published exactly once, or failed with a
 * reason that matches what happened on the platform (nothing there); and Outpost must never
 * hammer: at most three attempts per target (more only to confirm a post that may be out) and a
 * bounded number of requests per minute.
 */
const START = '2026-12-01T08:00:00.000Z';
const HOURS = 60 * 60_000;
const SPREAD_MS = 72 * HOURS;

interface Mix {
  platform: Platform;
  postType: PostType;
  count: number;
  file: 'plain.jpg' | 'vertical.mp4' | null;
  options?: Partial<TargetOptions>;
}

const MIX: Mix[] = [
  { platform: 'facebook', postType: 'text', count: 200, file: null },
  { platform: 'facebook', postType: 'photo', count: 60, file: 'plain.jpg' },
  { platform: 'instagram', postType: 'feed', count: 120, file: 'plain.jpg' },
  { platform: 'tiktok', postType: 'video', count: 120, file: 'vertical.mp4', options: { platform: 'tiktok', privacyLevel: 'PUBLIC_TO_EVERYONE', allowComments: true, allowDuet: true } },
];
const ACCOUNTS_PER_PLATFORM: Record<Platform, number> = { facebook: 4, instagram: 3, tiktok: 3 };

const temp = makeTempDirectory('storm');
let clock: FakeEngineClock;
let sandbox: Sandbox;
let world: SchedulingWorld;
const requests: { at: number; network: string }[] = [];

beforeAll(async () => {
  clock = createFakeEngineClock(START);
  sandbox = await startSandbox({
    seed: 'fault-storm',
    // The sandbox reads the engine's clock, so both live in the same three days.
    clock: { now: () => clock.now().getTime(), advance: () => undefined },
    extraShops: 3,
  });
  world = await openSchedulingWorld({
    dataDirectory: temp.path,
    env: sandbox.env,
    clock,
    preferences: { timezone: 'Europe/Paris' },
    onRequest: (network) => requests.push({ at: clock.now().getTime(), network }),
    apps: { tiktok: { appId: sandbox.control.demo().tiktok.clientKey, appSecret: sandbox.control.demo().tiktok.clientSecret } },
  });
  clock.setSettle(() => world.scheduling.engine.idle());
}, 60_000);

afterAll(async () => {
  await world?.close();
  await sandbox?.close();
  temp.remove();
});

async function connectShops(): Promise<ShopAccounts[]> {
  const demo = sandbox.control.demo();
  const userToken = sandbox.control.tokens.issueMetaUserToken({ longLived: true }).access_token;
  const pages = (await (await fetch(`${sandbox.urls.metaGraph}/v23.0/me/accounts?access_token=${encodeURIComponent(userToken)}`)).json()) as {
    data: { id: string; name: string; access_token: string }[];
  };
  const shops = [
    { pageId: demo.meta.pageId, instagramAccountId: demoIds.instagramAccountId, tiktokOpenId: demo.tiktok.openId },
    ...[0, 1, 2].map(extraShopIds),
  ];
  const connected: ShopAccounts[] = [];
  for (const ids of shops) {
    const page = pages.data.find((entry) => entry.id === ids.pageId);
    const tiktok = sandbox.control.tokens.issueTikTokToken({ openId: ids.tiktokOpenId });
    connected.push(
      await connectShop(world, {
        ...ids,
        pageName: page?.name ?? '',
        pageToken: page?.access_token ?? '',
        userToken,
        metaUserId: demo.meta.userId,
        instagramUsername: `shop${connected.length}`,
        tiktokName: `Shop ${connected.length}`,
        tiktokAccessToken: tiktok.access_token,
        tiktokRefreshToken: tiktok.refresh_token,
        tiktokCreator: await readTikTokCreator(sandbox.env, tiktok.access_token),
      }),
    );
  }
  return connected;
}

/**
 * The owner signs in again where TikTok really ended a sign-in (a refresh whose answer was lost
 * retires the old refresh token: TikTok rotates them), as the accounts screen asks them to.
 */
async function reconnectSignedOutTikTok(): Promise<void> {
  for (const account of world.accounts.list().filter((summary) => summary.platform === 'tiktok' && summary.health.state === 'needs_reconnect')) {
    const record = world.accounts.get(account.id);
    if (!record) continue;
    const tokens = sandbox.control.tokens.issueTikTokToken({ openId: record.platformAccountId });
    const expiresAt = new Date(clock.now().getTime() + 24 * HOURS).toISOString();
    await world.vault.store(accountSecretName(account.id, 'access_token'), tokens.access_token, { expiresAt });
    await world.vault.store(accountSecretName(account.id, 'refresh_token'), tokens.refresh_token, { expiresAt });
  }
}

/** What went out on the sandbox carrying `marker`. */
function postsOnPlatform(platform: Platform, marker: string): number {
  const state = sandbox.control.state();
  const words = (text: string) => text.split(/\s+/).includes(marker);
  switch (platform) {
    case 'instagram':
      return Object.values(state.instagram.media).filter((media) => !media.isCarouselChild && words(media.caption)).length;
    case 'facebook':
      return Object.values(state.facebook.posts).filter((post) => post.published && words(post.message)).length;
    case 'tiktok':
      return Object.values(state.tiktok.publishes).filter(
        (publish) => words(publish.title) && (publish.status === 'PUBLISH_COMPLETE' || publish.status === 'SEND_TO_USER_INBOX'),
      ).length;
  }
}

describe('fault storm (issue 6)', () => {
  it('500 targets over 10 accounts with 20% mixed faults: each published once or failed with a true reason, and no hammering', async () => {
    const shops = await connectShops();
    const files = { 'plain.jpg': await mediaFixture('plain.jpg'), 'vertical.mp4': await mediaFixture('vertical.mp4') };
    const planned: { postId: string; marker: string; platform: Platform }[] = [];
    let index = 0;
    for (const mix of MIX) {
      for (let n = 0; n < mix.count; n += 1, index += 1) {
        const marker = `storm${index}`;
        const shop = shops[n % ACCOUNTS_PER_PLATFORM[mix.platform]];
        const copy = mix.file && join(temp.path, `${marker}-${mix.file}`);
        if (copy && mix.file) copyFileSync(files[mix.file], copy);
        const postId = await composePost(world, {
          body: `Fresh bread, batch ${marker} of the storm`,
          files: copy ? [copy] : [],
          targets: [{ platform: mix.platform, accountId: shop?.[mix.platform] ?? '', postType: mix.postType, ...(mix.options && { options: mix.options }) }],
        });
        // Spread evenly over three days, in an order that mixes platforms and accounts.
        const dueAt = new Date(Date.parse(START) + 5 * 60_000 + ((index * 7919) % 500) * (SPREAD_MS / 500));
        world.scheduling.service.schedulePost(postId, { kind: 'at', dueAt: dueAt.toISOString() });
        planned.push({ postId, marker, platform: mix.platform });
      }
    }
    expect(planned).toHaveLength(500);

    sandbox.control.faults.setFailureRate({ rate: 0.2, kinds: ['serverError', 'throttle', 'dropConnection', 'dropResponse', 'tokenExpired', 'latency'] });
    const { db } = world.database;
    const statuses = () => db.prepare('SELECT status, count(*) AS n FROM targets GROUP BY status').all() as { status: TargetStatus; n: number }[];
    const unfinished = () => statuses().filter((row) => row.status !== 'published' && row.status !== 'failed').reduce((sum, row) => sum + row.n, 0);
    world.scheduling.engine.start();
    // Up to six days of minutes: posts the 24-hour ledgers hold (TikTok's 15 a day) go out later.
    for (let minute = 0; minute < 6 * 24 * 60 && unfinished() > 0; minute += 1) {
      await clock.advance(60_000);
      // Upkeep's pass (daily in the app, hourly here) renews TikTok sign-ins and finds the others
      // working again, in the storm too; parked posts then continue.
      if (minute % 60 === 59) {
        await reconnectSignedOutTikTok();
        await world.upkeep.runPass();
        world.scheduling.engine.wake('accounts');
      }
    }
    sandbox.control.faults.setFailureRate(null);

    const rows = db
      .prepare('SELECT t.post_id AS postId, t.status, t.attempt, t.problem FROM targets t')
      .all() as { postId: string; status: TargetStatus; attempt: number; problem: string | null }[];
    const byPost = new Map(rows.map((row) => [row.postId, row]));
    const wrong: string[] = [];
    let published = 0;
    for (const { postId, marker, platform } of planned) {
      const row = byPost.get(postId);
      const onPlatform = postsOnPlatform(platform, marker);
      if (row?.status === 'published') {
        published += 1;
        if (onPlatform !== 1) wrong.push(`${marker} published, ${onPlatform} on ${platform}`);
      } else if (row?.status === 'failed') {
        const problem = JSON.parse(row.problem ?? 'null') as { message?: string } | null;
        if (onPlatform !== 0) wrong.push(`${marker} failed but ${onPlatform} on ${platform}`);
        if (!problem?.message) wrong.push(`${marker} failed without a reason`);
      } else {
        wrong.push(`${marker} ended ${row?.status ?? 'missing'}`);
      }
      // Three attempts to publish; more only to confirm a post that may already be out.
      if ((row?.attempt ?? 0) > MAX_ATTEMPTS + COMMITTED_EXTRA_ATTEMPTS) wrong.push(`${marker} made ${row?.attempt} attempts`);
    }
    expect(wrong).toEqual([]);
    // Most posts get through a 20% storm; the rest failed for real after their retries.
    expect(published).toBeGreaterThan(350);

    // No tight loops. The first minute hands every Facebook post due within 30 days to Facebook
    // (260 posts, a few calls each); after it, never more than a burst in any one minute; and a
    // bounded number of requests per target overall.
    const perMinute = new Map<number, number>();
    for (const request of requests) perMinute.set(Math.floor(request.at / 60_000), (perMinute.get(Math.floor(request.at / 60_000)) ?? 0) + 1);
    const firstMinute = Math.floor(Date.parse(START) / 60_000);
    const facebookPosts = MIX.filter((mix) => mix.platform === 'facebook').reduce((sum, mix) => sum + mix.count, 0);
    expect(perMinute.get(firstMinute) ?? 0).toBeLessThan(4 * facebookPosts);
    perMinute.delete(firstMinute);
    expect(Math.max(...perMinute.values())).toBeLessThan(150);
    expect(requests.length / planned.length).toBeLessThan(25);
  }, 600_000);
});
