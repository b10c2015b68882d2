import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleUpkeep, UPKEEP_START_DELAY_MS, type UpkeepSchedule } from '../../../../../main/accounts/upkeep/upkeepSchedule';
import { capturingLogger } from './capturingLogger';

/**
 * The daily pass at 02:00 in the owner's zone, the deferred start-up pass, re-arming on a zone
 * change. Expected instants are worked out by hand from each zone's UTC offset on that date.
 */
describe('upkeep schedule', () => {
  let schedule: UpkeepSchedule | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    schedule?.stop();
    schedule = undefined;
    vi.useRealTimers();
  });

  function start(zone: { current: string }, runPass = vi.fn(async () => undefined)) {
    const log = capturingLogger();
    schedule = scheduleUpkeep({ runPass, timezone: () => zone.current, logger: log.logger });
    return { runPass, schedule, lines: log.lines };
  }

  it('runs daily at 02:00 in New York, in EST after the clocks fall back', async () => {
    // Saturday 31 October 2026, 08:00 in New York (EDT, UTC-4). The clocks fall back at 02:00 EDT
    // on Sunday 1 November, so that night's 02:00 is EST (UTC-5): 07:00 UTC, not 06:00.
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const { runPass, schedule } = start({ current: 'America/New_York' });
    expect(schedule.nextRun()?.toISOString()).toBe('2026-11-01T07:00:00.000Z');

    await vi.advanceTimersByTimeAsync(UPKEEP_START_DELAY_MS); // the start-up pass
    runPass.mockClear();
    await vi.advanceTimersToNextTimerAsync();
    expect(Date.now()).toBe(Date.parse('2026-11-01T07:00:00Z'));
    expect(runPass).toHaveBeenCalledTimes(1);
    expect(schedule.nextRun()?.toISOString()).toBe('2026-11-02T07:00:00.000Z');
  });

  it('skips to the next night when spring-forward jumps over 02:00 in New York', () => {
    // Sunday 8 March 2026, New York goes from 01:59 EST straight to 03:00 EDT: no 02:00 that day.
    // Monday's 02:00 EDT (UTC-4) is 06:00 UTC.
    vi.setSystemTime(new Date('2026-03-07T12:00:00Z'));
    const { schedule } = start({ current: 'America/New_York' });
    expect(schedule.nextRun()?.toISOString()).toBe('2026-03-09T06:00:00.000Z');
  });

  it('runs at 02:00 in Tokyo (UTC+9, no daylight saving)', () => {
    // 12:00 UTC on 31 October is 21:00 in Tokyo; the next 02:00 there is 17:00 UTC that day.
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const { schedule } = start({ current: 'Asia/Tokyo' });
    expect(schedule.nextRun()?.toISOString()).toBe('2026-10-31T17:00:00.000Z');
  });

  it('runs once shortly after start-up, not during it', async () => {
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const { runPass } = start({ current: 'UTC' });
    expect(runPass).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(UPKEEP_START_DELAY_MS - 1);
    expect(runPass).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(runPass).toHaveBeenCalledTimes(1);
  });

  it('re-arms for the new zone when the owner changes it, and only then', async () => {
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const zone = { current: 'America/New_York' };
    const { runPass, schedule, lines } = start(zone);
    schedule.reschedule();
    expect(lines.filter((line) => line.msg.includes('re-armed'))).toEqual([]);

    zone.current = 'Asia/Tokyo';
    schedule.reschedule();
    expect(schedule.nextRun()?.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    await vi.advanceTimersByTimeAsync(UPKEEP_START_DELAY_MS);
    runPass.mockClear();

    // Past Tokyo's 02:00 and New York's old one (07:00 UTC on 1 November): only Tokyo's ran.
    await vi.advanceTimersByTimeAsync(Date.parse('2026-11-01T08:00:00Z') - Date.now());
    expect(runPass).toHaveBeenCalledTimes(1);
    expect(schedule.nextRun()?.toISOString()).toBe('2026-11-01T17:00:00.000Z');
  });

  it('logs a failed pass instead of throwing out of the timer', async () => {
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const { lines } = start({ current: 'UTC' }, vi.fn(async () => Promise.reject(new Error('keyring locked'))));
    await vi.advanceTimersByTimeAsync(UPKEEP_START_DELAY_MS);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'upkeep: pass failed', why: 'start-up', error: 'keyring locked' }));
  });

  it('stop cancels the start-up pass and the daily one', async () => {
    vi.setSystemTime(new Date('2026-10-31T12:00:00Z'));
    const zone = { current: 'UTC' };
    const { runPass, schedule } = start(zone);
    schedule.stop();
    zone.current = 'Asia/Tokyo';
    schedule.reschedule();
    expect(schedule.nextRun()).toBeNull();
    await vi.advanceTimersByTimeAsync(3 * 24 * 60 * 60 * 1000);
    expect(runPass).not.toHaveBeenCalled();
  });
});
