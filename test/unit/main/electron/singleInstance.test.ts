import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireSingleInstanceLock } from '../../../../main/electron/singleInstance';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

describe('acquireSingleInstanceLock', () => {
  it('holds the lock and reports second launches with their argv', () => {
    const onSecondInstance = vi.fn();
    expect(acquireSingleInstanceLock(fakeElectron.app as unknown as App, onSecondInstance)).toBe(true);
    fakeElectron.app.emit('second-instance', {}, ['/opt/Outpost/outpost', '--flag'], '/home/owner', {});
    expect(onSecondInstance).toHaveBeenCalledExactlyOnceWith(['/opt/Outpost/outpost', '--flag']);
  });

  it('returns false, listening to nothing, when another instance has the lock', () => {
    fakeElectron.app.singleInstanceLockResult = false;
    const onSecondInstance = vi.fn();
    expect(acquireSingleInstanceLock(fakeElectron.app as unknown as App, onSecondInstance)).toBe(false);
    expect(fakeElectron.app.listenerCount('second-instance')).toBe(0);
  });
});
