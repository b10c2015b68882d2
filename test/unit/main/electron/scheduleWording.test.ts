import { describe, expect, it } from 'vitest';
import { oneLine, postCount, shortDueTime, whereItGoes } from '../../../../main/electron/scheduleWording';

describe('schedule wording', () => {
  const monday = new Date('2025-03-10T12:00:00Z');

  it('says when with the weekday within the coming week, the date beyond, in the given zone', () => {
    expect(shortDueTime('2025-03-10T18:05:00Z', monday, 'Europe/London')).toBe('Mon 18:05');
    expect(shortDueTime('2025-03-16T23:59:00Z', monday, 'Europe/London')).toBe('Sun 23:59');
    expect(shortDueTime('2025-03-17T00:00:00Z', monday, 'Europe/London')).toBe('17 Mar 00:00');
    // The same instant is already Tuesday in Tokyo.
    expect(shortDueTime('2025-03-10T18:05:00Z', monday, 'Asia/Tokyo')).toBe('Tue 03:05');
    // Earlier than now (a post being caught up): the date, not a weekday a week ahead.
    expect(shortDueTime('2025-03-09T08:00:00Z', monday, 'Europe/London')).toBe('9 Mar 08:00');
  });

  it('names where a post goes, with or without an account', () => {
    expect(whereItGoes({ platform: 'facebook', accountName: 'Rosie & Co' })).toBe('Facebook · Rosie & Co');
    expect(whereItGoes({ platform: 'tiktok', accountName: null })).toBe('TikTok');
  });

  it('counts posts', () => {
    expect(postCount(1)).toBe('1 post');
    expect(postCount(0)).toBe('0 posts');
    expect(postCount(12)).toBe('12 posts');
  });

  it('puts text on one line and cuts it without splitting an emoji', () => {
    expect(oneLine('  Fresh\nsourdough\t today ', 40)).toBe('Fresh sourdough today');
    expect(oneLine('abcdefghij', 5)).toBe('abcd…');
    expect(oneLine('🥐🥐🥐🥐🥐🥐', 4)).toBe('🥐🥐🥐…');
  });
});
