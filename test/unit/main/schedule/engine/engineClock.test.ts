import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemEngineClock } from '../../../../../main/schedule/engine/engineClock';

/** The real clock: node-schedule for wakes (a past instant fires on the next turn), setInterval for ticks. */
describe('system engine clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('wakes at the instant asked for, and not after being cancelled', async () => {
    const clock = systemEngineClock();
    const fired: string[] = [];
    clock.wakeAt(new Date('2026-12-01T08:10:00Z'), () => fired.push('kept'));
    const cancel = clock.wakeAt(new Date('2026-12-01T08:05:00Z'), () => fired.push('cancelled'));
    cancel();
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fired).toEqual(['kept']);
  });

  it('fires a wake for a past instant on the next turn instead of never', async () => {
    const clock = systemEngineClock();
    const fired: string[] = [];
    clock.wakeAt(new Date('2026-12-01T07:00:00Z'), () => fired.push('late'));
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fired).toEqual(['late']);
  });

  it('ticks every interval until stopped', async () => {
    const clock = systemEngineClock();
    let ticks = 0;
    const stop = clock.every(60_000, () => ticks++);
    await vi.advanceTimersByTimeAsync(180_000);
    stop();
    await vi.advanceTimersByTimeAsync(180_000);
    expect(ticks).toBe(3);
  });
});
