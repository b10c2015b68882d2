import { join } from 'node:path';
import net from 'node:net';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, PostDraft, PostTarget, RequestOf, ResponseOf, Result, TikTokCreatorSettings } from '../../../preload/contract';
import { defaultTargetOptions } from '../../../preload/contract';
import { createAccountsRepository, type ConnectedAccount } from '../../../main/accounts/accountsRepository';
import type { OutpostCore } from '../../../main/core';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { registerChannels } from '../../../main/ipc/registerChannels';
import type { SenderInfo } from '../../../main/ipc/senderGuard';
import { makeTempDirectory } from '../../support/tempDirectory';
import { createTestCore } from '../../support/testCore';
import { blockNetwork, type NetworkGuard } from './fixtures/networkGuard';

const ORIGIN = 'app://outpost';
const window: SenderInfo = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };

/** The core's channels behind the real guard (payloads and answers checked against the contract). */
function channelsOf(core: OutpostCore) {
  const listeners = new Map<Channel, (sender: SenderInfo, payload: unknown) => Promise<Result<unknown>>>();
  registerChannels({ register: (channel, listener) => listeners.set(channel, listener), handlers: core.handlers, trustedOrigins: new Set([ORIGIN]), logger: createSilentLogger() });
  return async <C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await listeners.get(channel)!(window, payload);
    if (!result.ok) throw new Error(`${channel} answered ${result.code}: ${result.message}`);
    return result.value as ResponseOf<C>;
  };
}

const creator: TikTokCreatorSettings = {
  privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'],
  commentDisabled: false,
  duetDisabled: false,
  stitchDisabled: false,
  maxVideoPostDurationSec: 600,
  readAt: '2026-11-20T09:00:00.000Z',
};

/** Demo-like accounts saved straight into the database: composing needs no sign-in. */
function addAccounts(core: OutpostCore): Record<'instagram' | 'facebook' | 'tiktok', string> {
  const accounts = createAccountsRepository(core.database.db);
  const save = (account: Pick<ConnectedAccount, 'platform' | 'loginPath' | 'displayName'>) =>
    accounts.save({
      ...account,
      platformAccountId: `offline-${account.platform}`,
      username: null,
      avatarUrl: null,
      isDemo: true,
      grantedScopes: [],
      linkedAccountId: null,
      signInUserId: null,
      dataAccessExpiresAt: null,
    });
  const tiktok = save({ platform: 'tiktok', loginPath: 'tiktok_login', displayName: "Rosie's Bakery" });
  accounts.setTikTokCreator(tiktok, creator);
  return {
    instagram: save({ platform: 'instagram', loginPath: 'facebook_login', displayName: '@rosiesbakery' }),
    facebook: save({ platform: 'facebook', loginPath: 'facebook_login', displayName: "Rosie's Bakery" }),
    tiktok,
  };
}

const targetFor = (id: string, platform: PostTarget['platform'], accountId: string, postType: PostTarget['postType']): PostTarget => ({
  id,
  platform,
  accountId,
  postType,
  caption: null,
  mediaIds: null,
  options: defaultTargetOptions(platform),
  status: 'draft',
});

describe('composing with the network disabled', () => {
  let data: ReturnType<typeof makeTempDirectory>;
  let guard: NetworkGuard;
  let core: OutpostCore | undefined;

  beforeEach(() => {
    data = makeTempDirectory('compose-offline');
    guard = blockNetwork();
  });
  afterEach(async () => {
    guard.restore();
    await core?.close();
    core = undefined;
    data.remove();
  });

  it('records any attempt to reach the network, so the check below can fail', () => {
    expect(() => fetch('https://graph.facebook.com/v23.0/me')).toThrow('disabled');
    expect(() => net.connect(443, 'open.tiktokapis.com')).toThrow('disabled');
    expect(guard.attempts).toEqual([
      { api: 'fetch', target: 'https://graph.facebook.com/v23.0/me' },
      { api: 'net.connect', target: 'open.tiktokapis.com:443' },
    ]);
  });

  it('creates, imports, saves, validates, fixes, lists, duplicates, deletes and restores without one network call', async () => {
    ({ core } = createTestCore(data.path));
    const call = channelsOf(core);
    const accounts = addAccounts(core);
    // A PNG (Instagram takes JPEG only) of an awkward 3:1 shape, made here on disk.
    const photoPath = join(data.path, 'banner.png');
    await sharp({ create: { width: 900, height: 300, channels: 3, background: { r: 200, g: 150, b: 90 } } }).png().toFile(photoPath);

    const created = await call('posts.create', undefined);
    const [imported] = await call('media.importPaths', { paths: [photoPath] });
    if (imported?.outcome !== 'imported') throw new Error(`import failed: ${JSON.stringify(imported)}`);
    const photo = imported.item;
    expect(photo.probe).toMatchObject({ kind: 'image', format: 'png', width: 900, height: 300 });

    const draft: PostDraft = {
      ...created.post,
      body: 'Our new shop sign is up! #bakery',
      mediaIds: [photo.id],
      targets: [
        targetFor('t-ig', 'instagram', accounts.instagram, 'feed'),
        targetFor('t-fb', 'facebook', accounts.facebook, 'photo'),
        { ...targetFor('t-tt', 'tiktok', accounts.tiktok, 'photo'), caption: 'TikTok words' },
      ],
    };
    const saved = await call('posts.save', draft);
    expect(saved.post).toMatchObject({ body: draft.body, mediaIds: [photo.id], targets: draft.targets });
    // Validation read the probe offline: a 3:1 PNG is not what every platform takes as it is.
    expect(saved.validation.issues.some((issue) => issue.mediaId === photo.id)).toBe(true);

    const typed = await call('posts.validate', { ...saved.post, body: `${saved.post.body} Come and see.` });
    expect(typed.measures.map((measure) => measure.targetId)).toEqual(['t-ig', 't-fb', 't-tt']);

    const fixed = await call('posts.applyMediaFix', { postId: created.post.id, mediaId: photo.id, fix: { kind: 'convert_to_jpeg' } });
    const jpegId = fixed.post.mediaIds[0]!;
    expect(jpegId).not.toBe(photo.id);
    expect((await call('media.get', { mediaId: jpegId })).probe.format).toBe('jpeg');
    expect((await call('media.list', {})).map((item) => item.id).sort()).toEqual([photo.id, jpegId].sort());

    const [summary] = await call('posts.listDrafts', { search: 'SHOP SIGN' });
    expect(summary).toMatchObject({ id: created.post.id, mediaCount: 1, thumbnailUrl: expect.any(String) });

    const copy = await call('posts.duplicate', { postId: created.post.id });
    expect(copy.post).toMatchObject({ body: draft.body, mediaIds: [jpegId] });

    await call('posts.delete', { postId: created.post.id });
    expect((await call('posts.listDrafts', {})).map((line) => line.id)).toEqual([copy.post.id]);
    await call('posts.restore', { postId: created.post.id });
    expect((await call('posts.listDrafts', { sort: 'created' })).map((line) => line.id).sort()).toEqual([created.post.id, copy.post.id].sort());
    expect((await call('posts.get', { postId: created.post.id })).post.body).toBe(draft.body);

    expect(guard.attempts).toEqual([]);
  });
});
