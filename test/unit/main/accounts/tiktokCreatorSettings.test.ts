import { describe, expect, it } from 'vitest';
import { toCreatorSettings } from '../../../../main/accounts/tiktokCreatorSettings';
import type { CreatorInfo } from '../../../../main/platforms/tiktok/tiktokPosting';

const readAt = new Date('2026-11-20T09:00:00.000Z');
const info = (overrides: Partial<CreatorInfo> = {}): CreatorInfo => ({
  avatarUrl: 'https://cdn.example/avatar.jpg',
  username: 'rosiesbakery',
  nickname: "Rosie's Bakery",
  privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
  commentDisabled: true,
  duetDisabled: false,
  stitchDisabled: true,
  maxVideoPostDurationSeconds: 600,
  ...overrides,
});

describe('TikTok creator settings from creator_info', () => {
  it('keeps the privacy levels, switches and maximum duration, with when they were read', () => {
    expect(toCreatorSettings(info(), readAt)).toEqual({
      privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
      commentDisabled: true,
      duetDisabled: false,
      stitchDisabled: true,
      maxVideoPostDurationSec: 600,
      readAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('leaves out privacy levels Outpost does not know, keeping the order of the rest', () => {
    const settings = toCreatorSettings(info({ privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'CLOSE_FRIENDS', 'SELF_ONLY'] }), readAt);
    expect(settings?.privacyLevelOptions).toEqual(['FOLLOWER_OF_CREATOR', 'SELF_ONLY']);
  });

  it('rounds a fractional maximum duration down, so a video it allows is really allowed', () => {
    expect(toCreatorSettings(info({ maxVideoPostDurationSeconds: 59.9 }), readAt)?.maxVideoPostDurationSec).toBe(59);
  });

  it('gives nothing for an answer without a usable maximum duration', () => {
    expect(toCreatorSettings(info({ maxVideoPostDurationSeconds: 0 }), readAt)).toBeNull();
  });
});
