import { scheduleJob, type Job } from 'node-schedule';
import type { Logger } from '../../diagnostics/logger';

/** The start-up pass waits this long, so opening Outpost is not slowed by platform calls. */
export const UPKEEP_START_DELAY_MS = 5_000;

/**
 * The daily pass runs at 02:00 in the owner's time zone: the laptop is most likely idle, and no
 * post is usually due. On the night a clock change skips 02:00 (New York in March), there is no
 * 02:00 and the pass runs the next night; tokens last days, so a day late is harmless.
 */
const DAILY_AT = { hour: 2, minute: 0 } as const;

export interface UpkeepScheduleDeps {
  runPass(): Promise<unknown>;
  /** The owner's IANA time zone (Settings). */
  timezone: () => string;
  logger: Logger;
  startDelayMs?: number;
}

export interface UpkeepSchedule {
  /** When the daily pass runs next (null once stopped). */
  nextRun(): Date | null;
  /** Re-arms the daily pass when the owner's time zone changed; nothing to do otherwise. */
  reschedule(): void;
  /** Cancels the start-up pass if it has not run yet, and the daily one. */
  stop(): void;
}

/**
 * Runs token upkeep once shortly after start-up and every day at 02:00 local time, with
 * node-schedule (electron-craft.md D). After a long sleep node-schedule fires the missed days back
 * to back; those calls join the pass already running (see tokenUpkeep.ts), so that costs nothing.
 */
export function scheduleUpkeep(deps: UpkeepScheduleDeps): UpkeepSchedule {
  const run = (why: 'start-up' | 'daily') => {
    // Nothing may escape a timer callback: a failed pass is logged and the next one tries again.
    void (async () => {
      try {
        await deps.runPass();
      } catch (error) {
        deps.logger.error({ why, error: error instanceof Error ? error.message : String(error) }, 'upkeep: pass failed');
      }
    })();
  };

  const startup = setTimeout(() => run('start-up'), deps.startDelayMs ?? UPKEEP_START_DELAY_MS);

  let zone = deps.timezone();
  let stopped = false;
  const arm = (): Job | null => {
    // scheduleJob answers null when it cannot arm the rule, although its types do not say so.
    const job = scheduleJob({ ...DAILY_AT, tz: zone }, () => run('daily'));
    if (!job) deps.logger.error({ timezone: zone }, 'upkeep: could not arm the daily pass');
    return job;
  };
  let daily = arm();

  return {
    nextRun() {
      // node-schedule keeps a CronDate here despite its `Date` type; normalise it.
      const next = daily?.nextInvocation();
      return next ? new Date(next.getTime()) : null;
    },
    reschedule() {
      const current = deps.timezone();
      if (stopped || (current === zone && daily)) return;
      zone = current;
      daily?.cancel();
      daily = arm();
      deps.logger.info({ timezone: zone }, 'upkeep: daily pass re-armed for the time zone');
    },
    stop() {
      stopped = true;
      clearTimeout(startup);
      daily?.cancel();
      daily = null;
    },
  };
}
