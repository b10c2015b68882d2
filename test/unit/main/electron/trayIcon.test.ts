import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { OpenTarget } from '../../../../preload/contract';
import { createTrayIcon } from '../../../../main/electron/trayIcon';
import type { TrayMenuModel } from '../../../../main/electron/trayMenu';
import { fakeElectron, resetFakeElectron, type FakeTray } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function actions(): { open: Mock<(target: OpenTarget | null) => void>; setPaused: Mock<(paused: boolean) => void>; quit: Mock<() => void> } {
  return { open: vi.fn(), setPaused: vi.fn(), quit: vi.fn() };
}

function trayOf(icon: ReturnType<typeof createTrayIcon>): FakeTray {
  return icon.tray as unknown as FakeTray;
}

const model: TrayMenuModel = {
  tooltip: 'Outpost: publishing 1 post',
  entries: [
    { label: 'Publishing 1 post…', action: null },
    { label: 'Instagram · Rosie & Co: Uploading the video 40%', action: { kind: 'open', target: { section: 'calendar', targetId: 't1' } } },
    'separator',
    { label: 'Pause publishing', action: { kind: 'pause' } },
    { label: 'Resume publishing', action: { kind: 'resume' } },
    'separator',
    { label: 'Open Outpost', action: { kind: 'open', target: null } },
    { label: 'Quit Outpost', action: { kind: 'quit' } },
  ],
};

describe('the tray icon', () => {
  it('starts with Open and Quit, before any overview is known', () => {
    const tray = trayOf(createTrayIcon(actions(), 'linux'));
    expect(tray.menuLabels()).toEqual(['Open Outpost', 'Quit Outpost']);
    expect(tray.tooltip).toBe('Outpost');
  });

  it('sets the menu and tooltip again on every show (Linux shows a changed menu only then)', () => {
    const icon = createTrayIcon(actions(), 'linux');
    const tray = trayOf(icon);
    const before = tray.menusSet;
    icon.show(model);
    expect(tray.menusSet).toBe(before + 1);
    expect(tray.tooltip).toBe('Outpost: publishing 1 post');
    expect(tray.contextMenu?.items.filter((item) => item.type === 'separator')).toHaveLength(2);
  });

  it('shows status lines greyed out, and escapes & so account names keep theirs', () => {
    const icon = createTrayIcon(actions(), 'linux');
    icon.show(model);
    const tray = trayOf(icon);
    expect(tray.menuItem('Publishing 1 post…')).toMatchObject({ enabled: false });
    expect(tray.menuItem('Publishing 1 post…').click).toBeUndefined();
    expect(tray.menuLabels()).toContain('Instagram · Rosie && Co: Uploading the video 40%');
  });

  it('runs each item’s action: open at a screen, pause, resume, quit', () => {
    const handlers = actions();
    const icon = createTrayIcon(handlers, 'linux');
    icon.show(model);
    const tray = trayOf(icon);
    tray.menuItem('Instagram · Rosie && Co: Uploading the video 40%').click!();
    expect(handlers.open).toHaveBeenLastCalledWith({ section: 'calendar', targetId: 't1' });
    tray.menuItem('Open Outpost').click!();
    expect(handlers.open).toHaveBeenLastCalledWith(null);
    tray.menuItem('Pause publishing').click!();
    expect(handlers.setPaused).toHaveBeenLastCalledWith(true);
    tray.menuItem('Resume publishing').click!();
    expect(handlers.setPaused).toHaveBeenLastCalledWith(false);
    expect(handlers.quit).not.toHaveBeenCalled();
    tray.menuItem('Quit Outpost').click!();
    expect(handlers.quit).toHaveBeenCalledTimes(1);
    expect(handlers.open).toHaveBeenCalledTimes(2);
    expect(handlers.setPaused).toHaveBeenCalledTimes(2);
  });

  it('opens the window on a click outside macOS; on macOS a click shows the menu instead', () => {
    const onWindows = actions();
    trayOf(createTrayIcon(onWindows, 'win32')).emit('click');
    expect(onWindows.open).toHaveBeenCalledExactlyOnceWith(null);
    const onMac = actions();
    trayOf(createTrayIcon(onMac, 'darwin')).emit('click');
    expect(onMac.open).not.toHaveBeenCalled();
  });

  it('is destroyed once however often it is asked, and ignores menus after that', () => {
    const icon = createTrayIcon(actions(), 'linux');
    const tray = trayOf(icon);
    icon.destroy();
    expect(tray.destroyed).toBe(true);
    // The fake throws like Electron on any use of a destroyed Tray.
    expect(() => icon.destroy()).not.toThrow();
    expect(() => icon.show(model)).not.toThrow();
    expect(tray.menuLabels()).toEqual(['Open Outpost', 'Quit Outpost']);
  });

  it('uses the bundled PNG, at 2x on macOS', () => {
    const linuxTray = trayOf(createTrayIcon(actions(), 'linux'));
    expect(linuxTray.image.buffer.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(linuxTray.image.options).toEqual({ scaleFactor: 1 });
    const macTray = trayOf(createTrayIcon(actions(), 'darwin'));
    expect(macTray.image.options).toEqual({ scaleFactor: 2 });
    expect(fakeElectron.nativeImage.createFromBuffer).toHaveBeenCalledTimes(2);
  });
});
