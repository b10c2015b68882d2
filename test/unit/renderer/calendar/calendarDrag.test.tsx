import type { CalendarOptions, EventDropInfo } from '@fullcalendar/react';
import type * as FullCalendarModule from '@fullcalendar/react';
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bakerySchedule, calendarPost, freezeClock, openCalendar } from './calendarFixtures';

/**
 * jsdom lays nothing out, so FullCalendar cannot be dragged here. These tests keep the real
 * calendar and hold on to the options the screen gives it, then call its eventDrop as FullCalendar
 * does when a post is dropped on another time.
 */
const given = vi.hoisted(() => ({ options: null as CalendarOptions | null }));

vi.mock('@fullcalendar/react', async (importOriginal) => {
  const actual = await importOriginal<typeof FullCalendarModule>();
  const FullCalendar = actual.default;
  return {
    ...actual,
    default: function RecordingCalendar(props: Parameters<typeof FullCalendar>[0]) {
      given.options = props;
      return <FullCalendar {...props} />;
    },
  };
});

beforeEach(() => {
  freezeClock();
  given.options = null;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Drops a post at `start`, as FullCalendar reports it; resolves once the screen has handled it. */
async function drop(targetId: string, start: Date) {
  const revert = vi.fn();
  const info = { event: { id: targetId, start }, revert } as unknown as EventDropInfo;
  const onDrop = given.options?.eventDrop;
  if (!onDrop) throw new Error('The calendar was given no eventDrop.');
  await act(async () => onDrop(info));
  return revert;
}

describe('Calendar: dragging a post to another time', () => {
  it('lets only scheduled and missed posts be dragged', async () => {
    await openCalendar();
    const events = given.options?.events as { id: string; startEditable: boolean }[];
    expect(Object.fromEntries(events.map((event) => [event.id, event.startEditable]))).toEqual({
      't-lemon': true,
      't-christmas': true,
      't-sourdough': false,
      't-published': false,
    });
  });

  it('moves the post to where it was dropped', async () => {
    const { fake } = await openCalendar();

    const revert = await drop('t-lemon', new Date('2025-12-12T14:30:00.000Z'));

    expect(fake.callsTo('schedule.reschedule')).toEqual([{ targetId: 't-lemon', dueAt: '2025-12-12T14:30:00.000Z' }]);
    expect(revert).not.toHaveBeenCalled();
    expect(await screen.findByRole('alertdialog', { name: 'Post moved' })).toHaveTextContent('12 Dec 2025, 09:30');
    expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(/^09:30,/);
  });

  it('puts the post back and says why when main refuses the time', async () => {
    const { fake } = await openCalendar();

    const revert = await drop('t-lemon', new Date('2025-12-08T14:30:00.000Z'));

    expect(fake.callsTo('schedule.reschedule')).toHaveLength(1);
    expect(revert).toHaveBeenCalledOnce();
    const toast = await screen.findByRole('alertdialog', { name: 'The post was not moved' });
    expect(toast).toHaveTextContent('That time has already passed. Choose a time from now on.');
    expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(/^21:00,/);
  });

  it('puts the post back when main answers that it is already out', async () => {
    const fake = bakerySchedule();
    fake.handle('schedule.reschedule', () => ({
      ok: false,
      code: 'TARGET_LOCKED',
      message: 'This post started publishing a moment ago, so it cannot be moved.',
    }));
    await openCalendar(fake);

    const revert = await drop('t-lemon', new Date('2025-12-12T14:30:00.000Z'));

    expect(revert).toHaveBeenCalledOnce();
    const toast = await screen.findByRole('alertdialog', { name: 'The post was not moved' });
    expect(toast).toHaveTextContent('This post started publishing a moment ago, so it cannot be moved.');
    expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(/^21:00,/);
  });
});
