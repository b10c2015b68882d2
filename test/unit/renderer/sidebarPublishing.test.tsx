import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublishingOverview } from '../../../preload/contract';
import { createFakeApi, liveAccounts } from './fakeApi';
import { fakeTarget } from './fakeSchedule';
import { renderSection } from './renderApp';

const calendarLink = () => within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Calendar' });

function overview(patch: Partial<PublishingOverview>): PublishingOverview {
  return { paused: false, upcoming: 0, needsAttention: 0, publishing: [], next: null, dueSoonInApp: [], ...patch };
}

describe('Sidebar: publishing at a glance', () => {
  it('shows how many posts are coming and how many need attention beside Calendar, in words for screen readers', async () => {
    const fake = createFakeApi({
      accounts: liveAccounts(),
      targets: [
        fakeTarget('t-1'),
        fakeTarget('t-2', { dueAt: '2025-12-11T10:00:00.000Z' }),
        fakeTarget('t-3', { status: 'failed' }),
      ],
    });
    await renderSection('drafts', 'Drafts', fake);

    await waitFor(() => expect(calendarLink()).toHaveAccessibleDescription('2 upcoming, 1 needs attention'));
    expect(calendarLink()).toHaveAccessibleName('Calendar');
    expect(calendarLink().querySelector('.sidebar__count--attention')).toHaveTextContent('1');
  });

  it('keeps the counts current as main reports changes', async () => {
    const fake = createFakeApi({ accounts: liveAccounts(), targets: [fakeTarget('t-1')] });
    await renderSection('drafts', 'Drafts', fake);
    await waitFor(() => expect(calendarLink()).toHaveAccessibleDescription('1 upcoming'));

    act(() => fake.emit('schedule.changed', { overview: overview({ upcoming: 0, needsAttention: 2 }), targets: [] }));

    expect(calendarLink()).toHaveAccessibleDescription('2 need attention');
    expect(calendarLink().querySelector('.sidebar__count--attention')).toHaveTextContent('2');
  });

  it('shows nothing beside Calendar when nothing is scheduled', async () => {
    const fake = createFakeApi();
    await renderSection('drafts', 'Drafts', fake);
    await waitFor(() => expect(fake.callsTo('schedule.overview')).not.toHaveLength(0));
    expect(calendarLink()).not.toHaveAccessibleDescription();
    expect(calendarLink().querySelector('.sidebar__count')).toBeNull();
  });

  it('says when publishing is paused, and resumes it', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    fake.schedule.paused = true;
    const { user } = await renderSection('drafts', 'Drafts', fake);

    const paused = await screen.findByText('Publishing is paused');
    await user.click(within(paused.closest('.sidebar-paused') as HTMLElement).getByRole('button', { name: 'Resume' }));

    expect(fake.callsTo('schedule.setPaused')).toEqual([{ paused: false }]);
    await waitFor(() => expect(screen.queryByText('Publishing is paused')).not.toBeInTheDocument());
  });

  it('shows the pause as soon as main reports it (from the tray)', async () => {
    const fake = createFakeApi();
    await renderSection('drafts', 'Drafts', fake);
    await waitFor(() => expect(fake.callsTo('schedule.overview')).not.toHaveLength(0));

    act(() => fake.emit('schedule.changed', { overview: overview({ paused: true }), targets: [] }));

    expect(screen.getByText('Publishing is paused')).toBeInTheDocument();
  });
});
