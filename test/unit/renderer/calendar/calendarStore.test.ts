import { describe, expect, it } from 'vitest';
import type { ScheduledItem } from '../../../../preload/contract';
import { createCalendarStore } from '../../../../renderer/src/features/calendar/calendarStore';
import { createFakeApi } from '../fakeApi';
import { fakeTarget, type FakeTarget } from '../fakeSchedule';

const DECEMBER = { from: '2025-12-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' };
const OVERVIEW = { paused: false, upcoming: 0, needsAttention: 0, publishing: [], next: null, dueSoonInApp: [] };

function itemOf(target: FakeTarget): ScheduledItem {
  const { caption: _caption, timeline: _timeline, actions: _actions, ...item } = target;
  return item;
}

async function calendarOver(targets: FakeTarget[]) {
  const fake = createFakeApi({ targets });
  const store = createCalendarStore(fake.api);
  const stop = store.getState().connectEvents();
  await store.getState().showRange(DECEMBER, DECEMBER.from);
  await store.getState().loadProblems();
  const ids = () => store.getState().items?.map((item) => item.targetId);
  return { fake, store, stop, ids };
}

describe('calendar store', () => {
  it('asks main for the range with the filter as the contract names it', async () => {
    const { fake, store } = await calendarOver([]);

    await store.getState().setFilter({ accountId: 'acc-page', platform: 'facebook', status: 'upcoming' });

    expect(fake.callsTo('schedule.list').at(-1)).toEqual({
      ...DECEMBER,
      accountIds: ['acc-page'],
      platforms: ['facebook'],
      statuses: ['scheduled', 'publishing'],
    });
  });

  it('puts changed targets in place: in the range and filter they show, out of it they leave, in due order', async () => {
    const early = fakeTarget('t-early', { dueAt: '2025-12-02T09:00:00.000Z' });
    const late = fakeTarget('t-late', { dueAt: '2025-12-20T09:00:00.000Z' });
    const { fake, store, ids } = await calendarOver([early, late]);
    await store.getState().setFilter({ platform: 'instagram' });
    expect(ids()).toEqual(['t-early', 't-late']);

    fake.emit('schedule.changed', {
      overview: OVERVIEW,
      targets: [
        itemOf({ ...late, dueAt: '2025-12-01T08:00:00.000Z' }),
        itemOf(fakeTarget('t-new', { dueAt: '2025-12-10T09:00:00.000Z' })),
        itemOf(fakeTarget('t-tiktok', { platform: 'tiktok', dueAt: '2025-12-10T09:00:00.000Z' })),
        itemOf({ ...early, dueAt: '2026-02-01T09:00:00.000Z' }),
      ],
    });

    expect(ids()).toEqual(['t-late', 't-new']);
  });

  it('keeps the problems list to the targets that need the owner, as they change', async () => {
    const failed = fakeTarget('t-failed', { status: 'failed' });
    const { fake, store } = await calendarOver([failed, fakeTarget('t-fine')]);
    expect(store.getState().problems.map((item) => item.targetId)).toEqual(['t-failed']);

    fake.emit('schedule.changed', {
      overview: OVERVIEW,
      targets: [itemOf({ ...failed, status: 'scheduled' }), itemOf(fakeTarget('t-missed', { status: 'missed' }))],
    });

    expect(store.getState().problems.map((item) => item.targetId)).toEqual(['t-missed']);
  });

  it('shows live progress on the item and on its open details', async () => {
    const { fake, store } = await calendarOver([fakeTarget('t-1', { status: 'publishing', step: 'Uploading the video', progress: 0 })]);
    await store.getState().select('t-1');

    fake.emit('publish.progress', { targetId: 't-1', step: 'Waiting for Instagram', progress: null });

    expect(store.getState().items?.[0]).toMatchObject({ step: 'Waiting for Instagram', progress: null });
    expect(store.getState().selection?.details).toMatchObject({ kind: 'ready', details: { step: 'Waiting for Instagram', progress: null } });
  });

  it('reloads the open details when main changes that target, keeping the old ones on screen meanwhile', async () => {
    const { fake, store } = await calendarOver([fakeTarget('t-1')]);
    await store.getState().select('t-1');
    fake.schedule.targets = [fakeTarget('t-1', { status: 'published', publishedAt: '2025-12-10T15:30:20.000Z' })];

    fake.emit('schedule.changed', { overview: OVERVIEW, targets: [itemOf(fake.schedule.targets[0] as FakeTarget)] });

    expect(store.getState().selection?.details.kind).toBe('ready');
    await expect.poll(() => (store.getState().selection?.details.kind === 'ready' ? store.getState().selection?.details : null)).toMatchObject({
      details: { status: 'published', actions: { publishNow: false, retry: false, reschedule: false, cancel: false } },
    });
  });

  it('stops listening when asked', async () => {
    const { fake, store, stop, ids } = await calendarOver([fakeTarget('t-1')]);
    stop();

    fake.emit('schedule.changed', { overview: OVERVIEW, targets: [itemOf(fakeTarget('t-2'))] });

    expect(ids()).toEqual(['t-1']);
    expect(store.getState().problems).toEqual([]);
  });
});
