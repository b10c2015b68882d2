import { describe, expect, it } from 'vitest';
import type { InsightPost } from '../../../../../preload/contract';
import { rankedPosts } from '../../../../../main/insights/dashboard/rankedPosts';

const post = (postId: string, engagementRate: number | null, publishedAt = '2026-10-01T08:00:00.000Z'): InsightPost => ({
  postId,
  targetId: null,
  origin: 'imported',
  accountId: 'ig',
  accountName: 'Shop',
  platform: 'instagram',
  kind: 'feed',
  publishedAt,
  caption: '',
  permalink: null,
  thumbnailUrl: null,
  metrics: {},
  engagementRate,
  measuredAt: null,
});

const ids = (posts: readonly InsightPost[]) => posts.map((entry) => entry.postId);

/** Posts p1..pN with rates 0.01..N/100, in a scrambled order (11 is coprime with every count used). */
const rated = (count: number) => Array.from({ length: count }, (_, index) => ((index * 11) % count) + 1).map((n) => post(`p${n}`, n / 100));

describe('ranked posts', () => {
  it('ranks the rated posts, best five and worst five apart', () => {
    const ranked = rankedPosts([...rated(12), post('unmeasured', null)]);
    expect(ids(ranked.postsByEngagement)).toEqual(['p12', 'p11', 'p10', 'p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1']);
    expect(ids(ranked.topPosts)).toEqual(['p12', 'p11', 'p10', 'p9', 'p8']);
    expect(ids(ranked.bottomPosts)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('keeps at most 20 posts by engagement', () => {
    const ranked = rankedPosts(rated(25));
    expect(ranked.postsByEngagement).toHaveLength(20);
    expect(ranked.postsByEngagement[0]?.postId).toBe('p25');
    expect(ranked.postsByEngagement[19]?.postId).toBe('p6');
  });

  it('puts no post in both lists when there are fewer than ten', () => {
    const seven = rankedPosts(rated(7));
    expect(ids(seven.topPosts)).toEqual(['p7', 'p6', 'p5', 'p4', 'p3']);
    expect(ids(seven.bottomPosts)).toEqual(['p1', 'p2']);
    const three = rankedPosts(rated(3));
    expect(ids(three.topPosts)).toEqual(['p3', 'p2', 'p1']);
    expect(three.bottomPosts).toEqual([]);
  });

  it('puts the newer post first when rates are equal', () => {
    const ranked = rankedPosts([post('older', 0.1, '2026-10-01T08:00:00.000Z'), post('newer', 0.1, '2026-10-02T08:00:00.000Z')]);
    expect(ids(ranked.postsByEngagement)).toEqual(['newer', 'older']);
  });
});
