import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget } from '../fakeComposer';
import { openCompose } from './composeFixtures';

const REMEMBERED = 'outpost.compose.openPostId';
/** Tuesday 9 December 2025, 11:20 in Paris (the owner's zone): the next whole hour is 12:00, 11:00 UTC. */
const NOW = '2025-12-09T10:20:00.000Z';

beforeEach(() => {
  window.localStorage.clear();
  window.localStorage.setItem(REMEMBERED, 'post-1');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Lemon drizzle, to the bakery's Instagram and its Facebook Page, ready to schedule. */
function bakery(): FakeApi {
  return createFakeApi({
    accounts: liveAccounts(),
    posts: [
      draftPost('post-1', {
        body: 'Lemon drizzle is back this weekend!',
        targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig' }), draftTarget('post-1', 'facebook', 'acc-page', { id: 'fb' })],
      }),
    ],
  });
}

async function openSchedulingStep(fake: FakeApi = bakery()) {
  const rendered = await openCompose(fake);
  await rendered.user.click(screen.getByRole('button', { name: 'Continue to scheduling' }));
  const dialog = await screen.findByRole('dialog', { name: 'Schedule post' });
  await within(dialog).findByText('Ready to schedule. Choose when it goes out.');
  return { ...rendered, dialog };
}

const plannedRows = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'When each destination goes out' }))
    .getAllByRole('listitem')
    .map((row) => row.textContent);

describe('Compose: the scheduling step', () => {
  it('starts at the next whole hour in the owner’s zone and shows main’s plan for each destination', async () => {
    const fake = bakery();
    fake.schedule.planWarnings = { ig: ['Crumb & Co has posted 24 times in the last 24 hours; Instagram allows 25.'] };
    const { dialog } = await openSchedulingStep(fake);

    expect(within(dialog).getByRole('radio', { name: 'At a date and time' })).toBeChecked();
    const field = within(dialog).getByLabelText('Date and time');
    expect(field).toHaveValue('2025-12-09T12:00');
    expect(field).toHaveAccessibleDescription('In your time zone, Europe/Paris (CET).');
    await waitFor(() => expect(fake.callsTo('schedule.plan')).toEqual([{ postId: 'post-1', when: { kind: 'at', dueAt: '2025-12-09T11:00:00.000Z' } }]));
    expect(await within(dialog).findByRole('list', { name: 'When each destination goes out' })).toBeInTheDocument();
    expect(plannedRows(dialog)).toEqual([
      'Instagram · Crumb & Co9 Dec 2025, 12:00Needs Outpost running at that time (it can be closed to the tray).Crumb & Co has posted 24 times in the last 24 hours; Instagram allows 25.',
      'Facebook · Crumb & Co Bakery9 Dec 2025, 12:00Facebook publishes it even if this computer is off.',
    ]);
  });

  it('asks again for another time and schedules the post at it; the toast leads to the calendar', async () => {
    const fake = bakery();
    const { user, dialog } = await openSchedulingStep(fake);

    const field = within(dialog).getByLabelText('Date and time');
    await user.clear(field);
    await user.type(field, '2025-12-24T08:30');
    await waitFor(() => expect(fake.callsTo('schedule.plan').at(-1)).toEqual({ postId: 'post-1', when: { kind: 'at', dueAt: '2025-12-24T07:30:00.000Z' } }));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    expect(fake.callsTo('schedule.schedulePost')).toEqual([{ postId: 'post-1', when: { kind: 'at', dueAt: '2025-12-24T07:30:00.000Z' } }]);
    const toast = await screen.findByRole('alertdialog', { name: 'Post scheduled' });
    expect(toast).toHaveTextContent('24 Dec 2025, 08:30');
    // The composer moves on to a new post; the scheduled one is in the calendar.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Schedule post' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('');
    expect(fake.composer.posts.find((post) => post.id === 'post-1')?.targets.map((target) => target.status)).toEqual(['scheduled', 'scheduled']);

    await user.click(within(toast).getByRole('button', { name: 'View in calendar' }));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    expect(await within(details).findByText('Instagram · Crumb & Co')).toBeInTheDocument();
    expect(within(details).getByText(/24 Dec 2025, 08:30/)).toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
  });

  it('adds the post to the queue: each account takes its next free posting time', async () => {
    const fake = bakery();
    // Wednesdays at 09:00 for Instagram, Fridays at 17:30 for the Page (Paris time).
    fake.schedule.slots = [
      { accountId: 'acc-ig-page', slots: [{ weekday: 3, time: '09:00' }] },
      { accountId: 'acc-page', slots: [{ weekday: 5, time: '17:30' }] },
    ];
    const { user, dialog } = await openSchedulingStep(fake);

    await user.click(within(dialog).getByRole('radio', { name: 'Add to queue' }));

    expect(within(dialog).queryByLabelText('Date and time')).not.toBeInTheDocument();
    await waitFor(() => expect(fake.callsTo('schedule.plan').at(-1)).toEqual({ postId: 'post-1', when: { kind: 'queue' } }));
    await waitFor(() => expect(plannedRows(dialog)[0]).toContain('10 Dec 2025, 09:00'));
    expect(plannedRows(dialog)[1]).toContain('12 Dec 2025, 17:30');
    await user.click(within(dialog).getByRole('button', { name: 'Add to queue' }));

    expect(fake.callsTo('schedule.schedulePost')).toEqual([{ postId: 'post-1', when: { kind: 'queue' } }]);
    expect(await screen.findByRole('alertdialog', { name: 'Added to the queue' })).toHaveTextContent('First out 10 Dec 2025, 09:00');
  });

  it('warns about an account without posting times, and shows main’s refusal in the dialog', async () => {
    const fake = bakery();
    fake.schedule.slots = [{ accountId: 'acc-ig-page', slots: [{ weekday: 3, time: '09:00' }] }];
    const { user, dialog } = await openSchedulingStep(fake);

    await user.click(within(dialog).getByRole('radio', { name: 'Add to queue' }));

    await waitFor(() => expect(plannedRows(dialog)[1]).toContain('No time yet'));
    expect(plannedRows(dialog)[1]).toContain('This account has no posting times yet');
    await user.click(within(dialog).getByRole('button', { name: 'Add to queue' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('An account has no free posting time. Add posting times, or choose a date and time.');
    expect(screen.getByRole('dialog', { name: 'Schedule post' })).toBeInTheDocument();
  });

  it('publishes now', async () => {
    const fake = bakery();
    const { user, dialog } = await openSchedulingStep(fake);

    await user.click(within(dialog).getByRole('radio', { name: 'Publish now' }));

    await waitFor(() => expect(plannedRows(dialog)[0]).toContain('As soon as you confirm'));
    expect(fake.callsTo('schedule.plan').at(-1)).toEqual({ postId: 'post-1', when: { kind: 'now' } });
    await user.click(within(dialog).getByRole('button', { name: 'Publish now' }));

    expect(fake.callsTo('schedule.schedulePost')).toEqual([{ postId: 'post-1', when: { kind: 'now' } }]);
    expect(await screen.findByRole('alertdialog', { name: 'Publishing now' })).toBeInTheDocument();
  });

  it('keeps the dialog open with main’s words when the post is not ready after all', async () => {
    const fake = bakery();
    fake.handle('schedule.schedulePost', () => ({
      ok: false,
      code: 'POST_NOT_READY',
      message: 'Instagram needs a photo or a video for a feed post.',
      action: 'Add one, then schedule again.',
    }));
    const { user, dialog } = await openSchedulingStep(fake);

    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Instagram needs a photo or a video for a feed post. Add one, then schedule again.');
    expect(screen.queryByRole('alertdialog', { name: 'Post scheduled' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Schedule post' })).toBeInTheDocument();
  });

  it('shows a time already past as main refuses it', async () => {
    const fake = bakery();
    const { user, dialog } = await openSchedulingStep(fake);

    const field = within(dialog).getByLabelText('Date and time');
    await user.clear(field);
    await user.type(field, '2025-12-08T08:30');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That time has already passed. Choose a time from now on.');
  });
});
