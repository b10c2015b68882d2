import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { keepAwakeWhilePublishing } from '../../../../main/electron/keepAwakeWhilePublishing';
import { fakeElectron, resetFakeElectron } from './fakeElectron';
import { FakePublishingControl, scheduledItem } from './fakePublishingControl';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let control: FakePublishingControl;
const blocker = () => fakeElectron.powerSaveBlocker;
const publishing = (...targetIds: string[]) => targetIds.map((targetId) => scheduledItem({ targetId, status: 'publishing' }));

function keepAwake() {
  return keepAwakeWhilePublishing({ control, blocker: blocker(), logger: createSilentLogger() });
}

beforeEach(() => {
  resetFakeElectron();
  control = new FakePublishingControl();
});

describe('keeping the system awake while publishing', () => {
  it('holds one app-suspension blocker from the first publishing overview until none is publishing', () => {
    keepAwake();
    expect(blocker().start).not.toHaveBeenCalled();
    control.change({ publishing: publishing('a') });
    expect(blocker().start).toHaveBeenCalledExactlyOnceWith('prevent-app-suspension');
    control.change({ publishing: publishing('a', 'b') });
    control.change({ publishing: publishing('b') });
    expect(blocker().start).toHaveBeenCalledTimes(1);
    expect(blocker().active.size).toBe(1);
    control.change({ publishing: [] });
    expect(blocker().stop).toHaveBeenCalledExactlyOnceWith(1);
    expect(blocker().active.size).toBe(0);
    control.change({ upcoming: 3 });
    expect(blocker().stop).toHaveBeenCalledTimes(1);
  });

  it('pairs every start with one stop over several rounds', () => {
    keepAwake();
    for (let round = 0; round < 3; round += 1) {
      control.change({ publishing: publishing('a') });
      control.change({ publishing: [] });
    }
    expect(blocker().start).toHaveBeenCalledTimes(3);
    expect(blocker().stop.mock.calls.map(([id]) => id)).toEqual([1, 2, 3]);
    expect(blocker().active.size).toBe(0);
  });

  it('starts at once when publishing is already under way', () => {
    control.current = { ...control.current, publishing: publishing('a') };
    keepAwake();
    expect(blocker().active.size).toBe(1);
  });

  it('releases the blocker and stops listening when stopped mid-publish', () => {
    const stop = keepAwake();
    control.change({ publishing: publishing('a') });
    stop();
    expect(blocker().active.size).toBe(0);
    control.change({ publishing: publishing('b') });
    expect(blocker().start).toHaveBeenCalledTimes(1);
    expect(control.listenerCounts().overview).toBe(0);
  });
});
