import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { platformErrors } from '../../schedule/engine/platformErrorFixtures';
import { afterStart, createCollectionWorld, DAY, HOUR, MINUTE, type CollectionWorld } from './collectionFixtures';

/**
 * Insight collection on a fake clock with scripted sources and a real database: the measurement
 * schedule, catch-up after downtime, throttles, sign-in problems, passing failures, repeats that
 * store nothing twice, and the owner's refreshes.
 */
describe('insight collection: measuring posts', () => {
  const directory = useTempDirectory('insights-collection');
  let world: CollectionWorld;
  beforeEach(() => {
    world = createCollectionWorld(directory());
    world.addAccount('ig', 'instagram');
    world.addAccount('ig2', 'instagram');
    world.addAccount('tt', 'tiktok');
  });
  afterEach(async () => world.close());

  it('registers a published target and measures it at 1h, 24h, 72h, 7d and 28d as time passes', async () => {
    const media = world.addMedia('loaf');
    world.publishTarget('t1', 'ig', afterStart(0), { caption: 'Fresh loaves', mediaIds: [media] });
    world.addTarget('draft', { accountId: 'ig', dueAt: afterStart(HOUR), status: 'scheduled' });
    const collection = world.createCollection();
    collection.start();

    expect(world.insightPost('t1')).toMatchObject({
      target_id: 't1',
      origin: 'outpost',
      kind: 'feed',
      caption: 'Fresh loaves',
      thumbnail_media_id: media,
      permalink: 'https://example.test/p/t1',
      next_checkpoint: '1h',
      next_due_at: afterStart(HOUR).toISOString(),
    });
    expect(world.insightPost('draft')).toBeUndefined();

    await world.clock.advance(29 * DAY);

    expect(world.viewsByCheckpoint('t1')).toEqual([
      { checkpoint: '1h', views: 60, at: afterStart(HOUR).toISOString() },
      { checkpoint: '24h', views: 24 * 60, at: afterStart(DAY).toISOString() },
      { checkpoint: '72h', views: 72 * 60, at: afterStart(3 * DAY).toISOString() },
      { checkpoint: '7d', views: 7 * 24 * 60, at: afterStart(7 * DAY).toISOString() },
      { checkpoint: '28d', views: 28 * 24 * 60, at: afterStart(28 * DAY).toISOString() },
    ]);
    expect(world.sources.instagram.measured()).toHaveLength(5);
    expect(world.insightPost('t1')).toMatchObject({ next_checkpoint: null, next_due_at: null });
    expect(world.events.length).toBeGreaterThan(0);
  });

  it('registers targets published after start when woken, and measures a story at 1h and 23h only', async () => {
    const collection = world.createCollection();
    collection.start();
    await world.clock.advance(10 * MINUTE);
    world.publishTarget('story', 'ig', world.clock.now(), { postType: 'story' });
    collection.wake();
    await world.clock.advance(3 * DAY);
    expect(world.viewsByCheckpoint('story').map((row) => [row.checkpoint, row.views])).toEqual([
      ['1h', 60],
      ['23h', 23 * 60],
    ]);
  });

  it('catches up after downtime oldest first, one measurement per post labelled with the latest checkpoint passed', async () => {
    world.publishTarget('newer', 'ig', afterStart(-30 * HOUR));
    world.publishTarget('older', 'ig', afterStart(-80 * HOUR));
    world.publishTarget('other', 'tt', afterStart(-2 * HOUR));
    const collection = world.createCollection();
    collection.start();
    expect(collection.status().pendingMeasurements).toBe(3);
    expect(world.sources.instagram.measured()).toHaveLength(0);

    await world.clock.advance(5_000);

    expect(world.sources.instagram.measured().map((call) => call.platformPostId)).toEqual(['pp-older', 'pp-newer']);
    expect(world.viewsByCheckpoint('older')).toEqual([{ checkpoint: '72h', views: 80 * 60, at: afterStart(5_000).toISOString() }]);
    expect(world.viewsByCheckpoint('newer')).toEqual([{ checkpoint: '24h', views: 30 * 60, at: afterStart(5_000).toISOString() }]);
    expect(world.viewsByCheckpoint('other').map((row) => row.checkpoint)).toEqual(['1h']);
    expect(world.insightPost('older')).toMatchObject({ next_checkpoint: '7d', next_due_at: afterStart(-80 * HOUR + 7 * DAY).toISOString() });
    expect(world.insightPost('newer')).toMatchObject({ next_checkpoint: '72h' });
    expect(collection.status().pendingMeasurements).toBe(0);
  });

  it('holds a throttled account until the platform’s time, other accounts going on, and loses no work', async () => {
    world.publishTarget('a1', 'ig', afterStart(-3 * HOUR));
    world.publishTarget('a2', 'ig', afterStart(-2 * HOUR));
    world.publishTarget('b1', 'ig2', afterStart(-2 * HOUR));
    world.sources.instagram.fail('measurePost', platformErrors.throttled(afterStart(HOUR), 'account'));
    const collection = world.createCollection({ startDelayMs: 0 });
    collection.start();
    await world.clock.advance(0);

    // a1 answered "slow down": a2 waits, b1 (another account) was measured.
    expect(world.sources.instagram.measured().map((call) => call.platformPostId)).toEqual(['pp-a1', 'pp-b1']);
    expect(world.snapshots('a1')).toEqual([]);
    expect(world.insightPost('a1')).toMatchObject({ next_checkpoint: '1h' });
    expect(world.insightPost('a2')).toMatchObject({ next_checkpoint: '1h' });
    expect(world.clock.armedWakes()).toContainEqual(afterStart(HOUR));

    await world.clock.advance(HOUR - MINUTE);
    expect(world.sources.instagram.measured()).toHaveLength(2);
    await world.clock.advance(MINUTE);

    expect(world.sources.instagram.measured().map((call) => [call.platformPostId, call.at])).toEqual([
      ['pp-a1', afterStart(0)],
      ['pp-b1', afterStart(0)],
      ['pp-a1', afterStart(HOUR)],
      ['pp-a2', afterStart(HOUR)],
    ]);
    expect(world.viewsByCheckpoint('a1').map((row) => row.checkpoint)).toEqual(['1h']);
    expect(world.viewsByCheckpoint('a2').map((row) => row.checkpoint)).toEqual(['1h']);
  });

  it('an app-wide throttle holds every account of the app; the usage headers hold an account before the platform refuses', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.publishTarget('c1', 'tt', afterStart(-2 * HOUR));
    world.sources.instagram.fail('measurePost', platformErrors.throttled(afterStart(30 * MINUTE), 'app'));
    const collection = world.createCollection();
    await collection.runPass();
    expect(world.sources.instagram.measured().map((call) => call.platformPostId)).toEqual(['pp-a1']);
    expect(world.sources.tiktok.measured().map((call) => call.platformPostId)).toEqual(['pp-c1']);

    // Another account of the same developer app waits too; TikTok's app is not Meta's.
    world.publishTarget('b1', 'ig2', afterStart(-2 * HOUR));
    world.publishTarget('c2', 'tt', afterStart(-2 * HOUR));
    await collection.runPass();
    expect(world.sources.instagram.measured()).toHaveLength(1);
    expect(world.sources.tiktok.measured().map((call) => call.platformPostId)).toEqual(['pp-c1', 'pp-c2']);

    // Meta's usage headers say ig2 is about to run out: it waits for them, ig goes once the app hold ends.
    world.usage.record({
      app: 'facebookApp',
      observedAt: world.clock.now(),
      headers: { businessUseCaseUsage: { 'p-ig2': [{ type: 'instagram', callCount: 99, totalCputime: 1, totalTime: 1, estimatedMinutesToRegainAccess: 60 }] } },
    });
    await world.clock.advance(30 * MINUTE);
    await collection.runPass();
    expect(world.sources.instagram.measured().map((call) => call.platformPostId)).toEqual(['pp-a1', 'pp-a1']);
  });

  it('a sign-in the platform refuses pauses the account with plain words until it is reconnected', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.publishTarget('a2', 'ig', afterStart(-2 * HOUR + MINUTE));
    world.sources.instagram.fail('measurePost', platformErrors.tokenInvalid(true));
    const collection = world.createCollection();
    await collection.runPass();
    expect(world.sources.instagram.measured()).toHaveLength(1);
    const { problems } = collection.status();
    expect(problems).toEqual([{ accountId: 'ig', message: expect.stringContaining('Insights for Account ig are paused.') }]);
    expect(problems[0]?.message).toContain('Reconnect the account.');
    expect(problems[0]?.message).not.toMatch(/190|463/);
    expect(world.events.at(-1)?.problems).toHaveLength(1);

    await collection.runPass();
    expect(world.sources.instagram.measured()).toHaveLength(1);

    await world.clock.advance(MINUTE);
    world.reconnect('ig');
    await collection.runPass();
    expect(world.sources.instagram.measured()).toHaveLength(3);
    expect(collection.status().problems).toEqual([]);
  });

  it('a passing failure tries the same checkpoint again 15 minutes later', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.sources.instagram.fail('measurePost', platformErrors.transient());
    const collection = world.createCollection({ startDelayMs: 0 });
    collection.start();
    await world.clock.advance(0);
    expect(world.insightPost('a1')).toMatchObject({ next_checkpoint: '1h', next_due_at: afterStart(15 * MINUTE).toISOString() });
    await world.clock.advance(15 * MINUTE);
    expect(world.viewsByCheckpoint('a1')).toEqual([{ checkpoint: '1h', views: 135, at: afterStart(15 * MINUTE).toISOString() }]);
  });

  it('a measurement the platform refuses for good moves on to the next checkpoint', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.sources.instagram.fail('measurePost', platformErrors.permanent());
    await world.createCollection().runPass();
    expect(world.snapshots('a1')).toEqual([]);
    expect(world.insightPost('a1')).toMatchObject({ next_checkpoint: '24h' });
  });

  it('an empty answer stores no snapshot but moves the schedule on', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.sources.instagram.script.figures = () => ({});
    await world.createCollection().runPass();
    expect(world.snapshots()).toEqual([]);
    expect(world.insightPost('a1')).toMatchObject({ next_checkpoint: '24h' });
  });

  it('two passes racing (two collections on one database) store each checkpoint once', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.publishTarget('b1', 'tt', afterStart(-30 * HOUR));
    const first = world.createCollection();
    const second = world.createCollection();
    await Promise.all([first.runPass(), second.runPass(), first.runPass()]);
    const rows = world.snapshots();
    expect(rows.map((row) => [row.post_id, row.checkpoint, row.metric])).toEqual([
      ['a1', '1h', 'likes'],
      ['a1', '1h', 'views'],
      ['b1', '24h', 'likes'],
      ['b1', '24h', 'views'],
    ]);
    await Promise.all([first.runPass(), second.runPass()]);
    expect(world.snapshots()).toHaveLength(rows.length);
  });

  it('refreshing a post measures it now without a checkpoint; an unknown post is NOT_FOUND', async () => {
    world.publishTarget('a1', 'ig', afterStart(-10 * MINUTE));
    const collection = world.createCollection();
    collection.start();
    await collection.refreshPost('a1');
    expect(world.viewsByCheckpoint('a1')).toEqual([{ checkpoint: null, views: 10, at: afterStart(0).toISOString() }]);
    expect(world.insightPost('a1')).toMatchObject({ next_checkpoint: '1h' });
    await expect(collection.refreshPost('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refusing a refresh while the account is held says until when, in the owner’s zone', async () => {
    world.publishTarget('a1', 'ig', afterStart(-2 * HOUR));
    world.settings.timezone = 'Europe/Paris';
    world.sources.instagram.fail('measurePost', platformErrors.throttled(afterStart(HOUR), 'account'));
    const collection = world.createCollection();
    await collection.runPass();
    await expect(collection.refreshPost('a1')).rejects.toMatchObject({ code: 'RATE_LIMITED', action: 'Try again after Tue 1 Dec, 10:00 (Europe/Paris).' });
  });

  it('a disconnected account (history kept) is measured no more: nothing due, nothing pending', async () => {
    world.publishTarget('kept', 'ig', afterStart(-2 * HOUR));
    world.db.prepare("UPDATE accounts SET disconnected_at = ? WHERE id = 'ig'").run(afterStart(-HOUR).toISOString());
    const collection = world.createCollection({ startDelayMs: 0 });
    collection.start();
    await world.clock.advance(DAY);

    expect(world.insightPost('kept')).toMatchObject({ next_checkpoint: '1h' });
    expect(collection.status().pendingMeasurements).toBe(0);
    expect(world.sources.instagram.measured()).toHaveLength(0);
  });

  it('stop cancels the timers: nothing is measured afterwards', async () => {
    world.publishTarget('a1', 'ig', afterStart(0));
    const collection = world.createCollection();
    collection.start();
    await collection.stop();
    await world.clock.advance(2 * DAY);
    expect(world.sources.instagram.calls).toEqual([]);
  });
});

describe('insight collection: the daily run and imported posts', () => {
  const directory = useTempDirectory('insights-daily');
  let world: CollectionWorld;
  beforeEach(() => {
    world = createCollectionWorld(directory());
    world.addAccount('ig', 'instagram');
  });
  afterEach(async () => world.close());

  it('imports outside posts as origin imported, never doubling an Outpost post', async () => {
    world.publishTarget('t1', 'ig', afterStart(-2 * DAY), { platformPostId: 'media-1' });
    world.sources.instagram.script.found = [
      { platformPostId: 'media-2', kind: 'reel', publishedAt: afterStart(-DAY), caption: 'Posted from the phone', permalink: 'https://instagram.test/p/2' },
      { platformPostId: 'media-1', kind: 'feed', publishedAt: afterStart(-2 * DAY), caption: 'Outpost’s own', permalink: null },
    ];
    const collection = world.createCollection();
    await collection.runDaily();
    await collection.runDaily();

    expect(world.insightPosts().map((row) => [row.platform_post_id, row.origin, row.target_id])).toEqual([
      ['media-1', 'outpost', 't1'],
      ['media-2', 'imported', null],
    ]);
    // Both were past their first checkpoints: the pass after the daily run measured them.
    expect(world.snapshots().filter((row) => row.metric === 'views').map((row) => row.checkpoint)).toEqual(['24h', '24h']);
  });

  it('a post imported before its target was registered becomes the Outpost one: one row, its history kept', async () => {
    world.sources.instagram.script.found = [{ platformPostId: 'media-1', kind: 'feed', publishedAt: afterStart(-2 * HOUR), caption: 'caption', permalink: null }];
    const collection = world.createCollection();
    await collection.runDaily();
    const [imported] = world.insightPosts();
    expect(imported).toMatchObject({ origin: 'imported', target_id: null, next_checkpoint: '24h' });

    world.publishTarget('t1', 'ig', afterStart(-2 * HOUR), { platformPostId: 'media-1', caption: 'The owner’s words' });
    collection.start();
    expect(world.insightPosts()).toEqual([expect.objectContaining({ id: imported?.id, origin: 'outpost', target_id: 't1', next_checkpoint: '24h' })]);
    expect(world.insightPost(imported?.id ?? '')).toMatchObject({ caption: 'The owner’s words' });
    expect(world.snapshots(imported?.id)).toHaveLength(2);
  });

  it('an imported post older than 28 days gets one 28d measurement; a story found after its 24 hours none', async () => {
    world.sources.instagram.script.found = [
      { platformPostId: 'old', kind: 'feed', publishedAt: afterStart(-60 * DAY), caption: '', permalink: null },
      { platformPostId: 'gone-story', kind: 'story', publishedAt: afterStart(-30 * HOUR), caption: '', permalink: null },
    ];
    const collection = world.createCollection();
    await collection.runDaily();
    await world.clock.advance(40 * DAY);
    const rows = world.insightPosts();
    expect(rows.map((row) => [row.platform_post_id, row.next_checkpoint])).toEqual([
      ['old', null],
      ['gone-story', null],
    ]);
    expect(world.snapshots().filter((row) => row.metric === 'views').map((row) => [row.post_id, row.checkpoint])).toEqual([[rows[0]?.id, '28d']]);
  });

  it('collects the account’s days from 30 days back the first time, then from three days before the last one, in the owner’s zone', async () => {
    world.settings.timezone = 'Pacific/Auckland';
    // 08:00 UTC on 1 December is 21:00 on 1 December in Auckland (UTC+13).
    world.sources.instagram.script.days = (range) => [
      { day: range.since, values: { reach: 5 } },
      { day: range.until, values: { followers: 100, follower_change: 2 } },
    ];
    const collection = world.createCollection();
    collection.start();
    await collection.runDaily();
    const ranges = () => world.sources.instagram.calls.filter((call) => call.kind === 'accountDays').map((call) => call.range);
    expect(ranges()).toEqual([{ since: '2026-11-01', until: '2026-12-01' }]);

    await world.clock.advance(2 * DAY);
    // Each later run reads the last days again (DAYS_REVISITED: 3), so a day read while still running is read whole.
    expect(ranges().slice(1)).toEqual([
      { since: '2026-11-28', until: '2026-12-02' },
      { since: '2026-11-29', until: '2026-12-03' },
    ]);
    // The daily run is at 03:00 in Auckland: 14:00 UTC.
    expect(world.sources.instagram.calls.filter((call) => call.kind === 'accountDays').slice(1).map((call) => call.at.toISOString())).toEqual([
      '2026-12-01T14:00:00.000Z',
      '2026-12-02T14:00:00.000Z',
    ]);
    const days = world.db.prepare('SELECT day, metric, value FROM account_insight_days ORDER BY day, metric').all();
    expect(days).toContainEqual({ day: '2026-11-01', metric: 'reach', value: 5 });
    expect(days).toContainEqual({ day: '2026-12-03', metric: 'followers', value: 100 });
  });

  it('a revised day replaces what was stored; today’s counters are read again the same day', async () => {
    let followers = 100;
    world.sources.instagram.script.days = (range) => [{ day: range.until, values: { followers } }];
    const collection = world.createCollection();
    await collection.runDaily();
    followers = 104;
    await collection.refreshAccount('ig');
    const rows = world.db.prepare('SELECT day, metric, value FROM account_insight_days').all();
    expect(rows).toEqual([{ day: '2026-12-01', metric: 'followers', value: 104 }]);
  });

  it('on start, runs the missed daily run when the last one is more than a day old, and not otherwise', async () => {
    const first = world.createCollection();
    await first.runDaily();
    await first.stop();
    const accountDayCalls = () => world.sources.instagram.calls.filter((call) => call.kind === 'accountDays').length;
    expect(accountDayCalls()).toBe(1);

    world.clock.suspend(12 * HOUR);
    world.createCollection().start();
    await world.clock.advance(5_000);
    expect(accountDayCalls()).toBe(1);

    world.clock.suspend(2 * DAY);
    const third = world.createCollection();
    third.start();
    await world.clock.advance(5_000);
    expect(accountDayCalls()).toBe(2);
  });

  it('an account connected while Outpost runs has its history brought in at the next wake, once', async () => {
    const collection = world.createCollection({ startDelayMs: 0 });
    collection.start();
    await world.clock.advance(0);
    const accountDayCalls = (accountId: string) => world.sources.instagram.calls.filter((call) => call.kind === 'accountDays' && call.accountId === accountId).length;
    expect(accountDayCalls('ig')).toBe(1);

    world.addAccount('ig-new', 'instagram');
    collection.wake();
    await world.clock.advance(0);
    expect(accountDayCalls('ig-new')).toBe(1);
    expect(accountDayCalls('ig')).toBe(1);

    // Later wakes (every publishing change) do not collect it again.
    collection.wake();
    await world.clock.advance(0);
    expect(accountDayCalls('ig-new')).toBe(1);
  });

  it('refreshing an account imports, collects and measures now, and clears its problem', async () => {
    world.publishTarget('t1', 'ig', afterStart(-2 * HOUR));
    world.sources.instagram.fail('measurePost', platformErrors.permissionMissing());
    const collection = world.createCollection();
    await collection.runPass();
    expect(collection.status().problems).toHaveLength(1);

    const status = await collection.refreshAccount('ig');
    expect(status).toMatchObject({ problems: [], pendingMeasurements: 0, lastRunAt: afterStart(0).toISOString() });
    expect(world.viewsByCheckpoint('t1').map((row) => row.checkpoint)).toEqual(['1h']);
    await expect(collection.refreshAccount('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('status names the next daily run and re-arms it when the owner’s time zone changes', () => {
    const collection = world.createCollection();
    collection.start();
    expect(collection.status()).toMatchObject({ running: false, nextDailyRunAt: '2026-12-02T03:00:00.000Z', pendingMeasurements: 0, problems: [] });
    world.settings.timezone = 'America/New_York';
    collection.reschedule();
    expect(collection.status().nextDailyRunAt).toBe('2026-12-02T08:00:00.000Z');
  });
});
