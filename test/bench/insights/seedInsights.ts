import type { DatabaseSync } from 'node:sqlite';
import type { AccountDayMetric, InsightCheckpoint, InsightMetric, Platform } from '../../../preload/contract';
import { inTransaction } from '../../../main/store/transaction';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The shape of the history: 10,000 posts over 90 days, 5 measurements each, 90 account days. */
export const HISTORY = {
  posts: 10_000,
  days: 90,
  firstDay: '2026-01-01',
  lastDay: '2026-03-31',
};

const CHECKPOINTS: readonly [InsightCheckpoint, number][] = [
  ['1h', HOUR_MS],
  ['24h', DAY_MS],
  ['72h', 3 * DAY_MS],
  ['7d', 7 * DAY_MS],
  ['28d', 28 * DAY_MS],
];

/** What each platform measures on a post, as the sources map it (about 8 a measurement). */
const METRICS: Record<Platform, readonly InsightMetric[]> = {
  instagram: ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'interactions', 'profile_activity'],
  facebook: ['views', 'reach', 'likes', 'comments', 'shares', 'clicks', 'interactions'],
  tiktok: ['views', 'likes', 'comments', 'shares', 'interactions'],
};

/** Two Instagram accounts, a Page and a TikTok account: TikTok gives views, no reach. */
export const BENCH_ACCOUNTS: readonly { id: string; platform: Platform; name: string }[] = [
  { id: 'bench-ig-a', platform: 'instagram', name: 'rosies.bakery' },
  { id: 'bench-ig-b', platform: 'instagram', name: 'rosies.kitchen' },
  { id: 'bench-fb', platform: 'facebook', name: "Rosie's Bakery" },
  { id: 'bench-tt', platform: 'tiktok', name: 'Rosie on TikTok' },
];

/** A small deterministic generator (a linear congruential one), so every run seeds the same rows. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const CAPTIONS = ['Fresh sourdough today', 'New: rye, spelt and "seeded" loaves', '=Weekend special, 2 for 1', 'Behind the scenes\nat 5am', '-20% on croissants'];

/**
 * Fills a migrated database with the history, in one transaction: posts spread over the 90 days,
 * each measured at 1h, 24h, 72h, 7d and 28d with growing whole-number figures (so sums are exact
 * on both sides), and a day per account with followers (TikTok: the count only, so its follower
 * change comes from counts) and the daily figures.
 */
export function seedInsightsHistory(db: DatabaseSync): void {
  const random = numbers(8);
  const start = Date.parse(`${HISTORY.firstDay}T00:00:00.000Z`);
  inTransaction(db, () => {
    const account = db.prepare("INSERT INTO accounts (id, platform, platform_account_id, display_name, is_demo, created_at) VALUES (?, ?, ?, ?, 1, '2025-12-01T00:00:00.000Z')");
    for (const { id, platform, name } of BENCH_ACCOUNTS) account.run(id, platform, id, name);
    const post = db.prepare(`INSERT INTO insight_posts (id, account_id, platform, platform_post_id, origin, kind, published_at, caption, permalink, thumbnail_media_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const snapshot = db.prepare('INSERT INTO insight_snapshots (post_id, taken_at, checkpoint, metric, value) VALUES (?, ?, ?, ?, ?)');
    for (let index = 0; index < HISTORY.posts; index += 1) {
      const owner = BENCH_ACCOUNTS[index % BENCH_ACCOUNTS.length];
      if (owner === undefined) throw new Error('unreachable: the index is taken modulo the accounts');
      const publishedMs = start + Math.floor(random() * HISTORY.days * DAY_MS);
      const id = `bench-post-${index}`;
      const kind = owner.platform === 'instagram' ? 'feed' : owner.platform === 'facebook' ? 'photo' : 'video';
      const outpost = index % 3 === 0;
      post.run(id, owner.id, owner.platform, `platform-${index}`, outpost ? 'outpost' : 'imported', kind, new Date(publishedMs).toISOString(),
        CAPTIONS[index % CAPTIONS.length] ?? '', `https://example.com/p/${index}`, outpost ? `media-${index}` : null);
      const audience = 200 + Math.floor(random() * 5_000);
      const engaged = 0.01 + random() * 0.1;
      CHECKPOINTS.forEach(([checkpoint, afterMs], step) => {
        const grown = audience * (step + 1);
        const takenAt = new Date(publishedMs + afterMs).toISOString();
        for (const metric of METRICS[owner.platform]) {
          const value = metric === 'views' ? Math.round(grown * 1.4) : metric === 'reach' ? grown : Math.round(grown * engaged * (metric === 'interactions' ? 1 : 0.3));
          snapshot.run(id, takenAt, checkpoint, metric, value);
        }
      });
    }
    const day = db.prepare("INSERT INTO account_insight_days (account_id, day, metric, value, collected_at) VALUES (?, ?, ?, ?, '2026-04-01T01:00:00.000Z')");
    for (const { id, platform } of BENCH_ACCOUNTS) {
      let followers = 1_000 + Math.floor(random() * 10_000);
      // From the day before the first: the follower change of the first period needs it.
      for (let offset = -1; offset < HISTORY.days; offset += 1) {
        const date = new Date(start + offset * DAY_MS).toISOString().slice(0, 10);
        const change = Math.floor(random() * 40) - 10;
        followers += change;
        const values: [AccountDayMetric, number][] = [
          ['followers', followers],
          ['views', Math.floor(random() * 20_000)],
          ['reach', Math.floor(random() * 8_000)],
          ['interactions', Math.floor(random() * 900)],
        ];
        if (platform !== 'tiktok') values.push(['follower_change', change]);
        for (const [metric, value] of values) day.run(id, date, metric, value);
      }
    }
  });
}
