import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrayIcon } from '../../../../main/electron/trayIcon';
import { fakeElectron, resetFakeElectron, type FakeTray } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the tray icon', () => {
  it('has a context menu with Open and Quit, in that order', () => {
    const tray = createTrayIcon({ open: vi.fn(), quit: vi.fn() }, 'linux') as unknown as FakeTray;
    const labels = tray.contextMenu?.items.filter((item) => item.type !== 'separator').map((item) => item.label);
    expect(labels).toEqual(['Open Outpost', 'Quit Outpost']);
    expect(tray.tooltip).toBe('Outpost');
  });

  it('Open opens the window and Quit quits, each doing only that', () => {
    const open = vi.fn();
    const quit = vi.fn();
    const tray = createTrayIcon({ open, quit }, 'linux') as unknown as FakeTray;
    tray.menuItem('Open Outpost').click!();
    expect(open).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    tray.menuItem('Quit Outpost').click!();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens the window on a click outside macOS; on macOS a click shows the menu instead', () => {
    const open = vi.fn();
    const onWindows = createTrayIcon({ open, quit: vi.fn() }, 'win32') as unknown as FakeTray;
    onWindows.emit('click');
    expect(open).toHaveBeenCalledTimes(1);
    const onMac = createTrayIcon({ open, quit: vi.fn() }, 'darwin') as unknown as FakeTray;
    onMac.emit('click');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('uses the bundled PNG, at 2x on macOS', () => {
    const linuxTray = createTrayIcon({ open: vi.fn(), quit: vi.fn() }, 'linux') as unknown as FakeTray;
    expect(linuxTray.image.buffer.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(linuxTray.image.options).toEqual({ scaleFactor: 1 });
    const macTray = createTrayIcon({ open: vi.fn(), quit: vi.fn() }, 'darwin') as unknown as FakeTray;
    expect(macTray.image.options).toEqual({ scaleFactor: 2 });
    expect(fakeElectron.nativeImage.createFromBuffer).toHaveBeenCalledTimes(2);
  });
});
