import type { SandboxWorld } from '../world/sandboxWorld';

/**
 * Rate-limit usage as Meta reports it (reference 5.3):
 *  - X-App-Usage: {"call_count","total_cputime","total_time"}, percentages of the app's Platform
 *    budget per rolling hour; throttled at 100 (code 4);
 *  - X-Business-Use-Case-Usage: {"<object id>":[{"type","call_count","total_cputime","total_time",
 *    "estimated_time_to_regain_access"}]} for Page-token and Instagram calls, per object per 24 h;
 *    throttled at 100 (80001 Pages, 80002 Instagram; reference 5.1 lists 80000-80014).
 * Percentages grow with the calls the sandbox has seen; cputime and time are fixed fractions so
 * the three figures move together, as they roughly do in real answers.
 */
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface BusinessObject {
  id: string;
  type: 'pages' | 'instagram';
}

export interface UsageFigures {
  call_count: number;
  total_cputime: number;
  total_time: number;
}

function prune(times: number[], since: number): number[] {
  let first = 0;
  while (first < times.length && (times[first] as number) <= since) first++;
  return first === 0 ? times : times.slice(first);
}

function figures(calls: number, budget: number): UsageFigures {
  const callCount = Math.min(100, Math.floor((calls * 100) / Math.max(budget, 1)));
  return { call_count: callCount, total_cputime: Math.floor(callCount * 0.6), total_time: Math.floor(callCount * 0.8) };
}

/** Counts one Graph call against the app and, when given, the business object. */
export function recordGraphCall(world: SandboxWorld, business: BusinessObject | null): void {
  const now = world.clock.now();
  const usage = world.state.usage;
  usage.appCalls = prune(usage.appCalls, now - HOUR);
  usage.appCalls.push(now);
  if (business) {
    const entry = (usage.businessCalls[business.id] ??= { type: business.type, calls: [] });
    entry.calls = prune(entry.calls, now - DAY);
    entry.calls.push(now);
  }
}

export function appUsage(world: SandboxWorld): UsageFigures {
  const now = world.clock.now();
  const calls = world.state.usage.appCalls.filter((time) => time > now - HOUR).length;
  return figures(calls, world.settings.limits.appCallsPerHour);
}

export function businessUsage(world: SandboxWorld, business: BusinessObject): UsageFigures & { minutesToRegain: number } {
  const now = world.clock.now();
  const calls = (world.state.usage.businessCalls[business.id]?.calls ?? []).filter((time) => time > now - DAY);
  const usage = figures(calls.length, world.settings.limits.businessCallsPerDay);
  // When over budget: minutes until enough of the oldest calls leave the 24 h window.
  let minutesToRegain = 0;
  if (usage.call_count >= 100) {
    const excess = calls.length - world.settings.limits.businessCallsPerDay;
    const freedAt = (calls[Math.max(excess, 0)] ?? now) + DAY;
    minutesToRegain = Math.max(1, Math.ceil((freedAt - now) / 60_000));
  }
  return { ...usage, minutesToRegain };
}

export interface UsageOverride {
  /** Report the app as fully used (a throttling fault). */
  appExhausted?: boolean;
  /** Report the business object as fully used, with this many minutes to regain access. */
  businessExhaustedMinutes?: number;
}

export function usageHeaders(world: SandboxWorld, business: BusinessObject | null, override: UsageOverride = {}): Record<string, string> {
  const app = override.appExhausted ? { call_count: 100, total_cputime: 38, total_time: 64 } : appUsage(world);
  const headers: Record<string, string> = { 'x-app-usage': JSON.stringify(app) };
  if (business) {
    const measured = businessUsage(world, business);
    const exhausted = override.businessExhaustedMinutes !== undefined;
    const entry = {
      type: business.type,
      call_count: exhausted ? 100 : measured.call_count,
      total_cputime: exhausted ? 42 : measured.total_cputime,
      total_time: exhausted ? 71 : measured.total_time,
      estimated_time_to_regain_access: exhausted ? override.businessExhaustedMinutes : measured.minutesToRegain,
    };
    headers['x-business-use-case-usage'] = JSON.stringify({ [business.id]: [entry] });
  }
  return headers;
}
