import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bakerySchedule, freezeClock, openCalendar } from '../calendar/calendarFixtures';

beforeEach(() => {
  freezeClock();
});

afterEach(() => {
  vi.useRealTimers();
});

async function openPostingTimes(fake = bakerySchedule()) {
  const rendered = await openCalendar(fake);
  await rendered.user.click(screen.getByRole('button', { name: 'Posting times' }));
  const dialog = await screen.findByRole('dialog', { name: 'Posting times' });
  return { ...rendered, dialog };
}

describe('Posting times: suggested from the owner’s history', () => {
  it('offers the times the account’s history favours, each added in one click', async () => {
    const fake = bakerySchedule();
    fake.insights.suggestions['acc-ig-page'] = {
      accountId: 'acc-ig-page',
      enoughData: true,
      slots: [
        { weekday: 3, time: '18:00', posts: 6, engagementRate: 0.085 },
        { weekday: 6, time: '10:00', posts: 4, engagementRate: 0.061 },
      ],
    };
    fake.schedule.slots = [{ accountId: 'acc-ig-page', slots: [{ weekday: 6, time: '10:00' }] }];
    const { user, dialog } = await openPostingTimes(fake);

    const suggested = await within(dialog).findByRole('group', { name: 'Suggested from your history for Crumb & Co (Instagram)' });
    // Saturday 10:00 is already one of its times.
    expect(within(suggested).getAllByRole('button').map((button) => button.textContent)).toEqual(['Add Wednesday 18:00 · 8.5% over 6 posts']);

    await user.click(within(suggested).getByRole('button', { name: /Add Wednesday 18:00/ }));

    expect(fake.callsTo('schedule.setSlots')).toEqual([
      {
        accountId: 'acc-ig-page',
        slots: [
          { weekday: 3, time: '18:00' },
          { weekday: 6, time: '10:00' },
        ],
      },
    ]);
    const instagram = within(dialog).getByRole('region', { name: 'Crumb & Co (Instagram)' });
    expect(await within(instagram).findByText('Wednesday 18:00')).toBeInTheDocument();
    await waitFor(() => expect(suggested).toHaveTextContent('All of the suggested times are already posting times.'));
  });

  it('says quietly when an account has too little history to suggest from', async () => {
    const { dialog, fake } = await openPostingTimes();

    const suggested = await within(dialog).findByRole('group', { name: 'Suggested from your history for Crumb & Co Bakery (Facebook)' });
    expect(suggested).toHaveTextContent('Not enough posts yet to suggest times.');
    expect(within(suggested).queryByRole('button')).not.toBeInTheDocument();
    expect(fake.callsTo('insights.suggestSlots')).toContainEqual({ accountId: 'acc-page' });
  });
});
