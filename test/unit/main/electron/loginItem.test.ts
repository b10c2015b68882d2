import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLaunchAtLogin, shouldStartHidden } from '../../../../main/electron/loginItem';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());
const app = () => fakeElectron.app as unknown as App;

describe('applyLaunchAtLogin', () => {
  it.each(['darwin', 'win32'] as const)('registers a hidden login item on %s', (platform) => {
    expect(applyLaunchAtLogin(app(), true, platform)).toBe(true);
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true, args: ['--hidden'] });
    applyLaunchAtLogin(app(), false, platform);
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: ['--hidden'] });
  });

  it('does nothing on Linux, and says so (XDG autostart is a later issue)', () => {
    expect(applyLaunchAtLogin(app(), true, 'linux')).toBe(false);
    expect(fakeElectron.app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('shouldStartHidden', () => {
  it('is true with --hidden on any platform', () => {
    expect(shouldStartHidden(app(), ['/opt/Outpost/outpost', '--hidden'], 'linux')).toBe(true);
    expect(shouldStartHidden(app(), ['C:\\Outpost.exe', '--hidden'], 'win32')).toBe(true);
  });

  it('is false for an ordinary launch', () => {
    expect(shouldStartHidden(app(), ['/opt/Outpost/outpost'], 'linux')).toBe(false);
    expect(shouldStartHidden(app(), ['/Applications/Outpost.app'], 'darwin')).toBe(false);
  });

  it('is true on macOS when the system opened the app at login', () => {
    fakeElectron.app.loginItemSettings.wasOpenedAtLogin = true;
    expect(shouldStartHidden(app(), ['/Applications/Outpost.app'], 'darwin')).toBe(true);
    expect(shouldStartHidden(app(), ['/opt/Outpost/outpost'], 'linux')).toBe(false);
  });
});
