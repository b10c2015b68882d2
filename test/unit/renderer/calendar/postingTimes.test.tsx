import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../fakeApi';
import { bakerySchedule, freezeClock, openCalendar } from './calendarFixtures';
import { renderSection } from '../renderApp';

beforeEach(() => {
  freezeClock();
});

afterEach(() => {
  vi.useRealTimers();
});

async function openPostingTimes(user: Awaited<ReturnType<typeof openCalendar>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Posting times' }));
  return screen.findByRole('dialog', { name: 'Posting times' });
}

describe('Calendar: posting times for the queue', () => {
  it('says what posting times are for, and lists each connected account with its times', async () => {
    const fake = bakerySchedule();
    fake.schedule.slots = [{ accountId: 'acc-page', slots: [{ weekday: 5, time: '17:00' }, { weekday: 1, time: '08:30' }] }];
    const { user } = await openCalendar(fake);

    const dialog = await openPostingTimes(user);

    expect(dialog).toHaveTextContent('When you choose “Add to queue” while scheduling, each account’s post takes its next free time.');
    expect(dialog).toHaveTextContent('in your time zone: America/New York (GMT-5).');
    const page = await within(dialog).findByRole('region', { name: 'Crumb & Co Bakery (Facebook)' });
    expect(within(within(page).getByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Monday 08:30', 'Friday 17:00']);
    expect(within(dialog).getByRole('region', { name: 'Crumb & Co (Instagram)' })).toHaveTextContent('No posting times yet.');
  });

  it('adds a weekly time to an account and removes it again, saving each change', async () => {
    const { user, fake } = await openCalendar();
    const dialog = await openPostingTimes(user);
    const instagram = await within(dialog).findByRole('region', { name: 'Crumb & Co (Instagram)' });

    await user.selectOptions(within(instagram).getByLabelText('Day'), 'Wednesday');
    const time = within(instagram).getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '11:45');
    await user.click(within(instagram).getByRole('button', { name: 'Add time' }));

    expect(fake.callsTo('schedule.setSlots')).toEqual([{ accountId: 'acc-ig-page', slots: [{ weekday: 3, time: '11:45' }] }]);
    expect(await within(instagram).findByText('Wednesday 11:45')).toBeInTheDocument();

    await user.click(within(instagram).getByRole('button', { name: 'Remove Wednesday 11:45' }));

    expect(fake.callsTo('schedule.setSlots').at(-1)).toEqual({ accountId: 'acc-ig-page', slots: [] });
    expect(await within(instagram).findByText('No posting times yet.')).toBeInTheDocument();
    expect(fake.schedule.slots).toEqual([{ accountId: 'acc-ig-page', slots: [] }]);
  });

  it('does not add a time the account already has', async () => {
    const fake = bakerySchedule();
    fake.schedule.slots = [{ accountId: 'acc-ig-page', slots: [{ weekday: 1, time: '09:00' }] }];
    const { user } = await openCalendar(fake);
    const dialog = await openPostingTimes(user);
    const instagram = await within(dialog).findByRole('region', { name: 'Crumb & Co (Instagram)' });

    await user.click(within(instagram).getByRole('button', { name: 'Add time' }));

    expect(await within(instagram).findByRole('alert')).toHaveTextContent('Monday 09:00 is already one of Crumb & Co’s times.');
    expect(fake.callsTo('schedule.setSlots')).toEqual([]);
  });

  it('says why main did not save a change', async () => {
    const fake = bakerySchedule();
    fake.handle('schedule.setSlots', () => ({ ok: false, code: 'DISK_FULL', message: 'The disk is full.', action: 'Free some space, then try again.' }));
    const { user } = await openCalendar(fake);
    const dialog = await openPostingTimes(user);
    const instagram = await within(dialog).findByRole('region', { name: 'Crumb & Co (Instagram)' });

    await user.click(within(instagram).getByRole('button', { name: 'Add time' }));

    expect(await within(instagram).findByRole('alert')).toHaveTextContent('The disk is full. Free some space, then try again.');
    expect(within(instagram).getByText('No posting times yet.')).toBeInTheDocument();
  });

  it('asks for an account first when none is connected', async () => {
    const { user } = await renderSection('calendar', 'Calendar', createFakeApi());

    await user.click(await screen.findByRole('button', { name: 'Posting times' }));

    const dialog = await screen.findByRole('dialog', { name: 'Posting times' });
    await waitFor(() => expect(dialog).toHaveTextContent('Connect an account first; then give it posting times here.'));
  });
});
