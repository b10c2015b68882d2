import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { FakeNotification, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

const { createDesktopNotifier } = await import('../../../../main/electron/desktopNotifications');

describe('desktop notifications', () => {
  beforeEach(() => resetFakeElectron());

  it('shows the notice and opens the window when clicked', () => {
    const open = vi.fn();
    const notify = createDesktopNotifier({ open, logger: createSilentLogger() });
    notify({ title: 'Reconnect TikTok', body: 'TikTok no longer accepts the saved sign-in.' });
    expect(FakeNotification.shown.map((n) => n.options)).toEqual([
      { title: 'Reconnect TikTok', body: 'TikTok no longer accepts the saved sign-in.' },
    ]);
    expect(open).not.toHaveBeenCalled();
    FakeNotification.shown[0]?.emit('click');
    expect(open).toHaveBeenCalledOnce();
  });

  it('runs the notice’s own click action instead, when it has one', () => {
    const open = vi.fn();
    const onClick = vi.fn();
    createDesktopNotifier({ open, logger: createSilentLogger() })({ title: 'Published', body: 'On Instagram', onClick });
    FakeNotification.shown[0]!.clickAndClose();
    expect(onClick).toHaveBeenCalledOnce();
    expect(open).not.toHaveBeenCalled();
  });

  it('shows nothing where the desktop has no notification service', () => {
    FakeNotification.supported = false;
    createDesktopNotifier({ open: vi.fn(), logger: createSilentLogger() })({ title: 't', body: 'b' });
    expect(FakeNotification.shown).toEqual([]);
  });
});
