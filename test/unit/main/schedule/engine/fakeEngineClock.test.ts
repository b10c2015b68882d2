import { describe, expect, it } from 'vitest';
import { createFakeEngineClock } from './fakeEngineClock';

/** The fake clock the engine tests stand on behaves like Node's timers and node-schedule. */
describe('fake engine clock', () => {
  const at = (iso: string) => new Date(iso);

  it('fires due timers in order, each at its own time', async () => {
    const clock = createFakeEngineClock('2026-12-01T08:00:00.000Z');
    const fired: string[] = [];
    clock.wakeAt(at('2026-12-01T08:02:00.000Z'), () => fired.push(`b ${clock.now().toISOString()}`));
    clock.wakeAt(at('2026-12-01T08:01:00.000Z'), () => fired.push(`a ${clock.now().toISOString()}`));
    await clock.advance(5 * 60_000);
    expect(fired).toEqual(['a 2026-12-01T08:01:00.000Z', 'b 2026-12-01T08:02:00.000Z']);
  });

  it('delays wakes by a sleep, and re-arms one that fires early after the clock was set back', async () => {
    const clock = createFakeEngineClock('2026-12-01T08:00:00.000Z');
    const fired: string[] = [];
    clock.wakeAt(at('2026-12-01T08:10:00.000Z'), () => fired.push(clock.now().toISOString()));
    clock.suspend(60 * 60_000);
    expect(clock.monotonicMs()).toBe(1_000_000);
    await clock.advance(10 * 60_000);
    expect(fired).toEqual(['2026-12-01T09:10:00.000Z']);

    clock.wakeAt(at('2026-12-01T09:20:00.000Z'), () => fired.push(clock.now().toISOString()));
    clock.jumpWall(-5 * 60_000);
    await clock.advance(15 * 60_000);
    expect(fired.at(-1)).toBe('2026-12-01T09:20:00.000Z');
  });
});
