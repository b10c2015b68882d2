import { z } from 'zod';

/**
 * Meta's rate-limit usage headers [S56] [S58]. Both are JSON in a header, with percentages of the
 * limit (throttled at 100). A header that is missing or not what the reference describes is
 * treated as absent: usage figures help the scheduler, they never fail a call.
 */

/** `X-App-Usage`: the app's share of its hourly Platform limit. */
export interface AppUsage {
  callCount: number;
  totalCputime: number;
  totalTime: number;
}

/** One entry of `X-Business-Use-Case-Usage` for one business or object id. */
export interface BusinessUseCaseUsage extends AppUsage {
  /** The BUC type, e.g. `pages` or `instagram`. */
  type: string;
  /** Minutes until calls are accepted again; 0 when not throttled. */
  estimatedMinutesToRegainAccess: number;
}

export interface UsageHeaders {
  appUsage?: AppUsage;
  /** Keyed by the business or object id (a Page id, an Instagram user id) the header names. */
  businessUseCaseUsage?: Record<string, BusinessUseCaseUsage[]>;
}

/** Mixpost marks an app or account "about to exceed" above 90 percent [S60]. */
export const ABOUT_TO_EXCEED_PERCENT = 90;

const percent = z.number().finite().nonnegative().default(0);

const AppUsageHeader = z.object({ call_count: percent, total_cputime: percent, total_time: percent });

const BusinessUseCaseHeader = z.record(
  z.string(),
  z.array(
    AppUsageHeader.extend({
      type: z.string().default('unknown'),
      estimated_time_to_regain_access: percent,
    }),
  ),
);

export function parseAppUsageHeader(value: unknown): AppUsage | undefined {
  const parsed = AppUsageHeader.safeParse(parseJsonHeader(value));
  if (!parsed.success) return undefined;
  const { call_count, total_cputime, total_time } = parsed.data;
  return { callCount: call_count, totalCputime: total_cputime, totalTime: total_time };
}

export function parseBusinessUseCaseUsageHeader(value: unknown): Record<string, BusinessUseCaseUsage[]> | undefined {
  const parsed = BusinessUseCaseHeader.safeParse(parseJsonHeader(value));
  if (!parsed.success) return undefined;
  return Object.fromEntries(
    Object.entries(parsed.data).map(([id, entries]) => [
      id,
      entries.map((entry) => ({
        type: entry.type,
        callCount: entry.call_count,
        totalCputime: entry.total_cputime,
        totalTime: entry.total_time,
        estimatedMinutesToRegainAccess: entry.estimated_time_to_regain_access,
      })),
    ]),
  );
}

/** Reads both headers from a response's headers (names in any case). */
export function readUsageHeaders(headers: Readonly<Record<string, unknown>>): UsageHeaders {
  const lookup = (name: string) =>
    Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const appUsage = parseAppUsageHeader(lookup('x-app-usage'));
  const businessUseCaseUsage = parseBusinessUseCaseUsageHeader(lookup('x-business-use-case-usage'));
  return { ...(appUsage && { appUsage }), ...(businessUseCaseUsage && { businessUseCaseUsage }) };
}

/** The highest of the three percentages, the one that decides when throttling starts. */
export function peakPercent(usage: AppUsage): number {
  return Math.max(usage.callCount, usage.totalCputime, usage.totalTime);
}

function parseJsonHeader(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
