import { describe, expect, it } from 'vitest';
import type { InsightPost } from '../../../../../preload/contract';
import { csvDocument, csvField, dailyCsv, exportFileName, postsCsv } from '../../../../../main/insights/dashboard/insightsCsv';

const POST: InsightPost = {
  postId: 'p1',
  targetId: 't1',
  origin: 'outpost',
  accountId: 'ig',
  accountName: 'Rosie, Bakery',
  platform: 'instagram',
  kind: 'feed',
  publishedAt: '2026-10-01T07:00:00.000Z',
  caption: 'Fresh "sourdough"\ntoday',
  permalink: 'https://www.instagram.com/p/abc/',
  thumbnailUrl: null,
  metrics: { views: 300, reach: 200, interactions: 10, likes: 8 },
  engagementRate: 0.05,
  measuredAt: '2026-11-01T08:00:00.000Z',
};

const METRIC_HEADER = 'views,reach,likes,comments,shares,saves,replies,interactions,clicks,profile_activity,avg_watch_time_ms';

describe('insights CSV', () => {
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('keeps a text cell from being read as a formula, but not a number', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1 for bread')).toBe("'+1 for bread");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@rosie')).toBe("'@rosie");
    expect(csvField('\tcell')).toBe("'\tcell");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a = b')).toBe('a = b');
  });

  it('ends every line, the header too, with CRLF', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x'], [null, 'y']])).toBe('a,b\r\n1,x\r\n,y\r\n');
  });

  it("writes a post per row with its times in the owner's zone", () => {
    const tiktok: InsightPost = { ...POST, postId: 'p2', accountName: 'Rosie on TikTok', platform: 'tiktok', kind: 'video', caption: '-50% today', permalink: null, metrics: { views: 2000 }, engagementRate: null, measuredAt: null, publishedAt: '2026-12-01T07:00:00.000Z' };
    expect(postsCsv([POST, tiktok], 'Europe/Berlin')).toBe(
      `account,platform,kind,published_at,caption,permalink,${METRIC_HEADER},engagement_rate,measured_at\r\n` +
        '"Rosie, Bakery",instagram,feed,2026-10-01T09:00:00+02:00,"Fresh ""sourdough""\ntoday",https://www.instagram.com/p/abc/,300,200,8,,,,,10,,,,0.05,2026-11-01T09:00:00+01:00\r\n' +
        "Rosie on TikTok,tiktok,video,2026-12-01T08:00:00+01:00,'-50% today,,2000,,,,,,,,,,,,\r\n",
    );
  });

  it('writes a row per day and account with every account metric', () => {
    const named = { accountName: 'Shop', platform: 'instagram' } as const;
    const csv = dailyCsv([
      { accountId: 'ig', day: '2026-10-02', metric: 'followers', value: 1003, ...named },
      { accountId: 'tt', day: '2026-10-01', metric: 'followers', value: 500, accountName: 'Shop TikTok', platform: 'tiktok' },
      { accountId: 'ig', day: '2026-10-01', metric: 'follower_change', value: -2, ...named },
      { accountId: 'ig', day: '2026-10-01', metric: 'followers', value: 998, ...named },
    ]);
    expect(csv).toBe(
      'day,account,platform,followers,follower_change,reach,views,interactions,profile_activity,likes_total,video_count\r\n' +
        '2026-10-01,Shop,instagram,998,-2,,,,,,\r\n' +
        '2026-10-01,Shop TikTok,tiktok,500,,,,,,,\r\n' +
        '2026-10-02,Shop,instagram,1003,,,,,,,\r\n',
    );
  });

  it('names the file after the export and its period', () => {
    expect(exportFileName('posts', { from: '2026-10-01', to: '2026-10-28' })).toBe('outpost-posts-2026-10-01-to-2026-10-28.csv');
    expect(exportFileName('daily', { from: '2026-10-01', to: '2026-10-28' })).toBe('outpost-daily-2026-10-01-to-2026-10-28.csv');
  });
});
