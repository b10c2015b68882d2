import type { PowerMonitor } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { wakeOnPowerEvents } from '../../../../main/electron/powerEvents';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

function listen() {
  const wake = vi.fn();
  const onResume = vi.fn();
  const stop = wakeOnPowerEvents(fakeElectron.powerMonitor as unknown as PowerMonitor, { wake, onResume, logger: createSilentLogger() });
  return { wake, onResume, stop };
}

describe('sleep and wake', () => {
  it('waking from sleep wakes the scheduler with "resume" and checks the network', () => {
    const { wake, onResume } = listen();
    fakeElectron.powerMonitor.emit('resume');
    expect(wake).toHaveBeenCalledExactlyOnceWith('resume');
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('unlocking the screen wakes it with "unlock"', () => {
    const { wake, onResume } = listen();
    fakeElectron.powerMonitor.emit('unlock-screen');
    expect(wake).toHaveBeenCalledExactlyOnceWith('unlock');
    expect(onResume).not.toHaveBeenCalled();
  });

  it('going to sleep wakes nothing', () => {
    const { wake } = listen();
    fakeElectron.powerMonitor.emit('suspend');
    expect(wake).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', () => {
    const { wake, stop } = listen();
    stop();
    fakeElectron.powerMonitor.emit('resume');
    fakeElectron.powerMonitor.emit('unlock-screen');
    expect(wake).not.toHaveBeenCalled();
    expect(fakeElectron.powerMonitor.eventNames()).toEqual([]);
  });
});
