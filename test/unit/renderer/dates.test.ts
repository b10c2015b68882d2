import { describe, expect, it } from 'vitest';
import { dateWithDistance, daysFromToday, recentTime, shortDate, wordList } from '../../../renderer/src/lib/dates';

describe('dates in the owner’s words', () => {
  it('counts calendar days, not 24-hour periods, across a daylight-saving change', () => {
    // Paris moves its clocks back on 26 October 2025: that Sunday has 25 hours.
    const now = new Date('2025-10-25T22:30:00.000Z'); // 26 Oct, 00:30 in Paris
    const later = new Date('2025-10-27T22:00:00.000Z'); // 27 Oct, 23:00 in Paris

    expect(daysFromToday(later, now, 'Europe/Paris')).toBe(1);
    expect(dateWithDistance(later, now, 'Europe/Paris')).toBe('27 Oct (tomorrow)');
  });

  it('adds the year only when it is not this year', () => {
    const now = new Date('2025-12-30T12:00:00.000Z');

    expect(shortDate(new Date('2025-12-31T12:00:00.000Z'), now, 'UTC')).toBe('31 Dec');
    expect(dateWithDistance(new Date('2026-01-02T12:00:00.000Z'), now, 'UTC')).toBe('2 Jan 2026 (in 3 days)');
  });

  it('says when something happened as lists do: the time today and yesterday, days within the week, else the date', () => {
    const now = new Date('2025-12-10T12:00:00.000Z'); // 13:00 in Paris

    expect(recentTime(new Date('2025-12-10T07:05:00.000Z'), now, 'Europe/Paris')).toBe('today at 08:05');
    expect(recentTime(new Date('2025-12-09T22:30:00.000Z'), now, 'Europe/Paris')).toBe('yesterday at 23:30');
    expect(recentTime(new Date('2025-12-07T12:00:00.000Z'), now, 'Europe/Paris')).toBe('3 days ago');
    expect(recentTime(new Date('2025-11-20T12:00:00.000Z'), now, 'Europe/Paris')).toBe('20 Nov');
  });

  it('joins a list the way a sentence does', () => {
    expect(wordList(['Publish to Instagram'])).toBe('Publish to Instagram');
    expect(wordList(['Publish to the Page', 'Page insights', 'Post first comments'])).toBe(
      'Publish to the Page, Page insights and Post first comments',
    );
  });
});
