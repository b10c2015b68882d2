import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountSummary, MediaItem, MediaProbe } from '../../../../../preload/contract';
import type { PublishMedia } from '../../../../../main/platforms/publisher';
import { checkPublishJob, type JobCheckSources } from '../../../../../main/platforms/publishing/jobCheck';
import { memoryStagingBucket, PRIVATE_BUCKET } from '../../../../support/memoryStagingBucket';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { probe } from '../../posts/draftsFixtures';
import { jobFor } from './fakeStepContext';

/**
 * The last check before publishing: the files are still the bytes that were chosen, and the
 * composer's rules still pass on this target.
 */
describe('checkPublishJob', () => {
  const directory = useTempDirectory('job-check');

  const instagram: AccountSummary = {
    id: 'ig',
    platform: 'instagram',
    displayName: '@rosiesbakery',
    username: 'rosiesbakery',
    avatarUrl: null,
    isDemo: true,
    loginPath: 'facebook_login',
    health: { state: 'connected', reason: null, tokenExpiresAt: null, dataAccessExpiresAt: null, missingPermissions: [], checkedAt: null },
    grantedScopes: [],
    connectedAt: '2026-01-15T09:00:00.000Z',
    linkedAccountId: null,
    tiktokCreator: null,
  };

  /** A file written now, named and identified by the SHA-256 of its bytes, as the library stores it. */
  function stored(name: string, bytes: string, itemProbe: MediaProbe = probe('image')): PublishMedia {
    const id = createHash('sha256').update(bytes).digest('hex');
    const filePath = join(directory(), `${id}.bin`);
    writeFileSync(filePath, bytes);
    return { id, kind: itemProbe.kind, filePath, originalName: name, probe: itemProbe };
  }

  function sources(media: readonly PublishMedia[], accounts: AccountSummary[] = [instagram], staging = memoryStagingBucket()): JobCheckSources {
    const items = new Map<string, MediaItem>(
      media.map((item) => [
        item.id,
        { id: item.id, originalName: item.originalName, importedAt: '', probe: item.probe, thumbnailUrl: '', previewUrl: '', derivedFrom: null, usedByPostCount: 1 },
      ]),
    );
    return {
      library: {
        itemsByIds: (ids) => new Map([...items].filter(([id]) => ids.includes(id))),
        filePath: async (id) => media.find((item) => item.id === id)?.filePath ?? null,
      },
      account: (id) => accounts.find((account) => account.id === id),
      staging,
    };
  }

  it('passes a job whose files are the bytes chosen and which the rules allow', async () => {
    const photo = stored('croissant.jpg', 'croissant');
    expect(await checkPublishJob(jobFor({ media: [photo] }), sources([photo]))).toEqual([]);
  });

  it('refuses a file changed on disk since it was chosen', async () => {
    const photo = stored('croissant.jpg', 'croissant');
    writeFileSync(photo.filePath, 'a different croissant');
    const issues = await checkPublishJob(jobFor({ media: [photo] }), sources([photo]));
    expect(issues).toEqual([expect.objectContaining({ code: 'post.media.file_changed', mediaId: photo.id, severity: 'error' })]);
    expect(issues[0]?.message).toContain('“croissant.jpg” was changed on disk');
  });

  it('refuses a file that is gone', async () => {
    const photo = stored('croissant.jpg', 'croissant');
    rmSync(photo.filePath);
    const issues = await checkPublishJob(jobFor({ media: [photo] }), sources([photo]));
    expect(issues).toEqual([expect.objectContaining({ code: 'post.media.file_missing', mediaId: photo.id })]);
  });

  it('returns the composer’s errors for this target, and only errors', async () => {
    const png = stored('menu.png', 'menu', { ...probe('image'), format: 'png', hasLocation: true });
    const issues = await checkPublishJob(jobFor({ media: [png] }), sources([png]));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.severity === 'error' && issue.targetId === 'target-1')).toBe(true);
    expect(issues.map((issue) => issue.code)).toContain('instagram.image.format');
  });

  it('refuses a target whose account is no longer connected', async () => {
    const photo = stored('croissant.jpg', 'croissant');
    const issues = await checkPublishJob(jobFor({ media: [photo] }), sources([photo], []));
    expect(issues.map((issue) => issue.code)).toEqual(['instagram.account.not_found']);
  });

  it('refuses an Instagram Login target while no storage bucket is set up, as the composer does', async () => {
    const photo = stored('croissant.jpg', 'croissant');
    const viaInstagram: AccountSummary = { ...instagram, loginPath: 'instagram_login' };
    const job = jobFor({ media: [photo], account: { ...jobFor().account, loginPath: 'instagram_login' } });
    const issues = await checkPublishJob(job, sources([photo], [viaInstagram]));
    expect(issues.map((issue) => issue.code)).toEqual(['instagram.account.needs_bucket']);
    expect(await checkPublishJob(job, sources([photo], [viaInstagram], memoryStagingBucket(PRIVATE_BUCKET)))).toEqual([]);
  });

  it('checks a reel’s cover picture too, though it is not one of the items', async () => {
    const video = stored('bake.mp4', 'bake', probe('video'));
    const cover = stored('cover.jpg', 'cover');
    rmSync(cover.filePath);
    const job = jobFor({ postType: 'reel', media: [video], options: { platform: 'instagram', shareToFeed: true, coverMediaId: cover.id, thumbOffsetMs: null, altTexts: {}, firstComment: null } });
    const issues = await checkPublishJob(job, sources([video, cover]));
    expect(issues).toEqual([expect.objectContaining({ code: 'post.media.file_missing', mediaId: cover.id })]);
  });
});
