import { describe, expect, it, vi } from 'vitest';
import type { AccountSummary, MediaItem, PostDraft } from '../../../../preload/contract';
import { buildValidationContext } from '../../../../main/posts/buildValidationContext';
import { mediaId, probe, target } from './draftsFixtures';

const [photo, clip, cover, unknown] = ['photo', 'clip', 'cover', 'unknown'].map(mediaId) as [string, string, string, string];

const item = (id: string): MediaItem => ({
  id,
  originalName: `${id.slice(0, 6)}.jpg`,
  importedAt: '2026-11-20T09:00:00.000Z',
  probe: probe(),
  thumbnailUrl: '',
  previewUrl: '',
  derivedFrom: null,
  usedByPostCount: 1,
});

const tiktokCreator = {
  privacyLevelOptions: ['SELF_ONLY' as const],
  commentDisabled: false,
  duetDisabled: true,
  stitchDisabled: true,
  maxVideoPostDurationSec: 300,
  readAt: '2026-11-20T09:00:00.000Z',
};

const account = (id: string): AccountSummary => ({
  id,
  platform: 'tiktok',
  displayName: "Rosie's Bakery",
  username: 'rosiesbakery',
  avatarUrl: null,
  isDemo: true,
  loginPath: 'tiktok_login',
  health: { state: 'expiring', reason: null, tokenExpiresAt: null, dataAccessExpiresAt: null, missingPermissions: [], checkedAt: null },
  grantedScopes: [],
  connectedAt: '2026-11-20T09:00:00.000Z',
  linkedAccountId: null,
  tiktokCreator,
});

describe('the validation context of a draft', () => {
  it("holds every item the draft shows and the accounts its targets name, as the library and accounts know them", () => {
    const draft: PostDraft = {
      id: 'p1',
      body: '',
      mediaIds: [photo, clip],
      stripMetadata: true,
      targets: [
        target('t1', 'instagram', {
          postType: 'reel',
          mediaIds: [clip],
          options: { platform: 'instagram', shareToFeed: true, coverMediaId: cover, thumbOffsetMs: null, altTexts: {}, firstComment: null },
        }),
        target('t2', 'tiktok', { accountId: 'tt' }),
        target('t3', 'tiktok', { accountId: 'tt' }),
        target('t4', 'tiktok', { accountId: 'disconnected' }),
      ],
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    };
    const mediaByIds = vi.fn((ids: readonly string[]) => new Map(ids.filter((id) => id !== unknown).map((id) => [id, item(id)])));
    const accountById = vi.fn((id: string) => (id === 'tt' ? account(id) : undefined));

    const staging = { canStage: true, canServeTikTokPhotos: false };
    const context = buildValidationContext(draft, { mediaByIds, account: accountById, stagingCapabilities: () => staging });

    expect(mediaByIds).toHaveBeenCalledExactlyOnceWith([photo, clip, cover]);
    expect([...context.media.keys()]).toEqual([photo, clip, cover]);
    expect(context.media.get(cover)).toMatchObject({ originalName: item(cover).originalName, probe: probe() });
    expect([...context.accounts.entries()]).toEqual([
      ['tt', { platform: 'tiktok', loginPath: 'tiktok_login', displayName: "Rosie's Bakery", health: 'expiring', tiktokCreator }],
    ]);
    // What the saved bucket can do, for the targets that need one.
    expect(context.staging).toEqual(staging);
    // Each account is looked up once, however many targets name it.
    expect(accountById.mock.calls).toEqual([['tt'], ['disconnected']]);
  });
});
