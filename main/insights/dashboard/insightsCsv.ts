import { AccountDayMetric, InsightMetric, type InsightPost, type InsightsPeriod, type Platform } from '../../../preload/contract';
import type { AccountDayValue } from './accountDays';
import { isoWithOffset, offsetsBetween } from './zoneOffsets';

type Cell = string | number | null;

/** A day of an account with the names the daily export shows. */
export interface NamedAccountDayValue extends AccountDayValue {
  accountName: string;
  platform: Platform;
}

/**
 * A text cell that starts with = + - @ (or a tab or carriage return) is read as a formula by
 * spreadsheet apps, and a caption is text anyone could have written: "=HYPERLINK(...)" would run
 * when the owner opens the export. A leading apostrophe makes it plain text (OWASP's CSV injection
 * advice). Numbers are written as numbers, so a follower change of -5 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, inner quotes doubled. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, then the rows, every line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export const exportFileName = (kind: 'posts' | 'daily', period: InsightsPeriod) => `outpost-${kind}-${period.from}-to-${period.to}.csv`;

/**
 * The period's posts, one row each: account, platform, kind, published time (owner's zone, ISO with
 * its offset), caption, permalink, every metric's latest value (empty when the post has none),
 * engagement rate and when it was last measured (owner's zone).
 */
export function postsCsv(posts: readonly InsightPost[], timeZone: string): string {
  const instants = posts.flatMap((post) => [Date.parse(post.publishedAt), ...(post.measuredAt === null ? [] : [Date.parse(post.measuredAt)])]);
  const earliest = instants.reduce((min, ms) => Math.min(min, ms), Number.POSITIVE_INFINITY);
  const latest = instants.reduce((max, ms) => Math.max(max, ms), Number.NEGATIVE_INFINITY);
  const offsetAt = instants.length === 0 ? () => 0 : offsetsBetween(timeZone, earliest, latest);
  const local = (instant: string) => {
    const ms = Date.parse(instant);
    return isoWithOffset(ms, offsetAt(ms));
  };
  const header = ['account', 'platform', 'kind', 'published_at', 'caption', 'permalink', ...InsightMetric.options, 'engagement_rate', 'measured_at'];
  const rows = posts.map((post) => [
    post.accountName,
    post.platform,
    post.kind,
    local(post.publishedAt),
    post.caption,
    post.permalink,
    ...InsightMetric.options.map((metric) => post.metrics[metric] ?? null),
    post.engagementRate,
    post.measuredAt === null ? null : local(post.measuredAt),
  ]);
  return csvDocument(header, rows);
}

/** One row per day and account that has figures, oldest day first, with every account metric. */
export function dailyCsv(values: readonly NamedAccountDayValue[]): string {
  const rows = new Map<string, { day: string; accountId: string; accountName: string; platform: Platform; values: Map<AccountDayMetric, number> }>();
  for (const value of values) {
    const key = `${value.day} ${value.accountId}`;
    const row = rows.get(key) ?? { day: value.day, accountId: value.accountId, accountName: value.accountName, platform: value.platform, values: new Map() };
    row.values.set(value.metric, value.value);
    rows.set(key, row);
  }
  const ordered = [...rows.values()].sort((a, b) => a.day.localeCompare(b.day) || a.accountName.localeCompare(b.accountName) || a.accountId.localeCompare(b.accountId));
  return csvDocument(
    ['day', 'account', 'platform', ...AccountDayMetric.options],
    ordered.map((row) => [row.day, row.accountName, row.platform, ...AccountDayMetric.options.map((metric) => row.values.get(metric) ?? null)]),
  );
}
