import { describe, expect, it } from 'vitest';
import type { TikTokCreatorSettings } from '../../../../../preload/contract';
import type { PublishJob } from '../../../../../main/platforms/publisher';
import { creatorMismatches, CreatorSettingsChangedError } from '../../../../../main/platforms/tiktok/tiktokCreatorCheck';
import { probe } from '../../posts/draftsFixtures';
import { jobFor } from './fakeStepContext';

/** The post's TikTok choices against `creator_info` as TikTok answers it at publish time. */
const creator: TikTokCreatorSettings = {
  privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
  commentDisabled: false,
  duetDisabled: false,
  stitchDisabled: false,
  maxVideoPostDurationSec: 600,
  readAt: '2026-01-15T09:00:00.000Z',
};

function job(choices: Partial<Extract<PublishJob['options'], { platform: 'tiktok' }>> = {}, durationMs = 15_000): PublishJob {
  const video = { ...probe('video'), width: 1080, height: 1920, durationMs };
  return jobFor({
    platform: 'tiktok',
    postType: 'video',
    media: [{ id: 'a'.repeat(64), kind: 'video', filePath: '/media/clip.mp4', originalName: 'clip.mp4', probe: video }],
    account: { id: 'tt', platform: 'tiktok', platformAccountId: 'open-1', loginPath: 'tiktok_login', isDemo: true, displayName: 'Rosie' },
    options: {
      platform: 'tiktok',
      privacyLevel: 'PUBLIC_TO_EVERYONE',
      allowComments: true,
      allowDuet: true,
      allowStitch: true,
      discloseCommercialContent: false,
      promotesOwnBusiness: false,
      brandedContent: false,
      coverTimestampMs: null,
      title: null,
      ...choices,
    },
  });
}

describe('creatorMismatches', () => {
  it('finds nothing when the creator still allows every choice', () => {
    expect(creatorMismatches(job(), creator)).toEqual([]);
  });

  it('names a privacy level no longer offered, interactions turned off and a video now too long', () => {
    const now: TikTokCreatorSettings = {
      ...creator,
      privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
      commentDisabled: true,
      stitchDisabled: true,
      maxVideoPostDurationSec: 10,
    };
    const codes = creatorMismatches(job(), now).map((issue) => issue.code);
    expect(codes.sort()).toEqual(['tiktok.interactions.comments', 'tiktok.interactions.stitch', 'tiktok.privacy.not_offered', 'tiktok.video.creator_duration']);
  });

  it('leaves the other rules to the check before publishing (no privacy chosen is not a change of the creator’s)', () => {
    expect(creatorMismatches(job({ privacyLevel: null }), creator)).toEqual([]);
  });

  it('becomes an error in words that says what to do', () => {
    const error = new CreatorSettingsChangedError('Rosie', creatorMismatches(job({ allowStitch: true }), { ...creator, stitchDisabled: true }));
    expect(error.code).toBe('POST_NOT_READY');
    expect(error.message).toMatch(/^Rosie's TikTok settings changed since this post was planned, so it was not sent: Rosie has stitches turned off/);
    expect(error.action).toBe('Open the post, choose what TikTok allows now, and schedule it again.');
  });
});
