import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeTarget } from '../fakeSchedule';
import {
  bakerySchedule,
  calendarPost,
  calendarRegion,
  christmas,
  freezeClock,
  lemon,
  openCalendar,
  published,
  sourdough,
} from './calendarFixtures';
import { renderSection } from '../renderApp';

beforeEach(() => {
  freezeClock();
  window.localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Closes the details dialog; the page behind it is hidden from assistive technology while it is open. */
async function closeDetails(user: Awaited<ReturnType<typeof openCalendar>>['user']) {
  await user.click(within(screen.getByRole('dialog', { name: 'Post details' })).getByRole('button', { name: 'Close' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Post details' })).not.toBeInTheDocument());
}

const lastListQuery = (fake: ReturnType<typeof bakerySchedule>) => fake.callsTo('schedule.list').at(-1);

describe('Calendar: the posts in the owner’s time zone', () => {
  it('opens on the month, in the owner’s zone', async () => {
    const fake = bakerySchedule();
    await renderSection('calendar', 'Calendar', fake);

    expect(await screen.findByRole('table', { name: 'December 2025' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'December 2025' })).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'View' })).getByRole('radio', { name: 'Month' })).toBeChecked();
    // Six weeks from Monday 1 December, midnight in New York: the month grid's days.
    await waitFor(() => expect(lastListQuery(fake)).toEqual({ from: '2025-12-01T05:00:00.000Z', to: '2026-01-12T05:00:00.000Z' }));
    // Asked once, in the owner's zone: the calendar waits for the settings rather than guess the zone.
    expect(fake.callsTo('schedule.list').every((query) => (query as { from: string }).from === '2025-12-01T05:00:00.000Z')).toBe(true);
  });

  it('shows the month’s posts at their times in the owner’s zone, with platform, account, text and status', async () => {
    await openCalendar();

    expect(screen.getByRole('heading', { level: 2, name: 'December 2025' })).toBeInTheDocument();
    // 02:00 UTC on the 11th is 21:00 on the 10th in New York.
    expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(
      '21:00, Instagram · Crumb & Co: “Lemon drizzle is back this weekend!” Scheduled. Needs Outpost running.',
    );
    expect(calendarPost(/Christmas/)).toHaveAccessibleName(
      '09:00, Facebook · Crumb & Co Bakery: “Christmas opening hours” Scheduled. Goes out from Facebook.',
    );
    expect(calendarPost(/Croissant/)).toHaveAccessibleName(
      '10:00, Instagram · Crumb & Co: “Croissant Friday” Published: Went out 12 minutes late.',
    );
    expect(calendarPost(/Sourdough/)).toHaveAccessibleName(/^12:00, TikTok · Crumb & Co on TikTok: “Sourdough class on Saturday” Failed\./);
  });

  it('lists the month by day in the List view, each post on its day in the owner’s zone', async () => {
    await openCalendar();

    const wednesday = await screen.findByRole('listitem', { name: '10 December 2025' });
    expect(within(wednesday).getByRole('button', { name: /Lemon drizzle/ })).toBeInTheDocument();
    expect(within(calendarRegion()).queryByRole('listitem', { name: '11 December 2025' })).not.toBeInTheDocument();
  });

  it('asks main for the period shown, and for the next one', async () => {
    const { user, fake } = await openCalendar();
    // The list shows the month, midnight to midnight in New York.
    expect(lastListQuery(fake)).toEqual({ from: '2025-12-01T05:00:00.000Z', to: '2026-01-01T05:00:00.000Z' });

    await user.click(screen.getByRole('button', { name: 'Next month' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'January 2026' })).toBeInTheDocument();
    expect(lastListQuery(fake)).toEqual({ from: '2026-01-01T05:00:00.000Z', to: '2026-02-01T05:00:00.000Z' });
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2025' })).toBeInTheDocument();
  });

  it('explains the two marks: posts that need Outpost running, and those Facebook publishes', async () => {
    await openCalendar();
    const legend = screen.getByRole('list', { name: 'What the marks mean' });
    expect(legend).toHaveTextContent('Needs Outpost running at that time (it can be closed to the tray).');
    expect(legend).toHaveTextContent('Facebook publishes it even if this computer is off.');
  });
});

describe('Calendar: filters', () => {
  it('narrows the posts to one platform, one state, or one account', async () => {
    const { user, fake } = await openCalendar();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Platform' })).getByRole('radio', { name: 'Facebook' }));
    await waitFor(() => expect(within(calendarRegion()).queryByRole('button', { name: /Lemon drizzle/ })).not.toBeInTheDocument());
    expect(calendarPost(/Christmas/)).toBeInTheDocument();
    expect(lastListQuery(fake)).toMatchObject({ platforms: ['facebook'] });

    await user.click(within(screen.getByRole('radiogroup', { name: 'Platform' })).getByRole('radio', { name: 'All' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Status' })).getByRole('radio', { name: 'Needs attention' }));
    await waitFor(() => expect(within(calendarRegion()).queryByRole('button', { name: /Christmas/ })).not.toBeInTheDocument());
    expect(calendarPost(/Sourdough/)).toBeInTheDocument();
    expect(lastListQuery(fake)).toMatchObject({ statuses: ['failed', 'needs_attention', 'missed'] });

    await user.click(within(screen.getByRole('radiogroup', { name: 'Status' })).getByRole('radio', { name: 'All' }));
    await user.click(screen.getByRole('combobox', { name: 'Account' }));
    await user.click(await screen.findByRole('option', { name: 'Crumb & Co Bakery (Facebook)' }));
    await waitFor(() => expect(lastListQuery(fake)).toMatchObject({ accountIds: ['acc-page'] }));
    await waitFor(() => expect(within(calendarRegion()).queryByRole('button', { name: /Lemon drizzle/ })).not.toBeInTheDocument());
    expect(calendarPost(/Christmas/)).toBeInTheDocument();
  });
});

describe('Calendar: needs attention', () => {
  it('lists the posts that need the owner above the calendar, whenever they were due, and opens one', async () => {
    const old = fakeTarget('t-old', { excerpt: 'Summer menu', status: 'missed', dueAt: '2025-08-01T10:00:00.000Z' });
    const { user } = await openCalendar(bakerySchedule([lemon, sourdough, old]));

    const problems = await screen.findByRole('region', { name: 'Needs attention' });
    const rows = within(problems).getAllByRole('button');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Summer menu'),
      expect.stringContaining('TikTok did not accept the video: it is 2 seconds long.'),
    ]);

    await user.click(within(problems).getByRole('button', { name: /Sourdough/ }));
    const details = await screen.findByRole('dialog', { name: 'Post details' });
    expect(await within(details).findByText('Use a video of at least 3 seconds.')).toBeInTheDocument();
  });

  it('has no such list while nothing needs the owner', async () => {
    await openCalendar(bakerySchedule([lemon, christmas]));
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
  });
});

describe('Calendar: a post’s details', () => {
  it('shows the failed post’s problem, its timeline with attempts and the platform’s code, and only Retry, Cancel, Duplicate and Open', async () => {
    const { user } = await openCalendar();

    await user.click(calendarPost(/Sourdough/));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    const timeline = await within(details).findByRole('list', { name: 'Timeline' });
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    expect(entries[2]).toHaveTextContent('Problem: TikTok did not accept the video: it is 2 seconds long.');
    expect(entries[2]).toHaveTextContent('8 Dec 2025, 12:00 · Publishing · Attempt 1');
    expect(entries[2]).toHaveTextContent('spam_risk_too_short (log id 2025120817000901)');
    expect(entries[1]).toHaveTextContent('Done: The video was uploaded.');

    const actions = within(details).getByRole('group', { name: 'Actions' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual(['Retry', 'Cancel scheduling', 'Duplicate', 'Open post']);
    expect(within(details).queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
  });

  it('shows a scheduled post’s time in the owner’s zone, where it goes out from, and Publish now, Reschedule and Cancel', async () => {
    const { user } = await openCalendar();

    await user.click(calendarPost(/Christmas/));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    expect(await within(details).findByText(/12 Dec 2025, 09:00/)).toHaveTextContent('12 Dec 2025, 09:00 · America/New York (GMT-5)');
    expect(details).toHaveTextContent('Facebook publishes it even if this computer is off.');
    expect(details).toHaveTextContent('Christmas opening hours: 8 to 2 on the 24th.');
    const actions = within(details).getByRole('group', { name: 'Actions' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Publish now',
      'Cancel scheduling',
      'Duplicate',
      'Open post',
    ]);
    expect(within(details).getByRole('button', { name: 'Reschedule' })).toBeInTheDocument();
  });

  it('offers Skip, not Cancel, for a missed post', async () => {
    const missed = fakeTarget('t-missed', { excerpt: 'Mince pies', status: 'missed', dueAt: '2025-12-09T08:00:00.000Z' });
    const { user } = await openCalendar(bakerySchedule([lemon, missed]));

    await user.click(calendarPost(/Mince pies/));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    expect(await within(details).findByRole('button', { name: 'Skip' })).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Publish now' })).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Cancel scheduling' })).not.toBeInTheDocument();
  });

  it('links a published post on the platform and offers no action on the post itself', async () => {
    const { user } = await openCalendar();

    await user.click(calendarPost(/Croissant/));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    const link = await within(details).findByRole('link', { name: /View the post on Instagram/ });
    expect(link).toHaveAttribute('href', published.permalink);
    expect(link).toHaveAttribute('target', '_blank');
    expect(details).toHaveTextContent('Published5 Dec 2025, 10:12');
    const actions = within(details).getByRole('group', { name: 'Actions' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual(['Duplicate', 'Open post']);
  });

  it('publishes now, then shows the post publishing', async () => {
    const { user, fake } = await openCalendar();
    await user.click(calendarPost(/Lemon drizzle/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    await user.click(await within(details).findByRole('button', { name: 'Publish now' }));

    expect(fake.callsTo('schedule.publishNow')).toEqual([{ targetId: 't-lemon' }]);
    expect(await within(details).findByText('Publishing')).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Publish now' })).not.toBeInTheDocument();
    expect(within(details).getByRole('status')).toHaveTextContent('Getting ready, 0%');
  });

  it('retries a failed post, which is scheduled again and leaves the problems list', async () => {
    const { user, fake } = await openCalendar();
    await user.click(calendarPost(/Sourdough/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    await user.click(await within(details).findByRole('button', { name: 'Retry' }));

    expect(fake.callsTo('schedule.retry')).toEqual([{ targetId: 't-sourdough' }]);
    expect(await within(details).findByText('Scheduled')).toBeInTheDocument();
    expect(within(details).getByRole('list', { name: 'Timeline' })).toHaveTextContent('Trying again.');
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
  });

  it('cancels scheduling: the post goes back to drafts and leaves the calendar', async () => {
    const { user, fake } = await openCalendar();
    await user.click(calendarPost(/Christmas/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    await user.click(await within(details).findByRole('button', { name: 'Cancel scheduling' }));

    expect(fake.callsTo('schedule.cancel')).toEqual([{ targetId: 't-christmas' }]);
    expect(await within(details).findByText('Back in drafts')).toBeInTheDocument();
    await closeDetails(user);
    expect(within(calendarRegion()).queryByRole('button', { name: /Christmas/ })).not.toBeInTheDocument();
  });

  it('reschedules to a time typed in the owner’s zone', async () => {
    const { user, fake } = await openCalendar();
    await user.click(calendarPost(/Lemon drizzle/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    const field = await within(details).findByLabelText('New time');
    expect(field).toHaveValue('2025-12-10T21:00');
    await user.clear(field);
    await user.type(field, '2025-12-12T09:30');
    await user.click(within(details).getByRole('button', { name: 'Reschedule' }));

    // 09:30 in New York is 14:30 UTC.
    expect(fake.callsTo('schedule.reschedule')).toEqual([{ targetId: 't-lemon', dueAt: '2025-12-12T14:30:00.000Z' }]);
    expect(await screen.findByRole('alertdialog', { name: 'Post moved' })).toHaveTextContent('12 Dec 2025, 09:30');
    await closeDetails(user);
    expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(/^09:30,/);
  });

  it('says why main refused a new time, in the details', async () => {
    const { user } = await openCalendar();
    await user.click(calendarPost(/Lemon drizzle/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    const field = await within(details).findByLabelText('New time');
    await user.clear(field);
    await user.type(field, '2025-12-08T09:30');
    await user.click(within(details).getByRole('button', { name: 'Reschedule' }));

    expect(await within(details).findByRole('alert')).toHaveTextContent('That time has already passed. Choose a time from now on.');
    await closeDetails(user);
    expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(/^21:00,/);
  });

  it('duplicates the post and opens the copy in Compose', async () => {
    const { user, fake } = await openCalendar();
    await user.click(calendarPost(/Croissant/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    await user.click(await within(details).findByRole('button', { name: 'Duplicate' }));

    expect(fake.callsTo('posts.duplicate')).toEqual([{ postId: 'post-published' }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Compose' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Post text' })).toHaveValue('Croissant Friday');
  });

  it('opens the post in Compose', async () => {
    const { user } = await openCalendar();
    await user.click(calendarPost(/Lemon drizzle/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });

    await user.click(await within(details).findByRole('button', { name: 'Open post' }));

    expect(await screen.findByRole('textbox', { name: 'Post text' })).toHaveValue('Lemon drizzle is back this weekend!');
    expect(screen.queryByRole('dialog', { name: 'Post details' })).not.toBeInTheDocument();
  });
});

describe('Calendar: live from main', () => {
  it('puts a changed post in place when main says so, without loading the month again', async () => {
    const { fake } = await openCalendar();
    const loads = fake.callsTo('schedule.list').length;

    act(() => {
      const now = { ...lemon, status: 'published' as const, publishedAt: '2025-12-11T02:00:30.000Z' };
      fake.schedule.targets = fake.schedule.targets.map((target) => (target.targetId === 't-lemon' ? now : target));
      const { caption: _caption, timeline: _timeline, ...item } = now;
      fake.emit('schedule.changed', { overview: { paused: false, upcoming: 1, needsAttention: 1, publishing: [], next: null, dueSoonInApp: [] }, targets: [item] });
    });

    await waitFor(() => expect(calendarPost(/Lemon drizzle/)).toHaveAccessibleName(/Published\.$/));
    expect(fake.callsTo('schedule.list')).toHaveLength(loads);
  });

  it('shows the step and progress of a post being published, in the calendar and its details', async () => {
    const going = fakeTarget('t-going', { excerpt: 'Shop tour', status: 'publishing', dueAt: '2025-12-09T10:00:00.000Z', step: 'Uploading the video', progress: 0.1 });
    const { user, fake } = await openCalendar(bakerySchedule([lemon, going]));
    await user.click(calendarPost(/Shop tour/));
    const details = await screen.findByRole('dialog', { name: 'Post details' });
    expect(await within(details).findByRole('status')).toHaveTextContent('Uploading the video, 10%');

    act(() => fake.emit('publish.progress', { targetId: 't-going', step: 'Uploading the video', progress: 0.45 }));

    expect(within(details).getByRole('status')).toHaveTextContent('Uploading the video, 45%');
    expect(within(details).getByRole('progressbar', { name: 'Publishing progress' })).toHaveAttribute('value', '0.45');
    await closeDetails(user);
    expect(calendarPost(/Shop tour/)).toHaveAccessibleName(/Publishing: Uploading the video, 45%\./);
  });
});

describe('Calendar: opened from the tray or a notification', () => {
  it('goes to the calendar at the post’s date and opens it', async () => {
    const later = fakeTarget('t-later', { excerpt: 'New year opening', dueAt: '2026-01-02T15:00:00.000Z' });
    const fake = bakerySchedule([lemon, later]);
    const { user } = await openCalendar(fake);
    act(() => {
      window.location.hash = '#/settings';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });

    act(() => fake.emit('app.open', { section: 'calendar', targetId: 't-later' }));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    expect(await within(details).findByText(/2 Jan 2026, 10:00/)).toBeInTheDocument();
    await closeDetails(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'January 2026' })).toBeInTheDocument();
    expect(calendarPost(/New year opening/)).toBeInTheDocument();
  });

  it('goes to Accounts when a notification is about an account', async () => {
    const fake = bakerySchedule();
    await openCalendar(fake);

    act(() => fake.emit('app.open', { section: 'accounts', targetId: null }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts' })).toBeInTheDocument();
  });
});
