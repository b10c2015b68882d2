import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPublishJobs } from '../../../../../main/schedule/engine/publishJobs';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, type EngineWorld } from './engineFixtures';

describe('publish jobs', () => {
  const directory = useTempDirectory('publish-jobs');
  let world: EngineWorld;
  let photos: string[];
  const missing = new Set<string>();
  beforeEach(() => {
    world = createEngineWorld(directory());
    world.addAccount('ig', 'instagram');
    photos = ['one', 'two', 'three'].map((label) => world.addMedia(label));
    missing.clear();
  });
  afterEach(async () => world.close());

  const jobs = () => createPublishJobs({ db: world.db, mediaFilePath: async (id) => (missing.has(id) ? null : `/media/${id}.jpg`) });

  it('builds the job from the post: its text, its media in order, default options and post type', async () => {
    world.addTarget('t1', { accountId: 'ig', dueAt: afterStart(HOUR), body: 'Hello', postMediaIds: [photos[1] ?? '', photos[0] ?? ''] });
    const job = await jobs().load('t1');
    expect(job).toMatchObject({
      targetId: 't1',
      postId: 'post-t1',
      platform: 'instagram',
      postType: 'carousel',
      caption: 'Hello',
      options: { platform: 'instagram', shareToFeed: true },
      stripMetadata: true,
      dueAt: afterStart(HOUR),
      account: { id: 'ig', platform: 'instagram', platformAccountId: 'p-ig', loginPath: 'facebook_login', isDemo: true, displayName: 'Account ig' },
    });
    expect(job.media.map((item) => [item.id, item.filePath, item.originalName, item.kind])).toEqual([
      [photos[1], `/media/${photos[1]}.jpg`, 'two.jpg', 'image'],
      [photos[0], `/media/${photos[0]}.jpg`, 'one.jpg', 'image'],
    ]);
  });

  it('uses the target’s caption variant, media selection, post type and options', async () => {
    world.addTarget('t1', {
      accountId: 'ig',
      dueAt: afterStart(HOUR),
      body: 'Hello',
      caption: 'Hello, Instagram',
      postMediaIds: photos,
      mediaIds: [photos[2] ?? ''],
      postType: 'story',
      options: { platform: 'instagram', shareToFeed: false, coverMediaId: null, thumbOffsetMs: null, altTexts: {}, firstComment: null },
    });
    const job = await jobs().load('t1');
    expect(job).toMatchObject({ caption: 'Hello, Instagram', postType: 'story', options: { shareToFeed: false } });
    expect(job.media.map((item) => item.id)).toEqual([photos[2]]);
    expect(jobs().content('t1')).toEqual({
      platform: 'instagram',
      caption: 'Hello, Instagram',
      mediaIds: [photos[2]],
      options: { platform: 'instagram', shareToFeed: false, coverMediaId: null, thumbOffsetMs: null, altTexts: {}, firstComment: null },
      postType: 'story',
    });
  });

  it('plans a job without looking for its files, or says there is none', () => {
    world.addTarget('t1', { accountId: 'ig', dueAt: afterStart(HOUR), postMediaIds: photos });
    missing.add(photos[0] ?? '');
    expect(jobs().planned('t1')?.media.map((item) => [item.id, item.filePath])).toEqual(photos.map((id) => [id, '']));
    world.addTarget('no-account', { accountId: null, platform: 'instagram', dueAt: afterStart(HOUR) });
    expect(jobs().planned('no-account')).toBeNull();
  });

  it('says in words when a file, the account or the post is gone', async () => {
    world.addTarget('t1', { accountId: 'ig', dueAt: afterStart(HOUR), postMediaIds: photos });
    missing.add(photos[1] ?? '');
    await expect(jobs().load('t1')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'A photo or video of this post is no longer in the library: two.jpg.' });

    world.addTarget('no-account', { accountId: null, platform: 'instagram', dueAt: afterStart(HOUR) });
    await expect(jobs().load('no-account')).rejects.toMatchObject({ message: 'The account this post was for is no longer connected.' });

    world.addTarget('binned', { accountId: 'ig', dueAt: afterStart(HOUR) });
    world.db.prepare(`UPDATE posts SET deleted_at = ? WHERE id = 'post-binned'`).run(afterStart(0).toISOString());
    await expect(jobs().load('binned')).rejects.toMatchObject({ action: 'Restore it from the bin, then retry.' });

    await expect(jobs().load('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
