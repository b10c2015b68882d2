import { describe, expect, it } from 'vitest';
import type { InsightsCallContext } from '../../../../main/insights/insightsSource';
import { createInsightsSources } from '../../../../main/insights/sources/insightsSources';
import { ThrottledError } from '../../../../main/platforms/platformErrors';
import { tiktokVideoCounts } from '../../../../main/sandbox/insights/tiktokVideoModel';
import { DAY, usePlatformSandbox } from '../../platforms/support/platformSandbox';
import { modelWorld, sourceContext } from './sourceWorld';

/**
 * The TikTok source against the sandbox over HTTP: a post's counters are the sandbox's own model
 * at its clock, the account's counters are the creator's now (one day, `until`), recent posts the
 * creator's list.
 */
const SEED = 'insights-source-tiktok';
const ctx = usePlatformSandbox({ seed: SEED, history: { days: 60 } });
const source = createInsightsSources().tiktok;

function tiktokContext(): InsightsCallContext {
  const token = ctx.tiktokToken();
  return sourceContext(ctx, { platform: 'tiktok', platformAccountId: ctx.demo.tiktok.openId, loginPath: 'tiktok_login' }, () => token);
}

const creatorVideos = () =>
  Object.values(ctx.control.state().tiktok.videos)
    .filter((video) => video.openId === ctx.demo.tiktok.openId)
    .sort((a, b) => b.createTime - a.createTime);

describe('TikTok source', () => {
  it('measurePost: views, likes, comments, shares and their sum are the sandbox’s numbers; no reach', async () => {
    ctx.advance(DAY);
    const videos = creatorVideos().slice(0, 3);
    expect(videos.length).toBeGreaterThan(0);
    for (const video of videos) {
      const counts = tiktokVideoCounts(modelWorld(ctx, SEED), video);
      expect(await source.measurePost(tiktokContext(), { platformPostId: video.id, kind: 'video', publishedAt: ctx.now() })).toEqual({
        views: counts.view_count,
        likes: counts.like_count,
        comments: counts.comment_count,
        shares: counts.share_count,
        interactions: counts.like_count + counts.comment_count + counts.share_count,
      });
    }
  });

  it('measurePost: a post TikTok does not list is {}', async () => {
    expect(await source.measurePost(tiktokContext(), { platformPostId: '7000000000000000000', kind: 'video', publishedAt: ctx.now() })).toEqual({});
  });

  it('accountDays: one day, until, with the creator’s follower, like and video counts now', async () => {
    const user = ctx.control.state().tiktok.users[ctx.demo.tiktok.openId];
    expect(await source.accountDays(tiktokContext(), { since: '2026-01-01', until: '2026-01-16' })).toEqual([
      { day: '2026-01-16', values: { followers: user?.followerCount, likes_total: user?.likesCount, video_count: creatorVideos().length } },
    ]);
  });

  it('recentPosts: the creator’s newest posts with their share addresses', async () => {
    const found = await source.recentPosts(tiktokContext());
    const expected = creatorVideos().slice(0, 20);
    expect(found.map((post) => [post.platformPostId, post.kind, post.publishedAt.getTime(), post.caption])).toEqual(
      expected.map((video) => [video.id, 'video', Math.floor(video.createTime / 1000) * 1000, video.title]),
    );
    for (const post of found) expect(post.permalink).toBe(`https://www.tiktok.com/@${ctx.control.state().tiktok.users[ctx.demo.tiktok.openId]?.username}/video/${post.platformPostId}`);
  });

  it('a throttle answer surfaces as ThrottledError with the time to try again', async () => {
    ctx.control.faults.inject({ kind: 'throttle', match: { hosts: ['tiktokApi'], pathIncludes: '/video/query/' } });
    const [video] = creatorVideos();
    const error = await ctx.failure(source.measurePost(tiktokContext(), { platformPostId: video?.id ?? '', kind: 'video', publishedAt: ctx.now() }), ThrottledError);
    expect(error.retryAfter.getTime()).toBeGreaterThan(ctx.now().getTime());
  });
});
