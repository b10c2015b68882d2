import type { AccountDayMetric, InsightsDay, InsightsPeriod, LocalDate } from '../../../preload/contract';
import { addDays } from '../localDates';

/**
 * One row of `account_insight_days`. Its day is the platform's reporting day, taken as the owner's
 * day as it is: platforms report whole days and cannot be re-cut to another zone.
 */
export interface AccountDayValue {
  accountId: string;
  day: LocalDate;
  metric: AccountDayMetric;
  value: number;
}

/**
 * Every day of `days`, each metric summed over the accounts that reported it that day; null where
 * none did (a day nobody measured is unknown, not 0). A day's follower change is, per account, the
 * change it reports, else the difference of its counts that day and the day before (TikTok gives
 * counts only), so accounts whose counts start late add no cliff. `values` must hold the day
 * before the first of `days` too.
 */
export function dailySeries(values: readonly AccountDayValue[], days: readonly LocalDate[]): InsightsDay[] {
  const sums = new Map<string, number>();
  const add = (key: string, value: number) => sums.set(key, (sums.get(key) ?? 0) + value);
  const counts = new Map<string, number>();
  const reportedChange = new Set<string>();
  for (const { accountId, day, metric, value } of values) {
    add(`${day} ${metric}`, value);
    if (metric === 'followers') counts.set(`${accountId} ${day}`, value);
    if (metric === 'follower_change') reportedChange.add(`${accountId} ${day}`);
  }
  for (const [key, value] of counts) {
    const [accountId = '', day = ''] = key.split(' ');
    const before = counts.get(`${accountId} ${addDays(day, -1)}`);
    if (before !== undefined && !reportedChange.has(key)) add(`${day} derived_change`, value - before);
  }
  return days.map((day) => {
    const sum = (metric: AccountDayMetric | 'derived_change') => sums.get(`${day} ${metric}`) ?? null;
    const reported = sum('follower_change');
    const derived = sum('derived_change');
    return {
      day,
      views: sum('views'),
      reach: sum('reach'),
      interactions: sum('interactions'),
      followers: sum('followers'),
      followerChange: reported === null && derived === null ? null : (reported ?? 0) + (derived ?? 0),
    };
  });
}

/**
 * Follower change over a period, account by account, then summed over the accounts where it is
 * known (null when it is known for none): the sum of the account's daily `follower_change` in the
 * period where it reports one; otherwise its followers on the last day of the period that has a
 * count (today's is often not collected yet) minus its followers on the day before the period.
 * `values` must hold the day before the period too.
 */
export function followerChange(values: readonly AccountDayValue[], period: InsightsPeriod): number | null {
  const start = addDays(period.from, -1);
  const accounts = new Map<string, { changes: number | null; before: number | null; last: { day: LocalDate; value: number } | null }>();
  for (const { accountId, day, metric, value } of values) {
    const account = accounts.get(accountId) ?? { changes: null, before: null, last: null };
    accounts.set(accountId, account);
    const inPeriod = day >= period.from && day <= period.to;
    if (metric === 'follower_change' && inPeriod) account.changes = (account.changes ?? 0) + value;
    if (metric === 'followers' && day === start) account.before = value;
    if (metric === 'followers' && inPeriod && (account.last === null || day > account.last.day)) account.last = { day, value };
  }
  let total: number | null = null;
  for (const { changes, before, last } of accounts.values()) {
    const change = changes ?? (before !== null && last !== null ? last.value - before : null);
    if (change !== null) total = (total ?? 0) + change;
  }
  return total;
}
