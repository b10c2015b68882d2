import type { TargetProblem } from '../../../preload/contract';
import { LATE_AFTER_MS } from '../schedulingRules';

/**
 * A target whose time passed before it was ever tried (Outpost was closed or the computer slept):
 * within the owner's grace window it goes out at once, and says it was late; beyond it, it is held
 * as missed for the owner to publish now, reschedule or skip (DESIGN.md section 4).
 */
export interface MissedCheck {
  dueAt: Date;
  now: Date;
  graceMinutes: number;
  /** When this engine last looked at the queue, or null on its first look (start-up). */
  lastLookAt: Date | null;
  paused: boolean;
}

/**
 * Whether a never-tried target is missed, and why: its time is more than the grace window ago and
 * nothing could publish it then, because Outpost was not running (closed or asleep: the engine
 * last looked before its time) or publishing was paused. One the engine saw due while running,
 * waiting its turn (another post of the account, a throttle), is late, not missed.
 */
export function missedBecause({ dueAt, now, graceMinutes, lastLookAt, paused }: MissedCheck): MissedBecause | null {
  if (now.getTime() - dueAt.getTime() <= graceMinutes * 60_000) return null;
  if (lastLookAt === null || dueAt.getTime() > lastLookAt.getTime()) return 'notRunning';
  return paused ? 'paused' : null;
}

/** Whole minutes after its time a post went out, or null when that is within LATE_AFTER_MS (on time). */
export function lateByMinutes(dueAt: Date, wentOutAt: Date): number | null {
  const late = wentOutAt.getTime() - dueAt.getTime();
  return late > LATE_AFTER_MS ? Math.round(late / 60_000) : null;
}

/** Why nothing published it in time: Outpost was closed or asleep, or the owner paused publishing. */
export type MissedBecause = 'notRunning' | 'paused';

export function missedProblem(dueAt: Date, zone: string, now: Date, because: MissedBecause): TargetProblem {
  const why = because === 'paused' ? 'publishing was paused' : 'Outpost was not running';
  return {
    code: 'SCHEDULE_INVALID',
    message: `Missed its time (${ownerTime(dueAt, zone, now, 'weekday')}) while ${why}.`,
    action: 'Publish now, reschedule or skip it.',
  };
}

/**
 * Why a first attempt started after its time: Outpost was not running (closed or asleep: the
 * engine last looked before its time), publishing was paused (every look since was paused), or it
 * waited its turn (another post of the account, a throttle, the posting limit).
 */
export type LateStart = 'notRunning' | 'paused' | 'waited';

export function whyStartedLate(dueAt: Date, lastLookAt: Date | null, lastUnpausedLookAt: Date | null): LateStart {
  if (lastLookAt === null || dueAt.getTime() > lastLookAt.getTime()) return 'notRunning';
  if (lastUnpausedLookAt === null || dueAt.getTime() > lastUnpausedLookAt.getTime()) return 'paused';
  return 'waited';
}

/**
 * The timeline line of a late post: why its first attempt started late, or `retried` when it
 * started on time and retries made it late; null when that is not known (a restart forgot it).
 */
export function lateMessage(minutes: number, dueAt: Date, zone: string, now: Date, why: LateStart | 'retried' | null): string {
  const late = `Went out ${duration(minutes)} late`;
  const at = () => ownerTime(dueAt, zone, now, 'auto');
  switch (why) {
    case 'notRunning':
      return `${late}: Outpost was not running at ${at()}.`;
    case 'paused':
      return `${late}: publishing was paused at ${at()}.`;
    case 'waited':
      return `${late}: it waited its turn (see the lines above).`;
    case 'retried':
      return `${late}: it had to try again (see the lines above).`;
    case null:
      return `${late}.`;
  }
}

/**
 * A time in the owner's zone as they would say it: "09:00" today, "Tue 09:00" within the week,
 * "Tue 1 Dec, 09:00" further away. `weekday` always names the day.
 */
export function ownerTime(at: Date, zone: string, now: Date, style: 'auto' | 'weekday'): string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { ...options, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(at);
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });
  if (Math.abs(now.getTime() - at.getTime()) > 6 * 24 * 60 * 60_000) return format({ weekday: 'short', day: 'numeric', month: 'short' });
  if (style === 'auto' && day.format(at) === day.format(now)) return format({});
  return format({ weekday: 'short' });
}

function duration(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}
