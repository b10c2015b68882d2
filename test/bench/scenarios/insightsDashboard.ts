import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InsightsCollectionStatus, InsightsPeriod } from '../../../preload/contract';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { createInsightsQueries, type InsightsQueries } from '../../../main/insights/dashboard/insightsQueries';
import { previousPeriod } from '../../../main/insights/dashboard/insightsPeriods';
import { openOutpostDatabase } from '../../../main/store/database';
import { compare } from '../compare';
import { answerOf, createRawInsights } from '../insights/rawInsights';
import { HISTORY, seedInsightsHistory } from '../insights/seedInsights';
import type { BenchScenario, Figure } from '../scenario';

const COLLECTION: InsightsCollectionStatus = { running: false, lastRunAt: null, nextDailyRunAt: null, pendingMeasurements: 0, problems: [] };
const NINETY_DAYS: InsightsPeriod = { from: HISTORY.firstDay, to: HISTORY.lastDay };
const TWENTY_EIGHT_DAYS: InsightsPeriod = { from: '2026-03-04', to: HISTORY.lastDay };
/** post() takes well under a millisecond: each timed round opens this many posts. */
const POSTS_OPENED = 500;

type Raw = ReturnType<typeof createRawInsights>;

function compareDashboard(ours: InsightsQueries, raw: Raw, period: InsightsPeriod, label: string): Figure {
  const previous = previousPeriod(period);
  const dashboard = ours.dashboard({ period }, COLLECTION);
  // A bench that compares different work is worse than none: both sides must give the same answers.
  deepStrictEqual(answerOf(dashboard), raw.dashboard(period, previous));
  if (dashboard.headline.posts.current === null || dashboard.headline.posts.current < 3_000) throw new Error(`the period holds only ${dashboard.headline.posts.current} posts`);
  return compare({
    label: `dashboard(), ${label} (${dashboard.headline.posts.current.toLocaleString('en')} posts)`,
    iterations: 9,
    warmup: 2,
    ours: { setup: () => undefined, run: () => void ours.dashboard({ period }, COLLECTION) },
    baseline: { setup: () => undefined, run: () => void raw.dashboard(period, previous) },
  });
}

function compareCsv(ours: InsightsQueries, raw: Raw): Figure {
  const csv = ours.exportCsv('posts', { period: NINETY_DAYS }).csv;
  deepStrictEqual(csv, raw.postsCsv(NINETY_DAYS));
  return compare({
    label: `exportCsv('posts'), 90 days (${(csv.split('\r\n').length - 2).toLocaleString('en')} rows)`,
    iterations: 9,
    warmup: 2,
    ours: { setup: () => undefined, run: () => void ours.exportCsv('posts', { period: NINETY_DAYS }) },
    baseline: { setup: () => undefined, run: () => void raw.postsCsv(NINETY_DAYS) },
  });
}

function comparePost(ours: InsightsQueries, raw: Raw): Figure {
  // Spread over the history, the same posts for both sides.
  const ids = Array.from({ length: POSTS_OPENED }, (_, index) => `bench-post-${(index * 7_919) % HISTORY.posts}`);
  for (const id of ids.slice(0, 50)) {
    const detail = ours.post(id);
    deepStrictEqual(
      { history: detail.history, nextMeasurementAt: detail.nextMeasurementAt, metrics: detail.post.metrics, measuredAt: detail.post.measuredAt, accountName: detail.post.accountName },
      raw.post(id),
    );
  }
  return compare({
    label: `post() x${POSTS_OPENED}`,
    iterations: 9,
    warmup: 2,
    ours: { setup: () => undefined, run: () => ids.forEach((id) => ours.post(id)) },
    baseline: { setup: () => undefined, run: () => ids.forEach((id) => raw.post(id)) },
  });
}

export const insightsDashboardScenario: BenchScenario = {
  name: 'insights dashboard',
  baseline:
    'hand-written node:sqlite for the same answers (owner in UTC, so SQLite dates do the days and hours): latest values by a ' +
    'window function, sums, rankings and heatmap cells in SQL; 10,000 posts over 90 days, 5 snapshots of ~8 metrics each',
  run() {
    const root = mkdtempSync(join(tmpdir(), 'outpost-bench-insights-'));
    const opened = openOutpostDatabase({ file: join(root, 'insights.db'), logger: createSilentLogger() });
    try {
      seedInsightsHistory(opened.db);
      const ours = createInsightsQueries({ db: opened.db, timezone: () => 'UTC', thumbnailUrl: (id) => `outpost-media://thumbnail/${id}` });
      const raw = createRawInsights(opened.db);
      return [
        compareDashboard(ours, raw, NINETY_DAYS, '90 days'),
        compareDashboard(ours, raw, TWENTY_EIGHT_DAYS, '28 days'),
        compareCsv(ours, raw),
        comparePost(ours, raw),
      ];
    } finally {
      opened.close();
      rmSync(root, { recursive: true, force: true });
    }
  },
};
