import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createTrayIcon, type TrayIcon } from '../../../../main/electron/trayIcon';
import { keepTrayCurrent, TRAY_OVERVIEW_DELAY_MS, TRAY_PROGRESS_INTERVAL_MS } from '../../../../main/electron/trayStatus';
import { resetFakeElectron, type FakeTray } from './fakeElectron';
import { FakePublishingControl, overview, scheduledItem } from './fakePublishingControl';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let control: FakePublishingControl;
let icon: TrayIcon;
let timeZone: string;
const tray = () => icon.tray as unknown as FakeTray;
const now = () => new Date('2025-03-10T12:00:00Z');

function start() {
  return keepTrayCurrent({ icon, control, timeZone: () => timeZone, now, logger: createSilentLogger() });
}

beforeEach(() => {
  vi.useFakeTimers();
  resetFakeElectron();
  control = new FakePublishingControl();
  icon = createTrayIcon({ open: vi.fn(), setPaused: vi.fn(), quit: vi.fn() }, 'linux');
  timeZone = 'Europe/London';
});
afterEach(() => vi.useRealTimers());

const publishingOne = () => overview({ publishing: [scheduledItem({ targetId: 'a', status: 'publishing', step: 'Uploading the video', progress: 0 })] });

describe('keeping the tray menu current', () => {
  it('draws the overview at once on start', () => {
    control.current = overview({ next: scheduledItem() });
    start();
    expect(tray().menuLabels()[0]).toBe("Next: Instagram · Rosie's Bakery · Tue 09:00");
  });

  it('draws a burst of overview changes once, a short while after the first', () => {
    start();
    const drawn = tray().menusSet;
    control.change({ needsAttention: 1 });
    control.change({ needsAttention: 2 });
    control.change({ needsAttention: 3 });
    expect(tray().menusSet).toBe(drawn);
    vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS - 1);
    expect(tray().menusSet).toBe(drawn);
    vi.advanceTimersByTime(1);
    expect(tray().menusSet).toBe(drawn + 1);
    expect(tray().menuLabels()).toContain('3 posts need attention');
  });

  it('cannot be postponed forever by a steady stream of changes', () => {
    start();
    const drawn = tray().menusSet;
    for (let tick = 0; tick < 10; tick += 1) {
      control.change({ upcoming: tick });
      vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS / 2);
    }
    expect(tray().menusSet).toBeGreaterThanOrEqual(drawn + 4);
  });

  it('shows progress, redrawing at most once per interval however often it arrives', () => {
    control.current = publishingOne();
    start();
    const drawn = tray().menusSet;
    for (let percent = 1; percent <= 20; percent += 1) {
      control.progress({ targetId: 'a', step: 'Uploading the video', progress: percent / 100 });
      vi.advanceTimersByTime(TRAY_PROGRESS_INTERVAL_MS / 10);
    }
    // 20 reports over two intervals: two redraws, the second showing the last report so far.
    expect(tray().menusSet).toBe(drawn + 2);
    expect(tray().menuLabels()).toContain("Instagram · Rosie's Bakery: Uploading the video 20%");
  });

  it('an overview change due sooner than a pending progress redraw brings it forward', () => {
    control.current = publishingOne();
    start();
    control.progress({ targetId: 'a', step: 'Uploading the video', progress: 0.5 });
    control.change({ ...publishingOne(), needsAttention: 1 });
    vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS);
    expect(tray().menuLabels()).toEqual(expect.arrayContaining(["Instagram · Rosie's Bakery: Uploading the video 50%", '1 post needs attention']));
  });

  it('forgets the progress of a post once it is no longer publishing', () => {
    control.current = publishingOne();
    start();
    control.progress({ targetId: 'a', step: 'Publishing', progress: 0.9 });
    control.change({});
    control.change(publishingOne());
    vi.advanceTimersByTime(TRAY_PROGRESS_INTERVAL_MS);
    expect(tray().menuLabels()).toContain("Instagram · Rosie's Bakery: Uploading the video 0%");
  });

  it('draws a given overview at once (after Pause), cancelling a pending redraw', () => {
    const status = start();
    control.change({ needsAttention: 2 });
    status.showNow(overview({ paused: true }));
    expect(tray().menuLabels()).toContain('Resume publishing');
    const drawn = tray().menusSet;
    vi.advanceTimersByTime(TRAY_PROGRESS_INTERVAL_MS);
    expect(tray().menusSet).toBe(drawn);
  });

  it('reads the time zone at each redraw', () => {
    control.current = overview({ next: scheduledItem() });
    const status = start();
    timeZone = 'America/New_York';
    status.redraw();
    vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS);
    expect(tray().menuLabels()[0]).toBe("Next: Instagram · Rosie's Bakery · Tue 05:00");
  });

  it('waits for the next change when the overview cannot be read at start', () => {
    control.overview.mockImplementationOnce(() => {
      throw new Error('database is locked');
    });
    start();
    expect(tray().menuLabels()).toEqual(['Open Outpost', 'Quit Outpost']);
    control.change({ needsAttention: 1 });
    vi.advanceTimersByTime(TRAY_OVERVIEW_DELAY_MS);
    expect(tray().menuLabels()).toContain('1 post needs attention');
  });

  it('stops listening and drops a pending redraw when stopped', () => {
    const status = start();
    control.change({ needsAttention: 1 });
    status.stop();
    const drawn = tray().menusSet;
    vi.advanceTimersByTime(TRAY_PROGRESS_INTERVAL_MS);
    expect(tray().menusSet).toBe(drawn);
    expect(control.listenerCounts()).toMatchObject({ overview: 0, progress: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });
});
