import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { applyLaunchAtLogin, keepLoginItemInSync, shouldStartHidden, type LoginItemHost } from '../../../../main/electron/loginItem';
import { createPreferencesService } from '../../../../main/store/preferences';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let configHome: string;
const app = () => fakeElectron.app as unknown as App;

function host(platform: NodeJS.Platform, executable = '/home/rosie/Apps/Outpost.AppImage'): LoginItemHost {
  return { app: app(), platform, autostartDirectory: join(configHome, 'autostart'), executable };
}
const entryFile = () => join(configHome, 'autostart', 'outpost.desktop');

beforeEach(() => {
  resetFakeElectron();
  configHome = mkdtempSync(join(tmpdir(), 'outpost-autostart-'));
});
afterEach(() => rmSync(configHome, { recursive: true, force: true }));

describe('applyLaunchAtLogin on Windows and macOS', () => {
  it.each(['darwin', 'win32'] as const)('registers a hidden login item on %s, reading back with the same args', (platform) => {
    expect(applyLaunchAtLogin(host(platform), true)).toBe('in-sync');
    expect(fakeElectron.app.getLoginItemSettings).toHaveBeenCalledWith({ args: ['--hidden'] });
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true, args: ['--hidden'] });
  });

  it.each(['darwin', 'win32'] as const)('leaves a login item that is already as asked alone on %s', (platform) => {
    fakeElectron.app.loginItemSettings.openAtLogin = true;
    applyLaunchAtLogin(host(platform), true);
    fakeElectron.app.loginItemSettings.openAtLogin = false;
    applyLaunchAtLogin(host(platform), false);
    expect(fakeElectron.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it.each(['darwin', 'win32'] as const)('removes the login item on %s when the owner turns it off', (platform) => {
    fakeElectron.app.loginItemSettings.openAtLogin = true;
    applyLaunchAtLogin(host(platform), false);
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: false, args: ['--hidden'] });
  });

  it('says when macOS waits for the owner’s approval in System Settings', () => {
    fakeElectron.app.loginItemSettings.status = 'requires-approval';
    expect(applyLaunchAtLogin(host('darwin'), true)).toBe('requires-approval');
    expect(applyLaunchAtLogin(host('win32'), true)).toBe('in-sync');
  });
});

describe('applyLaunchAtLogin on Linux', () => {
  beforeEach(() => {
    fakeElectron.app.isPackaged = true;
  });

  it('writes an XDG autostart entry that starts this AppImage hidden', () => {
    expect(applyLaunchAtLogin(host('linux'), true)).toBe('in-sync');
    expect(readFileSync(entryFile(), 'utf8')).toContain('\nExec="/home/rosie/Apps/Outpost.AppImage" --hidden\n');
    expect(readdirSync(join(configHome, 'autostart'))).toEqual(['outpost.desktop']);
    expect(fakeElectron.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('rewrites the entry at every start, following an AppImage that moved', () => {
    applyLaunchAtLogin(host('linux', '/home/rosie/Downloads/Outpost-1.0.AppImage'), true);
    applyLaunchAtLogin(host('linux', '/home/rosie/Apps/Outpost-1.1.AppImage'), true);
    const entry = readFileSync(entryFile(), 'utf8');
    expect(entry).toContain('Exec="/home/rosie/Apps/Outpost-1.1.AppImage" --hidden');
    expect(entry).not.toContain('Downloads');
  });

  it('removes the entry when the owner turns it off, and is fine when there is none', () => {
    applyLaunchAtLogin(host('linux'), true);
    applyLaunchAtLogin(host('linux'), false);
    expect(existsSync(entryFile())).toBe(false);
    expect(() => applyLaunchAtLogin(host('linux'), false)).not.toThrow();
  });

  it('writes nothing from an unpackaged run, which would start a bare Electron at login', () => {
    fakeElectron.app.isPackaged = false;
    expect(applyLaunchAtLogin(host('linux'), true)).toBe('unpackaged');
    expect(existsSync(join(configHome, 'autostart'))).toBe(false);
  });
});

describe('keepLoginItemInSync', () => {
  it('applies the preference at start and again whenever it changes', () => {
    const preferences = createPreferencesService({ store: { launchAtLogin: true } }, 'UTC');
    keepLoginItemInSync(host('win32'), preferences, createSilentLogger());
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true, args: ['--hidden'] });
    fakeElectron.app.loginItemSettings.openAtLogin = true;
    preferences.update({ theme: 'dark' });
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenCalledTimes(1);
    preferences.update({ launchAtLogin: false });
    expect(fakeElectron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: ['--hidden'] });
  });

  it('logs instead of throwing when the OS refuses', () => {
    fakeElectron.app.setLoginItemSettings.mockImplementation(() => {
      throw new Error('access denied');
    });
    const preferences = createPreferencesService({ store: {} }, 'UTC');
    expect(() => keepLoginItemInSync(host('win32'), preferences, createSilentLogger())).not.toThrow();
    expect(() => preferences.update({ launchAtLogin: true })).not.toThrow();
    expect(preferences.get().launchAtLogin).toBe(true);
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
