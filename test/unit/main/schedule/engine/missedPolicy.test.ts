import { describe, expect, it } from 'vitest';
import { lateByMinutes, lateMessage, missedBecause, missedProblem, ownerTime, whyStartedLate } from '../../../../../main/schedule/engine/missedPolicy';

const at = (iso: string) => new Date(iso);
const DUE = at('2026-12-01T09:00:00.000Z'); // a Tuesday

describe('missed policy', () => {
  const check = (now: string, lastLookAt: string | null, paused = false) =>
    missedBecause({ dueAt: DUE, now: at(now), graceMinutes: 120, lastLookAt: lastLookAt === null ? null : at(lastLookAt), paused });

  it('publishes within the grace window and holds as missed beyond it', () => {
    expect(check('2026-12-01T11:00:00.000Z', null)).toBeNull();
    expect(check('2026-12-01T11:00:00.001Z', null)).toBe('notRunning');
  });

  it('calls missed only what nothing could publish: Outpost not running, or paused', () => {
    // Looked at 08:59, then nothing until 11:30: closed or asleep.
    expect(check('2026-12-01T11:30:00.000Z', '2026-12-01T08:59:00.000Z')).toBe('notRunning');
    // Looked at it while due (it waited its turn): late, not missed.
    expect(check('2026-12-01T11:30:00.000Z', '2026-12-01T11:29:00.000Z')).toBeNull();
    expect(check('2026-12-01T11:30:00.000Z', '2026-12-01T11:29:00.000Z', true)).toBe('paused');
    // Paused, but closed at the time: it is the closing that missed it.
    expect(check('2026-12-01T11:30:00.000Z', null, true)).toBe('notRunning');
  });

  it('says why a first attempt started late', () => {
    expect(whyStartedLate(DUE, null, null)).toBe('notRunning');
    expect(whyStartedLate(DUE, at('2026-12-01T08:59:00.000Z'), at('2026-12-01T08:59:00.000Z'))).toBe('notRunning');
    expect(whyStartedLate(DUE, at('2026-12-01T09:30:00.000Z'), at('2026-12-01T08:59:00.000Z'))).toBe('paused');
    expect(whyStartedLate(DUE, at('2026-12-01T09:30:00.000Z'), at('2026-12-01T09:30:00.000Z'))).toBe('waited');
  });

  it('counts lateness only beyond a minute, in whole minutes', () => {
    expect(lateByMinutes(DUE, at('2026-12-01T09:01:00.000Z'))).toBeNull();
    expect(lateByMinutes(DUE, at('2026-12-01T09:01:00.001Z'))).toBe(1);
    expect(lateByMinutes(DUE, at('2026-12-01T09:37:20.000Z'))).toBe(37);
  });

  it('words lateness and misses in the owner’s time zone', () => {
    const now = at('2026-12-01T09:37:00.000Z');
    expect(lateMessage(37, DUE, 'America/New_York', now, 'notRunning')).toBe('Went out 37 minutes late: Outpost was not running at 04:00.');
    expect(lateMessage(61, DUE, 'UTC', now, 'paused')).toBe('Went out 1 hour 1 minute late: publishing was paused at 09:00.');
    expect(lateMessage(120, DUE, 'UTC', now, 'retried')).toBe('Went out 2 hours late: it had to try again (see the lines above).');
    expect(lateMessage(5, DUE, 'UTC', now, null)).toBe('Went out 5 minutes late.');
    expect(missedProblem(DUE, 'Asia/Tokyo', at('2026-12-01T12:00:00.000Z'), 'notRunning')).toEqual({
      code: 'SCHEDULE_INVALID',
      message: 'Missed its time (Tue 18:00) while Outpost was not running.',
      action: 'Publish now, reschedule or skip it.',
    });
  });

  it('names the day when it is not today, and the date when it is more than a week away', () => {
    expect(ownerTime(DUE, 'UTC', at('2026-12-01T20:00:00.000Z'), 'auto')).toBe('09:00');
    expect(ownerTime(DUE, 'UTC', at('2026-12-02T08:00:00.000Z'), 'auto')).toBe('Tue 09:00');
    expect(ownerTime(DUE, 'UTC', at('2026-12-09T08:00:00.000Z'), 'auto')).toBe('Tue 1 Dec, 09:00');
    expect(ownerTime(DUE, 'UTC', at('2026-12-01T20:00:00.000Z'), 'weekday')).toBe('Tue 09:00');
  });
});
