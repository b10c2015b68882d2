import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { APP_ORIGIN } from '../../../../main/electron/appScheme';
import { installNavigationGuards } from '../../../../main/electron/navigationGuards';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
let logger: ReturnType<typeof createSilentLogger>;

/** A window created after the guards are installed, as in the app. */
function guardedWindow(): FakeBrowserWindow {
  openExternal = vi.fn(async (_url: string) => {});
  logger = createSilentLogger();
  installNavigationGuards(fakeElectron.app as unknown as App, {
    appOrigins: new Set([APP_ORIGIN]),
    openExternal,
    logger,
  });
  return new FakeBrowserWindow({});
}

beforeEach(() => resetFakeElectron());

describe('navigation guards on every web contents', () => {
  const foreign = [
    'https://example.com/',
    'https://www.facebook.com/',
    'http://www.facebook.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://other/index.html',
  ];

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('%s to a foreign URL is prevented', (kind) => {
    const { webContents } = guardedWindow();
    for (const url of foreign) {
      expect(webContents.attemptNavigation(kind, url).defaultPrevented, url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('%s within our origin is allowed', (kind) => {
    const { webContents } = guardedWindow();
    expect(webContents.attemptNavigation(kind, 'app://outpost/index.html').defaultPrevented).toBe(false);
  });

  it('sends a plain link click to an allow-listed https page to the browser, and nothing else', async () => {
    const { webContents } = guardedWindow();
    webContents.attemptNavigation('will-navigate', 'https://www.facebook.com/help');
    webContents.attemptNavigation('will-navigate', 'https://example.com/');
    webContents.attemptNavigation('will-redirect', 'https://developers.facebook.com/');
    webContents.attemptNavigation('will-frame-navigate', 'https://www.tiktok.com/', false);
    expect(openExternal.mock.calls).toEqual([['https://www.facebook.com/help']]);
  });

  it('denies every window.open and opens only allow-listed https URLs externally, re-serialised', () => {
    const { webContents } = guardedWindow();
    const urls = [
      'https://WWW.Instagram.com/outpost',
      'https://developers.tiktok.com/apps',
      'https://facebook.com.attacker.com/',
      'https://evilfacebook.com/',
      'http://www.facebook.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'outpost://callback',
      'app://outpost/index.html',
      'app://other/',
      '::not a url::',
    ];
    for (const url of urls) {
      expect(webContents.attemptWindowOpen(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://www.instagram.com/outpost'], ['https://developers.tiktok.com/apps']]);
  });

  it('refuses <webview> attachment', () => {
    const { webContents } = guardedWindow();
    const event = { defaultPrevented: false, preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('logs, and survives, a browser that fails to open', async () => {
    const { webContents } = guardedWindow();
    const warn = vi.spyOn(logger, 'warn');
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(webContents.attemptWindowOpen('https://www.facebook.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://www.facebook.com/' }), 'navigation: could not open link in the browser'),
    );
  });
});
