import type { DatabaseSync } from 'node:sqlite';
import type {
  InsightMeasurement,
  InsightPost,
  InsightPostDetail,
  InsightsCollectionStatus,
  InsightsDashboard,
  InsightsExport,
  InsightsQuery,
  SlotSuggestions,
} from '../../../preload/contract';
import { dailySeries, followerChange } from './accountDays';
import { bestTimes, type RatedPost } from './bestTimes';
import { InsightPostNotFoundError } from '../insightsErrors';
import { headlineOf, periodTotals } from './headline';
import { dailyCsv, exportFileName, postsCsv } from './insightsCsv';
import { addDays } from '../localDates';
import { periodDays, periodInstants, previousPeriod } from './insightsPeriods';
import { createInsightsReads, type InsightsFilter, type PostRecord, type StoredSnapshot } from './insightsReads';
import { notAvailableFor } from './notAvailableMetrics';
import { engagementRate, latestFigures } from './postFigures';
import { rankedPosts } from './rankedPosts';
import { suggestedSlots } from './slotSuggestions';

export interface InsightsQueriesDeps {
  db: DatabaseSync;
  /** The owner's IANA zone: days, periods and best-time cells are in it. */
  timezone(): string;
  /** Where the renderer loads a local media item's thumbnail (core passes deps.mediaUrl('thumbnail', id)). */
  thumbnailUrl(mediaId: string): string;
}

/** What the dashboard asks of the stored history. Reads only: collection writes the tables. */
export interface InsightsQueries {
  dashboard(query: InsightsQuery, collection: InsightsCollectionStatus): InsightsDashboard;
  /** NOT_FOUND (InsightPostNotFoundError) for a post the history does not hold. */
  post(postId: string): InsightPostDetail;
  exportCsv(kind: 'posts' | 'daily', query: InsightsQuery): InsightsExport;
  suggestSlots(accountId: string): SlotSuggestions;
}

/** A post's snapshots as measurements: those taken at the same time are one, oldest first. */
function measurementsOf(snapshots: readonly StoredSnapshot[]): InsightMeasurement[] {
  const measurements = new Map<string, InsightMeasurement>();
  for (const { takenAt, checkpoint, metric, value } of snapshots) {
    const measurement = measurements.get(takenAt) ?? { at: takenAt, checkpoint: null, values: {} };
    measurement.checkpoint ??= checkpoint;
    measurement.values[metric] = value;
    measurements.set(takenAt, measurement);
  }
  return [...measurements.values()];
}

export function createInsightsQueries(deps: InsightsQueriesDeps): InsightsQueries {
  const reads = createInsightsReads(deps.db);

  const toInsightPost = (record: PostRecord): InsightPost => ({
    postId: record.postId,
    targetId: record.targetId,
    origin: record.origin,
    accountId: record.accountId,
    accountName: record.accountName,
    platform: record.platform,
    kind: record.kind,
    publishedAt: record.publishedAt,
    caption: record.caption,
    permalink: record.permalink,
    thumbnailUrl: record.thumbnailMediaId === null ? null : deps.thumbnailUrl(record.thumbnailMediaId),
    metrics: record.figures,
    engagementRate: engagementRate(record.figures),
    measuredAt: record.measuredAt,
  });

  const bestTimesOf = (filter: InsightsFilter, timeZone: string) =>
    bestTimes(
      reads.rateFiguresOfAllPosts(filter).flatMap((post): RatedPost[] => {
        const rate = engagementRate(post.figures);
        return rate === null ? [] : [{ publishedAtMs: Date.parse(post.publishedAt), engagementRate: rate }];
      }),
      timeZone,
    );

  const periodPosts = (query: InsightsQuery, timeZone: string) => {
    const { start, end } = periodInstants(query.period, timeZone);
    return reads.postsPublishedBetween(start, end, query).map(toInsightPost);
  };

  return {
    dashboard(query, collection) {
      const timeZone = deps.timezone();
      const { period } = query;
      const previous = previousPeriod(period);
      const current = periodInstants(period, timeZone);
      // One read for both periods: they are adjacent, the previous one ending where this one starts.
      const posts = reads.postsPublishedBetween(periodInstants(previous, timeZone).start, current.end, query).map(toInsightPost);
      const currentPosts = posts.filter((post) => post.publishedAt >= current.start);
      const previousPosts = posts.filter((post) => post.publishedAt < current.start);
      // From the day before the previous period: follower change compares against it.
      const days = reads.accountDays(addDays(previous.from, -1), period.to, query);
      return {
        period,
        previousPeriod: previous,
        timezone: timeZone,
        headline: headlineOf(
          periodTotals(currentPosts.map((post) => post.metrics), followerChange(days, period)),
          periodTotals(previousPosts.map((post) => post.metrics), followerChange(days, previous)),
        ),
        daily: dailySeries(days, periodDays(period)),
        ...rankedPosts(currentPosts),
        bestTimes: bestTimesOf(query, timeZone),
        collection,
      };
    },

    post(postId) {
      const stored = reads.post(postId);
      if (stored === undefined) throw new InsightPostNotFoundError();
      const snapshots = reads.snapshots(postId);
      const record = { ...stored, ...latestFigures(snapshots) };
      return {
        post: toInsightPost(record),
        history: measurementsOf(snapshots),
        nextMeasurementAt: record.nextDueAt,
        notAvailable: notAvailableFor(record.platform, record.kind),
      };
    },

    exportCsv(kind, query) {
      const timeZone = deps.timezone();
      const csv =
        kind === 'posts' ? postsCsv(periodPosts(query, timeZone), timeZone) : dailyCsv(reads.accountDays(query.period.from, query.period.to, query));
      return { fileName: exportFileName(kind, query.period), csv };
    },

    suggestSlots(accountId) {
      const times = bestTimesOf({ accountIds: [accountId] }, deps.timezone());
      return { accountId, slots: suggestedSlots(times), enoughData: times.enoughData };
    },
  };
}
