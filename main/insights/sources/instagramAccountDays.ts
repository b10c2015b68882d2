import type { LocalDate } from '../../../preload/contract';
import { fetchFollowersCount } from '../../platforms/meta/graphFollowers';
import { fetchInstagramAccountInsights } from '../../platforms/meta/instagramInsights';
import type { AccountDay, InsightsCallContext } from '../insightsSource';
import { accountDayTable, type AccountDayTable } from './accountDayTable';
import { instagramInsightsCalls, type InstagramInsightsCalls } from './instagramCalls';
import {
  FOLLOWER_COUNT_IS_NET_CHANGE,
  FOLLOWER_COUNT_MINIMUM_FOLLOWERS,
  INSTAGRAM_ACCOUNT_DAYS_KEPT,
  INSTAGRAM_ACCOUNT_SERIES_NAMES,
  INSTAGRAM_ACCOUNT_TOTAL_NAMES,
} from './instagramMetrics';
import { totalOf } from './insightNumbers';
import { addDays, daysFrom } from '../localDates';
import { dayOfEndTime, metaDayEnd, metaDayOf, metaDayStart } from './metaDays';

/**
 * An Instagram account's days (4.2): `reach` and `follower_count` as one day series; `views`,
 * `total_interactions` and `profile_links_taps` exist only as totals over a window, so one call per
 * day (at most `INSTAGRAM_ACCOUNT_DAYS_KEPT` calls: older days are clipped, Instagram keeps 30).
 * `followers` is the account's `followers_count` now, put on today (Meta's day, at most `range.until`); the days before get it
 * less the later days' `follower_count` (new followers per day, 4.2), back as far as the series goes.
 */
export async function instagramAccountDays(context: InsightsCallContext, range: { since: LocalDate; until: LocalDate }): Promise<AccountDay[]> {
  const calls = await instagramInsightsCalls(context);
  const now = context.now();
  const followers = await fetchFollowersCount(calls.graph, { objectId: calls.igUserId, accessToken: calls.accessToken });
  const table = accountDayTable();
  const today = metaDayOf(now);
  // Today's count goes on Meta's current day (the owner's may be a day ahead), where the daily
  // changes it is walked back through are keyed.
  const countDay = range.until > today ? today : range.until;
  table.set(countDay, 'followers', followers);

  const oldestKept = addDays(today, -(INSTAGRAM_ACCOUNT_DAYS_KEPT - 1));
  const since = range.since < oldestKept ? oldestKept : range.since;
  const until = range.until > today ? today : range.until;
  if (since > until) return table.days();

  const seriesMetrics = Object.keys(INSTAGRAM_ACCOUNT_SERIES_NAMES).filter((name) => name !== 'follower_count' || followers >= FOLLOWER_COUNT_MINIMUM_FOLLOWERS);
  await readDaySeries(calls, table, { metrics: seriesMetrics, since, until, now });
  for (const day of daysFrom(since, until)) await readDayTotals(calls, table, { day, now });
  if (FOLLOWER_COUNT_IS_NET_CHANGE) deriveEarlierFollowers(table, { since, until: countDay });
  return table.days();
}

async function readDaySeries(calls: InstagramInsightsCalls, table: AccountDayTable, request: { metrics: string[]; since: LocalDate; until: LocalDate; now: Date }): Promise<void> {
  const series = await fetchInstagramAccountInsights(calls.graph, {
    igUserId: calls.igUserId,
    accessToken: calls.accessToken,
    metrics: request.metrics,
    period: 'day',
    metricType: 'time_series',
    since: metaDayStart(request.since),
    until: metaDayEnd(request.until, request.now),
  });
  for (const metric of series) {
    const name = INSTAGRAM_ACCOUNT_SERIES_NAMES[metric.name];
    if (name === undefined) continue;
    for (const point of metric.values) {
      if (point.endTime === undefined) continue;
      const day = dayOfEndTime(point.endTime);
      if (day >= request.since && day <= request.until) table.set(day, name, totalOf(point.value));
    }
  }
}

async function readDayTotals(calls: InstagramInsightsCalls, table: AccountDayTable, request: { day: LocalDate; now: Date }): Promise<void> {
  const totals = await fetchInstagramAccountInsights(calls.graph, {
    igUserId: calls.igUserId,
    accessToken: calls.accessToken,
    metrics: Object.keys(INSTAGRAM_ACCOUNT_TOTAL_NAMES),
    period: 'day',
    metricType: 'total_value',
    since: metaDayStart(request.day),
    until: metaDayEnd(request.day, request.now),
  });
  for (const metric of totals) {
    const name = INSTAGRAM_ACCOUNT_TOTAL_NAMES[metric.name];
    if (name !== undefined && metric.totalValue !== undefined) table.set(request.day, name, totalOf(metric.totalValue));
  }
}

/** followers(d) = followers(d + 1) - follower_change(d + 1), while both are known. */
export function deriveEarlierFollowers(table: AccountDayTable, range: { since: LocalDate; until: LocalDate }): void {
  for (let day = addDays(range.until, -1); day >= range.since; day = addDays(day, -1)) {
    const later = addDays(day, 1);
    const laterFollowers = table.get(later, 'followers');
    const laterChange = table.get(later, 'follower_change');
    if (laterFollowers === undefined || laterChange === undefined) return;
    table.set(day, 'followers', laterFollowers - laterChange);
  }
}
