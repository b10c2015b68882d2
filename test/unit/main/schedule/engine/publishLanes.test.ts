import { describe, expect, it } from 'vitest';
import { createEngineActivity } from '../../../../../main/schedule/engine/engineActivity';
import { createPublishLanes } from '../../../../../main/schedule/engine/publishLanes';

describe('publish lanes', () => {
  it('runs one job per lane and at most the cap, calls onFree when a job settles, and counts as activity until then', async () => {
    const activity = createEngineActivity();
    const errors: unknown[] = [];
    let freed = 0;
    const lanes = createPublishLanes({ cap: 2, activity, onFree: () => freed++, onError: (error) => errors.push(error) });
    let finishA = () => undefined as void;
    lanes.start('a', () => new Promise<void>((resolve) => (finishA = resolve)));
    lanes.start('b', async () => {
      throw new Error('boom');
    });
    expect(lanes.isBusy('a')).toBe(true);
    expect(lanes.isFull()).toBe(true);
    expect(() => lanes.start('a', async () => undefined)).toThrow('not free');

    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual([new Error('boom')]);
    expect(lanes.size()).toBe(1);
    let idle = false;
    void activity.idle().then(() => (idle = true));
    finishA();
    await activity.idle();
    expect(idle).toBe(true);
    expect(freed).toBe(2);
    expect(lanes.size()).toBe(0);
  });
});
