import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeTarget, timelineEntry } from '../fakeSchedule';
import { bakerySchedule, calendarPost, christmas, freezeClock, lemon, openCalendar, published } from './calendarFixtures';

/**
 * The first comment's lines in a post's timeline: its own outcome, marked as the comment's, so
 * a comment that failed never reads as the post failing (the post stays published).
 */
const croissants = fakeTarget('t-croissants', {
  postId: published.postId,
  status: 'published',
  dueAt: published.dueAt,
  publishedAt: published.publishedAt,
  permalink: published.permalink,
  excerpt: 'Croissant Saturday',
  timeline: [
    timelineEntry(1, { at: '2025-12-05T15:00:00.000Z', kind: 'attempt', attempt: 1, message: 'Attempt 1 of 3 started.' }),
    timelineEntry(2, { at: '2025-12-05T15:12:00.000Z', kind: 'published', outcome: 'ok', attempt: 1, message: 'Published on Instagram.' }),
    timelineEntry(3, {
      at: '2025-12-05T15:12:01.000Z',
      kind: 'comment',
      outcome: 'info',
      attempt: 1,
      step: 'Posting the first comment',
      message: 'Meta could not complete the request. Trying again at 10:12.',
    }),
    timelineEntry(4, {
      at: '2025-12-05T15:12:40.000Z',
      kind: 'comment',
      outcome: 'error',
      attempt: 1,
      step: 'Posting the first comment',
      message:
        'The first comment was not posted; the post itself is out. Meta needs a permission this account has not granted. You can add the comment yourself on Instagram.',
      detail: 'meta/metaGraph, HTTP 403, code 10',
    }),
  ],
});

describe('Calendar: the first comment in a post’s timeline', () => {
  beforeEach(() => freezeClock());
  afterEach(() => vi.useRealTimers());

  it('marks the comment’s lines as the first comment’s, with their own outcome, while the post shows as published', async () => {
    const { user } = await openCalendar(bakerySchedule([lemon, christmas, croissants]));
    await user.click(calendarPost(/Croissant Saturday/));

    const details = await screen.findByRole('dialog', { name: 'Post details' });
    const entries = within(await within(details).findByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(entries[1]).toHaveTextContent('Done: Published on Instagram.');
    expect(entries[1]).not.toHaveClass('timeline__entry--comment');

    const failed = entries[3] as HTMLElement;
    expect(failed).toHaveClass('timeline__entry--comment', 'timeline__entry--error');
    expect(failed).toHaveTextContent('First comment problem: The first comment was not posted; the post itself is out.');
    expect(failed).toHaveTextContent('Posting the first comment · Attempt 1');
    expect(failed).toHaveTextContent('meta/metaGraph, HTTP 403, code 10');
    expect(entries[2]).toHaveTextContent('First comment note: Meta could not complete the request. Trying again at 10:12.');

    // The comment is not the post's problem: no Retry, and the post is not in the problems list.
    expect(within(within(details).getByRole('group', { name: 'Actions' })).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
  });
});
