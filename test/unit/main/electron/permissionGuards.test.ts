import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { APP_ORIGIN } from '../../../../main/electron/appScheme';
import { restrictPermissions } from '../../../../main/electron/permissionGuards';
import { isPermissionGranted, PERMISSIONS_FOR_OUR_PAGES } from '../../../../main/electron/permissionPolicy';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

const appOrigins = new Set([APP_ORIGIN]);
const ourPage = { requestingUrl: 'app://outpost/index.html', isMainFrame: true };

/** Every permission Electron 45 names except the one our page may use. */
const refusedEverywhere = [
  'ar',
  'automatic-fullscreen',
  'background-sync',
  'clipboard-read',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'persistent-storage',
  'pointerLock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'unknown',
];

function installed() {
  const session = fakeElectron.session.defaultSession;
  restrictPermissions(session as unknown as Session, appOrigins, createSilentLogger());
  return { request: session.permissionRequestHandler!, check: session.permissionCheckHandler! };
}

describe('isPermissionGranted', () => {
  it('grants nothing but clipboard writing', () => {
    expect([...PERMISSIONS_FOR_OUR_PAGES]).toEqual(['clipboard-sanitized-write']);
  });

  it.each(refusedEverywhere)('refuses %s, even to our own page', (permission) => {
    expect(isPermissionGranted(permission, ourPage, appOrigins)).toBe(false);
  });

  it('lets our top-level page write to the clipboard, and nobody else', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', ourPage, appOrigins)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', { ...ourPage, isMainFrame: false }, appOrigins)).toBe(false);
    for (const requestingUrl of ['https://www.facebook.com/', 'app://other/', 'file:///tmp/x.html', '', 'null']) {
      expect(isPermissionGranted('clipboard-sanitized-write', { requestingUrl, isMainFrame: true }, appOrigins), requestingUrl).toBe(
        false,
      );
    }
  });
});

describe('restrictPermissions', () => {
  it('answers every request through the policy', () => {
    const { request } = installed();
    for (const permission of refusedEverywhere) {
      const callback = vi.fn();
      request({}, permission, callback, ourPage);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
    const clipboard = vi.fn();
    request({}, 'clipboard-sanitized-write', clipboard, ourPage);
    expect(clipboard).toHaveBeenCalledExactlyOnceWith(true);
    const foreign = vi.fn();
    request({}, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://example.com/', isMainFrame: true });
    expect(foreign).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every check through the same policy, by requesting origin', () => {
    const { check } = installed();
    for (const permission of refusedEverywhere) {
      expect(check({}, permission, 'app://outpost', { isMainFrame: true }), permission).toBe(false);
    }
    expect(check({}, 'clipboard-sanitized-write', 'app://outpost', { isMainFrame: true })).toBe(true);
    expect(check({}, 'clipboard-sanitized-write', 'app://outpost', { isMainFrame: false })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'https://example.com', { isMainFrame: true })).toBe(false);
  });
});
