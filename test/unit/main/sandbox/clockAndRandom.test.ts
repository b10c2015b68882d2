import { describe, expect, it } from 'vitest';
import { createManualClock, createSystemClock } from '../../../../main/sandbox/core/clock';
import { createSeededRandom, seededString, seededUnit } from '../../../../main/sandbox/core/seededRandom';

describe('sandbox clocks', () => {
  it('a manual clock stands still until advanced', () => {
    const clock = createManualClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
  });

  it('refuses to go backwards', () => {
    const clock = createManualClock(0);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });

  it('a system clock is real time plus what was advanced', () => {
    let real = 10_000;
    const clock = createSystemClock(() => real);
    real = 10_050;
    expect(clock.now()).toBe(10_050);
    clock.advance(60_000);
    expect(clock.now()).toBe(70_050);
  });
});

describe('seeded randomness', () => {
  it('the same seed gives the same stream, another seed another one', () => {
    const a = createSeededRandom('bakery');
    const b = createSeededRandom('bakery');
    const c = createSeededRandom('salon');
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('int stays in range and pick picks from the list', () => {
    const random = createSeededRandom(7);
    for (let i = 0; i < 200; i++) {
      const value = random.int(3, 5);
      expect([3, 4, 5]).toContain(value);
      expect(['x', 'y']).toContain(random.pick(['x', 'y']));
    }
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('seededUnit and seededString depend only on seed and parts', () => {
    expect(seededUnit('s', 'media', 1)).toBe(seededUnit('s', 'media', 1));
    expect(seededUnit('s', 'media', 1)).not.toBe(seededUnit('s', 'media', 2));
    const text = seededString('ab', 300, 's', 'x');
    expect(text).toHaveLength(300);
    expect(text).toMatch(/^[ab]+$/);
    expect(seededString('ab', 300, 's', 'x')).toBe(text);
  });
});
