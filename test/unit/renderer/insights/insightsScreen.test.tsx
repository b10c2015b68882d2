import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { bakeryBestTimes } from '../fakeInsights';
import { SCHEDULE_NOW } from '../fakeSchedule';
import { renderSection } from '../renderApp';

/** Now is Tuesday 9 December 2025, 11:00 in Paris (the owner's zone). */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SCHEDULE_NOW));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function bakery(): FakeApi {
  return createFakeApi({ accounts: liveAccounts(), preferences: { timezone: 'Europe/Paris' } });
}

async function openInsights(fake: FakeApi = bakery()) {
  const rendered = await renderSection('insights', 'Insights', fake);
  await screen.findByRole('region', { name: 'Headline figures' });
  return rendered;
}

const figureCard = (name: string) => within(screen.getByRole('region', { name: 'Headline figures' })).getByRole('group', { name });
const lastQuery = (fake: FakeApi) => fake.callsTo('insights.dashboard').at(-1);

describe('Insights: the dashboard', () => {
  it('asks for the last 28 days in the owner’s zone, and shows the headline figures with their changes', async () => {
    const { fake } = await openInsights();

    expect(lastQuery(fake)).toEqual({ period: { from: '2025-11-12', to: '2025-12-09' } });
    expect(screen.getByText(/12 November to 9 December 2025, compared with 15 October to 11 November 2025/)).toBeInTheDocument();
    expect(figureCard('Views')).toHaveTextContent('18,400');
    expect(figureCard('Views')).toHaveTextContent('up 15% on the previous period');
    expect(figureCard('Views')).toHaveTextContent('vs 16,000');
    expect(figureCard('Reach')).toHaveTextContent('down 8% on the previous period');
    expect(figureCard('Engagement rate')).toHaveTextContent('7.5%');
    expect(figureCard('Engagement rate')).toHaveTextContent('up 1.5 percentage points');
    expect(figureCard('Follower change')).toHaveTextContent('+120');
    expect(figureCard('Posts')).toHaveTextContent('12');
    expect(screen.getByText(/Engagement rate: interactions ÷ people reached, over the posts published in this period/)).toBeInTheDocument();
  });

  it('sends the period chosen: 7 and 90 days, and two days of the owner’s own', async () => {
    const { user, fake } = await openInsights();
    const periods = () => within(screen.getByRole('radiogroup', { name: 'Period' }));

    await user.click(periods().getByRole('radio', { name: '7 days' }));
    await waitFor(() => expect(lastQuery(fake)).toEqual({ period: { from: '2025-12-03', to: '2025-12-09' } }));

    await user.click(periods().getByRole('radio', { name: '90 days' }));
    await waitFor(() => expect(lastQuery(fake)).toEqual({ period: { from: '2025-09-11', to: '2025-12-09' } }));

    await user.click(periods().getByRole('radio', { name: 'Custom' }));
    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2025-10-01');
    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, '2025-10-28');
    await waitFor(() => expect(lastQuery(fake)).toEqual({ period: { from: '2025-10-01', to: '2025-10-28' } }));
    expect(await screen.findByText(/1 to 28 October 2025, compared with 3 to 30 September 2025/)).toBeInTheDocument();
  });

  it('narrows to a platform and to an account', async () => {
    const { user, fake } = await openInsights();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Platform' })).getByRole('radio', { name: 'TikTok' }));
    await waitFor(() => expect(lastQuery(fake)).toEqual({ period: { from: '2025-11-12', to: '2025-12-09' }, platforms: ['tiktok'] }));
    const top = await screen.findByRole('region', { name: 'Top posts' });
    await waitFor(() => expect(within(top).getAllByRole('listitem')).toHaveLength(1));
    expect(top).toHaveTextContent('Shaping a baguette');
    // Only the TikTok account's refresh is offered while the figures cover TikTok alone.
    expect(screen.getByRole('button', { name: 'Refresh Crumb & Co on TikTok (TikTok)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refresh Crumb & Co (Instagram)' })).not.toBeInTheDocument();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Platform' })).getByRole('radio', { name: 'All' }));
    await user.click(screen.getByRole('combobox', { name: 'Account' }));
    await user.click(await screen.findByRole('option', { name: 'Crumb & Co Bakery (Facebook)' }));
    await waitFor(() => expect(lastQuery(fake)).toEqual({ period: { from: '2025-11-12', to: '2025-12-09' }, accountIds: ['acc-page'] }));
  });

  it('lists top and bottom posts with their figures, in the owner’s zone', async () => {
    await openInsights();

    const top = screen.getByRole('region', { name: 'Top posts' });
    const rows = within(top).getAllByRole('button');
    expect(rows[0]).toHaveTextContent('Lemon drizzle is back this weekend!');
    // 17:00 UTC is 18:00 in Paris.
    expect(rows[0]).toHaveTextContent('Instagram · Crumb & Co · 3 Dec 2025, 18:00');
    expect(rows[0]).toHaveTextContent('1,000 reached · 85 interactions');
    expect(rows[0]).toHaveTextContent('8.5% engagement rate');
    // TikTok gives views only.
    expect(rows[1]).toHaveTextContent('5,000 views');
    const bottom = screen.getByRole('region', { name: 'Bottom posts' });
    expect(within(bottom).getAllByRole('button')[0]).toHaveTextContent('Christmas opening hours');
  });

  it('gives each chart a summary a screen reader reads', async () => {
    await openInsights();

    expect(screen.getByRole('figure', { name: 'Daily trend' })).toHaveAccessibleDescription(
      'Reach per day, 12 November to 9 December 2025: highest 185 on 9 December, lowest 50 on 12 November, total 3,290.',
    );
    expect(screen.getByRole('figure', { name: 'Follower growth' })).toHaveAccessibleDescription(
      'Followers gained, 12 November to 9 December 2025: +56 by 9 December.',
    );
    expect(screen.getByRole('figure', { name: 'Posts by engagement' })).toHaveAccessibleDescription(/^Engagement rate of 4 posts, highest first: from 8\.5%/);
  });

  it('switches the daily trend between views, reach and interactions', async () => {
    const { user } = await openInsights();
    const trend = screen.getByRole('figure', { name: 'Daily trend' });

    await user.click(within(trend).getByRole('radio', { name: 'Views' }));

    expect(trend).toHaveAccessibleDescription(/^Views per day, 12 November to 9 December 2025: highest 370 on 9 December/);
  });

  it('shows the best times with the posts behind each cell, and says when there is too little data', async () => {
    const fake = bakery();
    fake.insights.bestTimes = bakeryBestTimes({ postsConsidered: 6, enoughData: false });
    await openInsights(fake);

    const heatmap = screen.getByRole('table', { name: 'Engagement by weekday and hour' });
    const wednesday = within(heatmap).getByRole('cell', { name: 'Wednesday 18:00 to 19:00: 3 posts, engagement rate 8.5%' });
    expect(wednesday).toHaveTextContent('3');
    expect(wednesday).toHaveAttribute('title', 'Wednesday 18:00 to 19:00: 3 posts, engagement rate 8.5%');
    expect(within(heatmap).getByRole('cell', { name: 'Monday 09:00 to 10:00: no posts' })).toHaveTextContent('');
    expect(within(heatmap).getAllByRole('cell', { name: /to \d\d:00: / })).toHaveLength(168);
    expect(screen.getByText('Not enough posts yet to say: 6 of 20.', { exact: false })).toBeInTheDocument();
  });

  it('reloads when main says new figures came in', async () => {
    const { fake } = await openInsights();
    const before = fake.callsTo('insights.dashboard').length;
    fake.insights.headline = { ...fake.insights.headline, views: { current: 20000, previous: 16000, change: 4000, changeRatio: 0.25 } };

    fake.emit('insights.changed', fake.insights.collection);

    await waitFor(() => expect(figureCard('Views')).toHaveTextContent('20,000'));
    expect(fake.callsTo('insights.dashboard').length).toBe(before + 1);
  });

  it('says where collection stands, its problems in words, and refreshes an account', async () => {
    const fake = bakery();
    fake.insights.collection = {
      ...fake.insights.collection,
      pendingMeasurements: 1,
      problems: [{ accountId: 'acc-tiktok', message: 'TikTok asked Outpost to slow down; it tries again in an hour.' }],
    };
    const { user } = await openInsights(fake);

    expect(screen.getByText('Figures last collected today at 03:00. Next daily run tomorrow at 03:00. 1 measurement still to take.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Collection problems' })).toHaveTextContent(
      'Crumb & Co on TikTok (TikTok): TikTok asked Outpost to slow down; it tries again in an hour.',
    );

    const before = fake.callsTo('insights.dashboard').length;
    await user.click(screen.getByRole('button', { name: 'Refresh Crumb & Co (Instagram)' }));

    expect(fake.callsTo('insights.refreshAccount')).toEqual([{ accountId: 'acc-ig-page' }]);
    await waitFor(() => expect(fake.callsTo('insights.dashboard').length).toBe(before + 1));
    expect(await screen.findByText(/Figures last collected today at 11:00\./)).toBeInTheDocument();
  });

  it('exports the period’s posts and daily figures as CSV downloads', async () => {
    const { user, fake } = await openInsights();
    const saved: { name: string; text: Promise<string> }[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push({ name: '', text: blob.text() });
      return `blob:outpost/${saved.length}`;
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const last = saved.at(-1);
      if (last) last.name = this.download;
    });

    await user.click(screen.getByRole('button', { name: 'Posts with latest figures' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Daily account figures' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));

    expect(fake.callsTo('insights.exportCsv')).toEqual([
      { kind: 'posts', query: { period: { from: '2025-11-12', to: '2025-12-09' } } },
      { kind: 'daily', query: { period: { from: '2025-11-12', to: '2025-12-09' } } },
    ]);
    expect(saved[0]?.name).toBe('outpost-posts-2025-11-12-to-2025-12-09.csv');
    expect((await saved[0]?.text)?.split('\n')).toEqual([
      'post,account,published,views',
      'p-lemon,Crumb & Co,2025-12-03T17:00:00.000Z,1500',
      'p-tiktok,Crumb & Co on TikTok,2025-12-06T18:00:00.000Z,5000',
      'p-sourdough,Crumb & Co,2025-11-28T09:00:00.000Z,900',
      'p-hours,Crumb & Co Bakery,2025-12-01T08:00:00.000Z,400',
    ]);
    expect(saved[1]?.name).toBe('outpost-daily-2025-11-12-to-2025-12-09.csv');
    expect((await saved[1]?.text)?.split('\n')[1]).toBe('2025-11-12,100,50,1000');
  });
});

describe('Insights: when there is nothing to show yet', () => {
  it('asks for an account first', async () => {
    await renderSection('insights', 'Insights', createFakeApi());

    const empty = await screen.findByRole('region', { name: 'No accounts yet' });
    expect(empty).toHaveTextContent('The first figures come in about an hour after a post goes out.');
    expect(within(empty).getByRole('button', { name: 'Go to Accounts' })).toBeInTheDocument();
  });

  it('says when the first figures will come in', async () => {
    const fake = bakery();
    fake.insights.posts = [];
    fake.insights.headline = { ...fake.insights.headline, posts: { current: 0, previous: 0, change: 0, changeRatio: null } };
    fake.insights.daily = (period) => [{ day: period.to, views: null, reach: null, interactions: null, followers: null, followerChange: null }];
    fake.insights.bestTimes = bakeryBestTimes({ cells: [], postsConsidered: 0, enoughData: false });
    await renderSection('insights', 'Insights', fake);

    const empty = await screen.findByRole('region', { name: 'No figures yet' });
    expect(empty).toHaveTextContent(
      'The first figures come in about an hour after a post goes out. Posts published outside Outpost come in at the daily run, or when you choose Refresh.',
    );
    // Refresh is right there, for the posts published elsewhere.
    expect(screen.getByRole('button', { name: 'Refresh Crumb & Co (Instagram)' })).toBeInTheDocument();
  });
});
