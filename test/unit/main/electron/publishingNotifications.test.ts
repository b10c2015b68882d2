import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { OpenTarget } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createDesktopNotifier } from '../../../../main/electron/desktopNotifications';
import { notifyPublishingAlerts } from '../../../../main/electron/publishingNotifications';
import type { PublishingAlert } from '../../../../main/schedule/publishingControl';
import { FakeNotification, resetFakeElectron } from './fakeElectron';
import { FakePublishingControl } from './fakePublishingControl';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let control: FakePublishingControl;
let openInApp: Mock<(target: OpenTarget) => void>;
let openExternal: Mock<(url: string) => Promise<void>>;
let showWindow: Mock<() => void>;

beforeEach(() => {
  resetFakeElectron();
  control = new FakePublishingControl();
  openInApp = vi.fn();
  openExternal = vi.fn(async () => {});
  showWindow = vi.fn<() => void>();
  const notify = createDesktopNotifier({ open: showWindow, logger: createSilentLogger() });
  notifyPublishingAlerts({ control, notify, openInApp, openExternal, logger: createSilentLogger() });
});

const calendarAt = (targetId: string | null): OpenTarget => ({ section: 'calendar', targetId });

function alert(overrides: Partial<PublishingAlert> & Pick<PublishingAlert, 'kind'>): PublishingAlert {
  return { title: 'Title', body: 'Body', permalink: null, open: calendarAt('t1'), ...overrides };
}

/** Raises the alert and clicks the notification it made. */
function click(raised: PublishingAlert): FakeNotification {
  control.alert(raised);
  const shown = FakeNotification.shown.at(-1)!;
  shown.clickAndClose();
  return shown;
}

describe('publishing notifications', () => {
  it('shows the engine’s words', () => {
    control.alert(alert({ kind: 'failed', title: 'Not published to Instagram', body: 'Instagram did not accept the photo: it is 3:1.' }));
    expect(FakeNotification.shown.map((shown) => shown.options)).toEqual([
      { title: 'Not published to Instagram', body: 'Instagram did not accept the photo: it is 3:1.' },
    ]);
  });

  it('published: a click opens the post on the platform in the system browser', () => {
    click(alert({ kind: 'published', permalink: 'https://www.instagram.com/p/C0ffee/' }));
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.instagram.com/p/C0ffee/');
    expect(openInApp).not.toHaveBeenCalled();
  });

  it.each([
    ['no permalink', null],
    ['a host the allow-list does not know', 'https://instagram.com.example.net/p/1'],
    ['the demo sandbox on loopback', 'http://127.0.0.1:4100/p/1'],
  ])('published with %s: a click opens the calendar at the post instead', (_name, permalink) => {
    click(alert({ kind: 'published', permalink, open: calendarAt('t9') }));
    expect(openExternal).not.toHaveBeenCalled();
    expect(openInApp).toHaveBeenCalledExactlyOnceWith(calendarAt('t9'));
  });

  it('published: the calendar opens when the browser cannot', async () => {
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    click(alert({ kind: 'published', permalink: 'https://www.tiktok.com/@cafe/video/1', open: calendarAt('t2') }));
    await vi.waitFor(() => expect(openInApp).toHaveBeenCalledExactlyOnceWith(calendarAt('t2')));
  });

  it.each([
    ['failed', calendarAt('t3')],
    ['missed', calendarAt('t4')],
    ['reconnect', { section: 'accounts', targetId: null }],
  ] as const)('%s: a click opens the screen the alert names', (kind, open) => {
    // A permalink on anything but a published alert is never followed.
    click(alert({ kind, open, permalink: 'https://www.instagram.com/p/1/' }));
    expect(openInApp).toHaveBeenCalledExactlyOnceWith(open);
    expect(openExternal).not.toHaveBeenCalled();
    expect(showWindow).not.toHaveBeenCalled();
  });
});
