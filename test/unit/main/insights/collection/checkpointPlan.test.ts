import { describe, expect, it } from 'vitest';
import { checkpointAfter, checkpointToTake, firstCheckpoint } from '../../../../../main/insights/collection/checkpointPlan';

const PUBLISHED = new Date('2026-12-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(PUBLISHED.getTime() + hours * HOUR);

describe('the checkpoint plan', () => {
  it('measures a post at +1h, +24h, +72h, +7d and +28d, then stops', () => {
    const plan = [];
    for (let step = firstCheckpoint('feed', PUBLISHED, PUBLISHED); step; step = checkpointAfter('feed', PUBLISHED, step.checkpoint)) {
      plan.push([step.checkpoint, (step.dueAt.getTime() - PUBLISHED.getTime()) / HOUR]);
    }
    expect(plan).toEqual([
      ['1h', 1],
      ['24h', 24],
      ['72h', 72],
      ['7d', 168],
      ['28d', 672],
    ]);
  });

  it('measures a story at +1h and +23h, inside its 24 hours', () => {
    expect(firstCheckpoint('story', PUBLISHED, PUBLISHED)).toEqual({ checkpoint: '1h', dueAt: at(1) });
    expect(checkpointAfter('story', PUBLISHED, '1h')).toEqual({ checkpoint: '23h', dueAt: at(23) });
    expect(checkpointAfter('story', PUBLISHED, '23h')).toBeNull();
  });

  it('labels a measurement with the checkpoint due when nothing was missed', () => {
    expect(checkpointToTake('reel', PUBLISHED, '1h', at(1))).toBe('1h');
    expect(checkpointToTake('reel', PUBLISHED, '24h', at(30))).toBe('24h');
  });

  it('after downtime, takes one measurement labelled with the latest checkpoint passed', () => {
    expect(checkpointToTake('feed', PUBLISHED, '1h', at(80))).toBe('72h');
    expect(checkpointToTake('feed', PUBLISHED, '24h', at(24 * 10))).toBe('7d');
    expect(checkpointToTake('feed', PUBLISHED, '1h', at(24 * 400))).toBe('28d');
    expect(checkpointAfter('feed', PUBLISHED, '72h')).toEqual({ checkpoint: '7d', dueAt: at(168) });
  });

  it('a post found older than 28 days gets one measurement, 28d, and is done', () => {
    const found = at(-24 * 60);
    const first = firstCheckpoint('feed', found, PUBLISHED);
    expect(first?.checkpoint).toBe('1h');
    expect(checkpointToTake('feed', found, '1h', PUBLISHED)).toBe('28d');
    expect(checkpointAfter('feed', found, '28d')).toBeNull();
  });

  it('a story past its 24 hours gets nothing: not when found, not when the app was off', () => {
    expect(firstCheckpoint('story', at(-25), PUBLISHED)).toBeNull();
    expect(checkpointToTake('story', PUBLISHED, '1h', at(24))).toBeNull();
    expect(checkpointToTake('story', PUBLISHED, '1h', at(23.5))).toBe('23h');
  });

  it('a checkpoint of another plan ends the schedule rather than restarting it', () => {
    expect(checkpointAfter('story', PUBLISHED, '7d')).toBeNull();
    expect(checkpointToTake('story', PUBLISHED, '7d', at(2))).toBeNull();
  });
});
