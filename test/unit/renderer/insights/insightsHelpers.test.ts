import { describe, expect, it } from 'vitest';
import { cellIntensity, cellLabel, cellRows, highestRate } from '../../../../renderer/src/features/insights/bestTimeCells';
import { captionExcerpt, dailySummary, engagementSummary, followersGained, followerSummary } from '../../../../renderer/src/features/insights/chartSummaries';
import { collectionSentence, upcomingTime } from '../../../../renderer/src/features/insights/collectionWords';
import { historySummary } from '../../../../renderer/src/features/insights/historySeries';
import { describeChange, formatCount, formatRate, formatSignedCount } from '../../../../renderer/src/features/insights/insightsNumbers';
import { isLocalDate, periodDays, periodName, periodOf, todayIn } from '../../../../renderer/src/features/insights/insightsPeriod';
import { bakeryBestTimes, figure, idleCollection, insightPost, lemonDetail } from '../fakeInsights';

describe('Insights periods: whole days in the owner’s zone, ending today', () => {
  it('takes today from the owner’s zone, not the computer’s', () => {
    // 23:30 UTC on 9 December is already the 10th in Paris, and still the 9th in New York.
    const now = new Date('2025-12-09T23:30:00Z');
    expect(todayIn('Europe/Paris', now)).toBe('2025-12-10');
    expect(todayIn('America/New_York', now)).toBe('2025-12-09');
  });

  it('counts the last 7, 28 and 90 days with today included', () => {
    expect(periodOf({ kind: 'last', days: 7 }, '2025-12-09')).toEqual({ from: '2025-12-03', to: '2025-12-09' });
    expect(periodOf({ kind: 'last', days: 28 }, '2025-12-09')).toEqual({ from: '2025-11-12', to: '2025-12-09' });
    expect(periodOf({ kind: 'last', days: 90 }, '2026-03-01')).toEqual({ from: '2025-12-02', to: '2026-03-01' });
    expect(periodDays(periodOf({ kind: 'last', days: 90 }, '2026-03-01'))).toBe(90);
  });

  it('keeps a custom period as given, and turns one given backwards round', () => {
    expect(periodOf({ kind: 'custom', from: '2025-10-01', to: '2025-10-28' }, '2025-12-09')).toEqual({ from: '2025-10-01', to: '2025-10-28' });
    expect(periodOf({ kind: 'custom', from: '2025-10-28', to: '2025-10-01' }, '2025-12-09')).toEqual({ from: '2025-10-01', to: '2025-10-28' });
  });

  it('accepts only whole dates for a custom period', () => {
    expect(isLocalDate('2025-10-01')).toBe(true);
    expect(isLocalDate('2025-02-30')).toBe(false);
    expect(isLocalDate('2025-10')).toBe(false);
    expect(isLocalDate('')).toBe(false);
  });

  it('names periods without repeating what both ends share', () => {
    expect(periodName({ from: '2025-10-01', to: '2025-10-28' })).toBe('1 to 28 October 2025');
    expect(periodName({ from: '2025-09-28', to: '2025-10-04' })).toBe('28 September to 4 October 2025');
    expect(periodName({ from: '2025-12-20', to: '2026-01-02' })).toBe('20 December 2025 to 2 January 2026');
    expect(periodName({ from: '2025-10-01', to: '2025-10-01' })).toBe('1 October 2025');
  });
});

describe('Insights numbers', () => {
  it('writes counts, signed changes and rates', () => {
    expect(formatCount(18400)).toBe('18,400');
    expect(formatCount(null)).toBe('—');
    expect(formatSignedCount(120)).toBe('+120');
    expect(formatSignedCount(-35)).toBe('-35');
    expect(formatSignedCount(0)).toBe('0');
    expect(formatRate(0.0425)).toBe('4.3%');
    expect(formatRate(null)).toBe('—');
  });

  it('tells a change with an arrow and in words, never by colour alone', () => {
    expect(describeChange(figure(18400, 16000), 'ratio')).toEqual({ direction: 'up', short: '↑ 15%', spoken: 'up 15% on the previous period' });
    expect(describeChange(figure(9200, 10000), 'ratio')).toEqual({ direction: 'down', short: '↓ 8%', spoken: 'down 8% on the previous period' });
    expect(describeChange(figure(1010, 1000), 'ratio').short).toBe('↑ 1%');
    expect(describeChange(figure(0.075, 0.06), 'points')).toEqual({
      direction: 'up',
      short: '↑ 1.5 pts',
      spoken: 'up 1.5 percentage points on the previous period',
    });
    expect(describeChange(figure(120, 0), 'difference').short).toBe('↑ 120');
  });

  it('says "new" when there was nothing before, "—" when a figure is unknown, and "no change"', () => {
    expect(describeChange(figure(500, 0), 'ratio')).toMatchObject({ direction: 'new', short: 'new' });
    expect(describeChange(figure(500, null), 'ratio')).toMatchObject({ direction: 'unknown', short: '—' });
    expect(describeChange(figure(null, 300), 'ratio')).toMatchObject({ direction: 'unknown', short: '—' });
    expect(describeChange(figure(300, 300), 'ratio')).toMatchObject({ direction: 'same', short: 'no change' });
  });
});

describe('Chart summaries', () => {
  const october = { from: '2025-10-01', to: '2025-10-28' };

  it('gives the highest and lowest day and the total of a daily series', () => {
    const points = [
      { day: '2025-10-01', value: 500 },
      { day: '2025-10-02', value: 310 },
      { day: '2025-10-03', value: null },
      { day: '2025-10-12', value: 1240 },
      { day: '2025-10-13', value: 1240 },
    ];
    expect(dailySummary('Reach', october, points)).toBe(
      'Reach per day, 1 to 28 October 2025: highest 1,240 on 12 October, lowest 310 on 2 October, total 3,290.',
    );
    expect(dailySummary('Views', october, [{ day: '2025-10-01', value: null }])).toBe('Views per day, 1 to 28 October 2025: no figures yet.');
  });

  it('adds up follower changes day by day and tells the total gained', () => {
    const day = (date: string, followerChange: number | null) => ({ day: date, views: null, reach: null, interactions: null, followers: null, followerChange });
    const points = followersGained([day('2025-10-01', null), day('2025-10-02', 5), day('2025-10-03', null), day('2025-10-04', -2)]);
    expect(points.map((point) => point.value)).toEqual([null, 5, 5, 3]);
    expect(followerSummary(october, points)).toBe('Followers gained, 1 to 28 October 2025: +3 by 4 October.');
    expect(followerSummary(october, followersGained([day('2025-10-01', null)]))).toBe('Followers gained, 1 to 28 October 2025: no figures yet.');
  });

  it('names the best and the worst post by engagement', () => {
    const posts = [
      insightPost('a', { caption: 'Lemon drizzle is back this weekend!', engagementRate: 0.081 }),
      insightPost('b', { caption: 'Not measured yet', engagementRate: null }),
      insightPost('c', { caption: 'Opening hours', engagementRate: 0.009 }),
    ];
    expect(engagementSummary(posts)).toBe(
      'Engagement rate of 2 posts, highest first: from 8.1% (“Lemon drizzle is back this weekend!”) to 0.9% (“Opening hours”).',
    );
    expect(engagementSummary([])).toBe('Engagement rate per post: no measured posts in this period yet.');
  });

  it('cuts long captions to a few words', () => {
    expect(captionExcerpt('Lemon drizzle\n\nis back this weekend!', 20)).toBe('Lemon drizzle is ba…');
    expect(captionExcerpt('   ')).toBe('Post without a caption');
  });

  it('reads a post’s history: metrics, measurements, span and latest figures', () => {
    const summary = historySummary(lemonDetail().history, (at) => at.slice(0, 10));
    expect(summary).toBe(
      'Views, reach, interactions and likes at 3 measurements, from 2025-12-03 to 2025-12-06. Latest: views 1,500, reach 1,000, interactions 85, likes 70.',
    );
    expect(historySummary([], String)).toBe('No measurements of this post yet.');
  });
});

describe('Best-time cells', () => {
  it('labels each cell with weekday, hour, posts and rate', () => {
    expect(cellLabel({ weekday: 3, hour: 18, posts: 3, engagementRate: 0.085 })).toBe('Wednesday 18:00 to 19:00: 3 posts, engagement rate 8.5%');
    expect(cellLabel({ weekday: 7, hour: 23, posts: 1, engagementRate: 0.02 })).toBe('Sunday 23:00 to 00:00: 1 post, engagement rate 2.0%');
    expect(cellLabel({ weekday: 1, hour: 0, posts: 0, engagementRate: null })).toBe('Monday 00:00 to 01:00: no posts');
  });

  it('lays the cells out Monday first, 24 hours each, and colours them against the best', () => {
    const bestTimes = bakeryBestTimes();
    const rows = cellRows(bestTimes);
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.length === 24)).toBe(true);
    expect(rows[2]?.[18]).toEqual({ weekday: 3, hour: 18, posts: 3, engagementRate: 0.085 });
    const top = highestRate(bestTimes);
    expect(top).toBe(0.085);
    expect(cellIntensity({ weekday: 6, hour: 10, posts: 1, engagementRate: 0.02 }, top)).toBeCloseTo(0.2353, 3);
    expect(cellIntensity({ weekday: 1, hour: 0, posts: 0, engagementRate: null }, top)).toBeNull();
  });
});

describe('Collection status words', () => {
  const now = new Date('2025-12-09T10:00:00Z');

  it('says when figures were collected and the next daily run, in the owner’s zone', () => {
    expect(upcomingTime(new Date('2025-12-10T02:00:00Z'), now, 'Europe/Paris')).toBe('tomorrow at 03:00');
    expect(upcomingTime(new Date('2025-12-09T16:00:00Z'), now, 'Europe/Paris')).toBe('today at 17:00');
    expect(collectionSentence(idleCollection({ pendingMeasurements: 2 }), now, 'Europe/Paris')).toBe(
      'Figures last collected today at 03:00. Next daily run tomorrow at 03:00. 2 measurements still to take.',
    );
    expect(collectionSentence(idleCollection({ lastRunAt: null, nextDailyRunAt: null }), now, 'Europe/Paris')).toBe('No figures collected yet.');
  });
});
