import { invalidParameter } from '../meta/graphError';

/**
 * `scheduled_publish_time` (reference 3): a Unix timestamp, an ISO-8601 string, or a relative
 * strtotime()-style string ("+2 hours"); at least 10 minutes and at most 30 days ahead (the
 * reference settles on 30 days, the safe end of what sources say). Only with published=false.
 */
const MINUTE = 60 * 1000;
export const MIN_LEAD_MS = 10 * MINUTE;
export const MAX_LEAD_MS = 30 * 24 * 60 * MINUTE;

const units: Record<string, number> = { second: 1_000, minute: MINUTE, hour: 60 * MINUTE, day: 24 * 60 * MINUTE, week: 7 * 24 * 60 * MINUTE };

export function parseScheduledTime(raw: string, now: number): number {
  const value = raw.trim();
  let at: number;
  if (/^\d+$/.test(value)) at = Number(value) * 1000;
  else {
    const relative = /^\+\s*(\d+)\s*(second|minute|hour|day|week)s?$/i.exec(value);
    if (relative) at = now + Number(relative[1]) * (units[(relative[2] ?? '').toLowerCase()] ?? 0);
    else at = /\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  }
  if (!Number.isFinite(at)) throw invalidParameter('(#100) The specified scheduled publish time is invalid.');
  return Math.floor(at / 1000) * 1000;
}

export function checkSchedulingWindow(at: number, now: number): void {
  if (at < now + MIN_LEAD_MS || at > now + MAX_LEAD_MS) {
    throw invalidParameter('(#100) The specified scheduled publish time is invalid.', {
      userTitle: 'Invalid scheduled publish time',
      userMessage: 'The scheduled publish time must be between 10 minutes and 30 days from now.',
    });
  }
}

/** Reads scheduled_publish_time with its companion rule: it needs published=false. */
export function readSchedule(raw: string | undefined, published: boolean | undefined, now: number): number | null {
  if (raw === undefined) return null;
  if (published !== false) throw invalidParameter('(#100) Cannot specify a scheduled publish time on a published post; set published=false');
  const at = parseScheduledTime(raw, now);
  checkSchedulingWindow(at, now);
  return at;
}
