/**
 * The bakery's schedule for the calendar tests, seen from New York (the owner's zone, not the
 * machine's): a post on Wednesday evening, the Page's Christmas hours that Facebook holds, a
 * TikTok that failed, and an Instagram post already out. "Now" is Tuesday 9 December 2025, 05:00
 * in New York (10:00 UTC).
 */
import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget } from '../fakeComposer';
import { fakeTarget, SCHEDULE_NOW, timelineEntry, type FakeTarget } from '../fakeSchedule';
import { renderSection } from '../renderApp';

export const OWNER_ZONE = 'America/New_York';

/** Due 02:00 UTC on the 11th: 21:00 on Wednesday the 10th in New York. */
export const lemon = fakeTarget('t-lemon', { dueAt: '2025-12-11T02:00:00.000Z', timezone: OWNER_ZONE });

export const christmas = fakeTarget('t-christmas', {
  postId: 'post-christmas',
  platform: 'facebook',
  accountId: 'acc-page',
  accountName: 'Crumb & Co Bakery',
  postType: 'text',
  excerpt: 'Christmas opening hours',
  caption: 'Christmas opening hours: 8 to 2 on the 24th.',
  dueAt: '2025-12-12T14:00:00.000Z',
  runsWhere: 'platform',
});

export const sourdough = fakeTarget('t-sourdough', {
  postId: 'post-sourdough',
  platform: 'tiktok',
  accountId: 'acc-tiktok',
  accountName: 'Crumb & Co on TikTok',
  postType: 'video',
  excerpt: 'Sourdough class on Saturday',
  status: 'failed',
  dueAt: '2025-12-08T17:00:00.000Z',
  problem: {
    code: 'MEDIA_REJECTED',
    message: 'TikTok did not accept the video: it is 2 seconds long.',
    action: 'Use a video of at least 3 seconds.',
  },
  timeline: [
    timelineEntry(1, { at: '2025-12-05T09:00:00.000Z', kind: 'scheduled', message: 'Scheduled.' }),
    timelineEntry(2, {
      at: '2025-12-08T17:00:04.000Z',
      kind: 'step',
      outcome: 'ok',
      attempt: 1,
      step: 'Uploading the video',
      message: 'The video was uploaded.',
    }),
    timelineEntry(3, {
      at: '2025-12-08T17:00:09.000Z',
      kind: 'failed',
      outcome: 'error',
      attempt: 1,
      step: 'Publishing',
      message: 'TikTok did not accept the video: it is 2 seconds long.',
      detail: 'spam_risk_too_short (log id 2025120817000901)',
    }),
  ],
});

export const published = fakeTarget('t-published', {
  postId: 'post-published',
  excerpt: 'Croissant Friday',
  status: 'published',
  dueAt: '2025-12-05T15:00:00.000Z',
  publishedAt: '2025-12-05T15:12:00.000Z',
  lateByMinutes: 12,
  permalink: 'https://www.instagram.com/p/CrumbCroissants/',
});

export function bakerySchedule(targets: FakeTarget[] = [lemon, christmas, sourdough, published]): FakeApi {
  return createFakeApi({
    accounts: liveAccounts(),
    preferences: { timezone: OWNER_ZONE },
    targets,
    posts: [
      draftPost('post-1', {
        body: 'Lemon drizzle is back this weekend!',
        targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 't-lemon', status: 'scheduled' })],
      }),
      draftPost('post-published', {
        body: 'Croissant Friday',
        targets: [draftTarget('post-published', 'instagram', 'acc-ig-page', { id: 't-published', status: 'published' })],
      }),
    ],
  });
}

/** Freezes the clock (only Date: timers run) at Tuesday 9 December 2025, 10:00 UTC. */
export function freezeClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(SCHEDULE_NOW));
}

/**
 * Opens the app on the Calendar in its List view and waits for the month's posts. (The month and
 * week grids place posts by measuring the page, which jsdom cannot do: there FullCalendar keeps
 * them hidden, so tests read the list, which shows the same posts.)
 */
export async function openCalendar(fake: FakeApi = bakerySchedule()) {
  const rendered = await renderSection('calendar', 'Calendar', fake);
  await rendered.user.click(within(screen.getByRole('radiogroup', { name: 'View' })).getByRole('radio', { name: 'List' }));
  await within(calendarRegion()).findByRole('button', { name: /Lemon drizzle/ });
  return rendered;
}

/** The calendar itself, apart from the problems list above it. */
export const calendarRegion = () => screen.getByRole('region', { name: 'Scheduled posts' });

/** A post in the calendar, by the words of its name ("21:00, Instagram · Crumb & Co: “Lemon…” Scheduled."). */
export const calendarPost = (name: RegExp) => within(calendarRegion()).getByRole('button', { name });
