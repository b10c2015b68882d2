import { describe, expect, it } from 'vitest';
import type { PublishProgress } from '../../../../preload/contract';
import { trayMenuModel, type TrayMenuEntry, type TrayState } from '../../../../main/electron/trayMenu';
import { overview, scheduledItem } from './fakePublishingControl';

// Monday 10 March 2025, midday in London (GMT until the 30th).
const now = new Date('2025-03-10T12:00:00Z');

function state(overrides: Partial<TrayState> = {}): TrayState {
  return { overview: overview(), progress: new Map(), timeZone: 'Europe/London', now, ...overrides };
}

const labels = (entries: TrayMenuEntry[]) => entries.filter((entry) => entry !== 'separator').map((entry) => entry.label);
const entry = (entries: TrayMenuEntry[], label: string) => {
  const found = entries.find((candidate) => candidate !== 'separator' && candidate.label === label);
  if (!found || found === 'separator') throw new Error(`no entry "${label}" in ${JSON.stringify(labels(entries))}`);
  return found;
};

describe('the tray menu', () => {
  it('when idle: says nothing is scheduled, then Pause, Open and Quit', () => {
    const model = trayMenuModel(state());
    expect(labels(model.entries)).toEqual(['Nothing scheduled', 'Pause publishing', 'Open Outpost', 'Quit Outpost']);
    expect(entry(model.entries, 'Nothing scheduled').action).toBeNull();
    expect(entry(model.entries, 'Pause publishing').action).toEqual({ kind: 'pause' });
    expect(entry(model.entries, 'Open Outpost').action).toEqual({ kind: 'open', target: null });
    expect(entry(model.entries, 'Quit Outpost').action).toEqual({ kind: 'quit' });
    expect(model.tooltip).toBe('Outpost');
  });

  it('shows the next post, where and when in the owner’s time zone, and opens it in the calendar', () => {
    const next = scheduledItem({ targetId: 't-next', dueAt: '2025-03-11T09:00:00.000Z' });
    const london = trayMenuModel(state({ overview: overview({ next, upcoming: 4 }) }));
    expect(labels(london.entries)[0]).toBe("Next: Instagram · Rosie's Bakery · Tue 09:00");
    expect(entry(london.entries, "Next: Instagram · Rosie's Bakery · Tue 09:00").action).toEqual({
      kind: 'open',
      target: { section: 'calendar', targetId: 't-next' },
    });
    expect(london.tooltip).toBe('Outpost: next post Tue 09:00');

    const newYork = trayMenuModel(state({ overview: overview({ next }), timeZone: 'America/New_York' }));
    expect(labels(newYork.entries)[0]).toBe("Next: Instagram · Rosie's Bakery · Tue 05:00");
  });

  it('names the day of a post more than a week away by its date', () => {
    const next = scheduledItem({ platform: 'tiktok', accountName: null, dueAt: '2025-03-25T18:30:00.000Z' });
    expect(labels(trayMenuModel(state({ overview: overview({ next }) })).entries)[0]).toBe('Next: TikTok · 25 Mar 18:30');
  });

  it('while publishing: how many, and each one’s step and percent, the freshest progress winning', () => {
    const first = scheduledItem({ targetId: 'a', status: 'publishing', step: 'Creating the container', progress: null });
    const second = scheduledItem({ targetId: 'b', platform: 'tiktok', accountName: 'Cafe Nord', status: 'publishing', step: null, progress: null });
    const progress = new Map<string, PublishProgress>([['a', { targetId: 'a', step: 'Uploading the video', progress: 0.4 }]]);
    const model = trayMenuModel(state({ overview: overview({ publishing: [first, second] }), progress }));
    expect(labels(model.entries).slice(0, 4)).toEqual([
      'Publishing 2 posts…',
      "Instagram · Rosie's Bakery: Uploading the video 40%",
      'TikTok · Cafe Nord: Starting',
      'Nothing scheduled',
    ]);
    expect(entry(model.entries, 'Publishing 2 posts…').action).toBeNull();
    expect(entry(model.entries, 'TikTok · Cafe Nord: Starting').action).toEqual({ kind: 'open', target: { section: 'calendar', targetId: 'b' } });
    expect(model.tooltip).toBe('Outpost: publishing 2 posts');
  });

  it('uses the overview’s step when no progress was reported, and counts what does not fit', () => {
    const publishing = ['a', 'b', 'c', 'd', 'e'].map((targetId) =>
      scheduledItem({ targetId, status: 'publishing', step: 'Publishing', progress: 1 }),
    );
    const model = trayMenuModel(state({ overview: overview({ publishing }) }));
    expect(labels(model.entries).slice(0, 5)).toEqual([
      'Publishing 5 posts…',
      "Instagram · Rosie's Bakery: Publishing 100%",
      "Instagram · Rosie's Bakery: Publishing 100%",
      "Instagram · Rosie's Bakery: Publishing 100%",
      'and 2 more',
    ]);
  });

  it('counts failures needing attention and opens the calendar for them', () => {
    const three = trayMenuModel(state({ overview: overview({ needsAttention: 3 }) }));
    expect(entry(three.entries, '3 posts need attention').action).toEqual({ kind: 'open', target: { section: 'calendar', targetId: null } });
    expect(three.tooltip).toBe('Outpost: 3 need attention');
    expect(labels(trayMenuModel(state({ overview: overview({ needsAttention: 1 }) })).entries)).toContain('1 post needs attention');
  });

  it('when paused: says so first and offers Resume instead of Pause', () => {
    const next = scheduledItem();
    const model = trayMenuModel(state({ overview: overview({ paused: true, next, needsAttention: 2 }) }));
    expect(labels(model.entries)).toEqual([
      'Publishing is paused',
      "Next: Instagram · Rosie's Bakery · Tue 09:00",
      '2 posts need attention',
      'Resume publishing',
      'Open Outpost',
      'Quit Outpost',
    ]);
    expect(entry(model.entries, 'Resume publishing').action).toEqual({ kind: 'resume' });
    expect(model.tooltip).toBe('Outpost: paused, 2 need attention');
  });

  it('keeps a very long account name from widening the menu, and the tooltip within Windows’ 127 characters', () => {
    const name = 'The Extraordinarily Long Name Of A Very Small Bakery On The Corner Of The Street';
    const model = trayMenuModel(state({ overview: overview({ next: scheduledItem({ accountName: name }), needsAttention: 1 }) }));
    const nextLabel = labels(model.entries)[0]!;
    expect(nextLabel).toMatch(/^Next: Instagram · The Extraordinarily.*… · Tue 09:00$/);
    expect(nextLabel.length).toBeLessThan(80);
    expect(model.tooltip.length).toBeLessThanOrEqual(127);
  });
});
