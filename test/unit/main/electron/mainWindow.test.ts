import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, showAndFocus } from '../../../../main/electron/mainWindow';
import { secureWebPreferences } from '../../../../main/electron/secureWebPreferences';
import { FakeBrowserWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

const source = { kind: 'bundled' as const, url: 'app://outpost/index.html', origin: 'app://outpost' };

function create(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}) {
  return createMainWindow({
    source,
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { x: 40, y: 30, width: 1100, height: 760, maximized: false },
    startHidden: false,
    ...overrides,
  }) as unknown as FakeBrowserWindow;
}

describe('createMainWindow', () => {
  it('creates the window hidden, with the secure webPreferences and the saved bounds', () => {
    const window = create();
    expect(window.options.webPreferences).toStrictEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 760, show: false });
    expect(window.visible).toBe(false);
    expect(window.loadedUrl).toBe('app://outpost/index.html');
  });

  it('lets Electron centre the window when no position is known, and maximises when it was maximised', () => {
    const window = create({ bounds: { width: 1200, height: 800, maximized: true } });
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).not.toHaveProperty('y');
    expect(window.isMaximized()).toBe(true);
  });

  it('shows the window when ready to show', () => {
    const window = create();
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('stays in the tray when started hidden', () => {
    const window = create({ startHidden: true });
    window.emit('ready-to-show');
    expect(window.visible).toBe(false);
  });
});

describe('showAndFocus', () => {
  it('restores a minimised hidden window, shows and focuses it', () => {
    const window = new FakeBrowserWindow({});
    window.minimize();
    showAndFocus(window as unknown as BrowserWindow);
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('leaves a destroyed window alone', () => {
    const window = new FakeBrowserWindow({});
    window.destroy();
    expect(() => showAndFocus(window as unknown as BrowserWindow)).not.toThrow();
    expect(window.visible).toBe(false);
  });
});
