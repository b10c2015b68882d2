import { describe, expect, it } from 'vitest';
import { accountDayTable } from '../../../../../main/insights/sources/accountDayTable';
import { facebookKindOf } from '../../../../../main/insights/sources/facebookSource';
import { deriveEarlierFollowers } from '../../../../../main/insights/sources/instagramAccountDays';
import { INSTAGRAM_MEDIA_NAMES } from '../../../../../main/insights/sources/instagramMetrics';
import { instagramKindOf } from '../../../../../main/insights/sources/instagramSource';
import { lifetimeNumber, renamed, totalOf } from '../../../../../main/insights/sources/insightNumbers';
import { tiktokKindOf, tiktokPostFigures } from '../../../../../main/insights/sources/tiktokSource';

describe('platform numbers in Outpost’s names', () => {
  it('a split value (paid/organic, per reaction) is summed; a lifetime metric is its value or its total_value', () => {
    expect(totalOf(7)).toBe(7);
    expect(totalOf({ paid: 3, organic: 40 })).toBe(43);
    expect(lifetimeNumber({ name: 'reach', values: [{ value: 12 }] })).toBe(12);
    expect(lifetimeNumber({ name: 'views', values: [], totalValue: { a: 1, b: 2 } })).toBe(3);
    expect(lifetimeNumber({ name: 'views', values: [] })).toBeUndefined();
  });

  it('renames through the table; a metric without a value or outside the table is left out, never 0', () => {
    expect(
      renamed(
        [
          { name: 'saved', values: [{ value: 4 }] },
          { name: 'total_interactions', values: [{ value: 30 }] },
          { name: 'ig_reels_avg_watch_time', values: [{ value: 5400 }] },
          { name: 'navigation', values: [{ value: 9 }] },
          { name: 'reach', values: [] },
        ],
        INSTAGRAM_MEDIA_NAMES,
      ),
    ).toEqual({ saves: 4, interactions: 30, avg_watch_time_ms: 5400 });
  });

  it('TikTok: interactions = likes + comments + shares', () => {
    expect(tiktokPostFigures({ viewCount: 1000, likeCount: 80, commentCount: 5, shareCount: 3 })).toEqual({ views: 1000, likes: 80, comments: 5, shares: 3, interactions: 88 });
  });
});

describe('kinds of posts found on the platforms', () => {
  it.each([
    [{ mediaType: 'IMAGE', mediaProductType: 'FEED' }, 'feed'],
    [{ mediaType: 'CAROUSEL_ALBUM', mediaProductType: 'FEED' }, 'carousel'],
    [{ mediaType: 'VIDEO', mediaProductType: 'REELS' }, 'reel'],
    [{ mediaType: 'VIDEO', mediaProductType: 'STORY' }, 'story'],
    [{ mediaType: 'IMAGE', mediaProductType: 'AD' }, 'feed'],
  ])('Instagram %o is a %s', (media, kind) => expect(instagramKindOf(media)).toBe(kind));

  it.each([
    [undefined, 'text'],
    ['photo', 'photo'],
    ['album', 'multi_photo'],
    ['video', 'video'],
    ['link', 'link'],
    ['event', 'link'],
  ])('a Facebook post whose attachment is %s is a %s post', (attachment, kind) => expect(facebookKindOf(attachment)).toBe(kind));

  it('TikTok: /photo/ addresses are photo posts, /video/ ones videos', () => {
    expect(tiktokKindOf('https://www.tiktok.com/@rosie/photo/7390000000000000001')).toBe('photo');
    expect(tiktokKindOf('https://www.tiktok.com/@rosie/video/7390000000000000001')).toBe('video');
    // A malformed address is a video, not a failed list.
    expect(tiktokKindOf('::not an address')).toBe('video');
    expect(tiktokKindOf('https://www.tiktok.com/@rosie/photo/7390000000000000001?lang=en')).toBe('photo');
    expect(tiktokKindOf('https://www.tiktok.com/@photo/video/7390000000000000001')).toBe('video');
    expect(tiktokKindOf(undefined)).toBe('video');
  });
});

describe('Instagram followers walked back from today', () => {
  it('followers(d) = followers(d + 1) - follower_change(d + 1), until a change is unknown', () => {
    const table = accountDayTable();
    table.set('2026-01-10', 'followers', 1000);
    table.set('2026-01-10', 'follower_change', 6);
    table.set('2026-01-09', 'follower_change', 4);
    table.set('2026-01-08', 'follower_change', 5);
    table.set('2026-01-06', 'follower_change', 3);
    deriveEarlierFollowers(table, { since: '2026-01-05', until: '2026-01-10' });
    expect(table.days().map((day) => [day.day, day.values.followers])).toEqual([
      ['2026-01-06', undefined],
      ['2026-01-07', 985],
      ['2026-01-08', 990],
      ['2026-01-09', 994],
      ['2026-01-10', 1000],
    ]);
  });
});
