import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { SCHEDULE_NOW } from '../fakeSchedule';
import { renderSection } from '../renderApp';

/** Now is Tuesday 9 December 2025, 11:00 in Paris (the owner's zone). */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SCHEDULE_NOW));
});

afterEach(() => {
  vi.useRealTimers();
});

async function openLemon(fake: FakeApi = createFakeApi({ accounts: liveAccounts() })) {
  const rendered = await renderSection('insights', 'Insights', fake);
  const top = await screen.findByRole('region', { name: 'Top posts' });
  await rendered.user.click(within(top).getByRole('button', { name: /Lemon drizzle/ }));
  const detail = await screen.findByRole('region', { name: 'Post insights' });
  await within(detail).findByRole('table');
  return { ...rendered, detail };
}

describe('Insights: a post’s detail', () => {
  it('opens from the top posts with its caption, account, time, link and history', async () => {
    const { detail, fake } = await openLemon();

    expect(fake.callsTo('insights.post')).toEqual([{ postId: 'p-lemon' }]);
    expect(within(detail).getByRole('heading', { level: 2, name: 'Lemon drizzle is back this weekend!' })).toHaveFocus();
    expect(detail).toHaveTextContent('Crumb & Co (Instagram)');
    // 17:00 UTC is 18:00 in Paris.
    expect(detail).toHaveTextContent('3 Dec 2025, 18:00');
    expect(detail).toHaveTextContent('Published with Outpost');
    expect(within(detail).getByRole('link', { name: /^View the post on Instagram/ })).toHaveAttribute(
      'href',
      'https://www.instagram.com/p/p-lemon/',
    );
    expect(detail).toHaveTextContent('Next measurement' + 'tomorrow at 18:00');
    expect(within(detail).getByRole('figure', { name: 'Figures over time' })).toHaveAccessibleDescription(
      'Views, reach, interactions and likes at 3 measurements, from 3 Dec 2025, 19:00 to 6 Dec 2025, 18:00. Latest: views 1,500, reach 1,000, interactions 85, likes 70.',
    );
    const rows = within(within(detail).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'MeasuredWhenViewsReachInteractionsLikes',
      '3 Dec 2025, 19:001 hour after20015014' + '12',
      '4 Dec 2025, 18:001 day after1,10080066' + '55',
      '6 Dec 2025, 18:003 days after1,5001,00085' + '70',
    ]);
    expect(within(detail).getByRole('list', { name: 'Not available for this post' })).toHaveTextContent(
      'Instagram does not give shares for this kind of post.',
    );
  });

  it('measures the post again on Refresh, as a measurement without a checkpoint', async () => {
    const { user, detail, fake } = await openLemon();

    await user.click(within(detail).getByRole('button', { name: 'Refresh' }));

    expect(fake.callsTo('insights.refreshPost')).toEqual([{ postId: 'p-lemon' }]);
    await waitFor(() => expect(within(within(detail).getByRole('table')).getAllByRole('row')).toHaveLength(5));
    expect(within(detail).getAllByRole('row').at(-1)).toHaveTextContent('9 Dec 2025, 11:00Refreshed1,510');
  });

  it('goes back to the dashboard as the owner left it', async () => {
    const { user } = await openLemon();

    await user.click(screen.getByRole('button', { name: 'Back to Insights' }));

    expect(await screen.findByRole('region', { name: 'Headline figures' })).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'Period' })).getByRole('radio', { name: '28 days' })).toBeChecked();
  });

  it('says why a post’s figures could not be loaded', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    const { user } = await renderSection('insights', 'Insights', fake);
    const bottom = await screen.findByRole('region', { name: 'Bottom posts' });

    await user.click(within(bottom).getByRole('button', { name: /Christmas opening hours/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This post’s figures could not be loaded: Outpost has no figures for that post.');
  });
});
