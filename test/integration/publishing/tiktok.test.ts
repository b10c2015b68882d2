import { describe, expect, it } from 'vitest';
import type { TargetOptions } from '../../../preload/contract';
import { MediaRejectedError, TransientError } from '../../../main/platforms/platformErrors';
import { PublicHostNeededError } from '../../../main/platforms/publishing/publishErrors';
import { CreatorSettingsChangedError } from '../../../main/platforms/tiktok/tiktokCreatorCheck';
import { emptyStore, publishToEnd, runSteps } from './runSteps';
import { paddedVerticalVideo } from './support/paddedVideo';
import { usePublishingWorld } from './support/publishingWorld';
import { tiktokPublishesTitled, tiktokVideosTitled } from './support/sandboxViews';

/**
 * TikTok videos through the publisher, against the sandbox over HTTP (platform-apis.md 6.2): the
 * creator's settings checked first, init with FILE_UPLOAD, the chunks from disk, the status until
 * TikTok has published it; uploads that drop or lose their answer resume from what TikTok holds.
 */
const world = usePublishingWorld({ seed: 'publishing-tiktok' });

const publisher = () => world().publishers.tiktok;
const MB = 1024 * 1024;

const choices = (overrides: Partial<Extract<TargetOptions, { platform: 'tiktok' }>> = {}): Partial<TargetOptions> => ({
  platform: 'tiktok',
  privacyLevel: 'PUBLIC_TO_EVERYONE',
  allowComments: true,
  allowDuet: true,
  ...overrides,
});

describe('TikTok publisher', () => {
  it('publishes a public video once and links it once moderation gives out its id', async () => {
    const w = world();
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices() });
    const { post, store } = await publishToEnd(publisher(), job, w.env(job));

    const [video, ...others] = tiktokVideosTitled(w.sandbox, job.caption);
    expect(others).toEqual([]);
    expect(video).toMatchObject({ privacyLevel: 'PUBLIC_TO_EVERYONE' });
    expect(post).toEqual({ platformPostId: video?.id, permalink: `https://www.tiktok.com/@${store.results.readCreatorInfo?.username}/video/${video?.id}` });
    const [publish] = tiktokPublishesTitled(w.sandbox, job.caption);
    expect(publish).toMatchObject({ status: 'PUBLISH_COMPLETE', source: 'FILE_UPLOAD', totalChunkCount: 1 });
  });

  it('a private video has no public id: it is published, named by its publish id, without a link', async () => {
    const w = world();
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices({ privacyLevel: 'SELF_ONLY' }) });
    const { post } = await publishToEnd(publisher(), job, w.env(job));

    const [publish] = tiktokPublishesTitled(w.sandbox, job.caption);
    expect(publish?.status).toBe('PUBLISH_COMPLETE');
    expect(post).toEqual({ platformPostId: publish?.id, permalink: null });
    expect(tiktokVideosTitled(w.sandbox, job.caption)).toHaveLength(1);
  });

  it('sends a large video in chunks; a chunk whose answer was lost is not sent again', async () => {
    const w = world();
    const video = await w.mediaFromBytes('long.mp4', await paddedVerticalVideo(70 * MB));
    const job = w.job('tiktok', 'video', [video], { options: choices() });
    const env = w.env(job);
    const answers = w.sandbox.tap('tiktokUpload');
    const answeredBefore = answers.responses.length;
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { hosts: ['tiktokUpload'] } });
    const { post } = await publishToEnd(publisher(), job, env);

    const [publish] = tiktokPublishesTitled(w.sandbox, job.caption);
    expect(publish).toMatchObject({ totalChunkCount: 7, received: 70 * MB, status: 'PUBLISH_COMPLETE' });
    // Seven chunks, each sent once: six answered, the first one's answer lost.
    expect(answers.responses.length - answeredBefore).toBe(6);
    expect(tiktokVideosTitled(w.sandbox, job.caption).map((made) => made.id)).toEqual([post.platformPostId]);
    const fractions = env.reports.filter((report) => report.step === 'uploadVideo').map((report) => report.fraction);
    expect(fractions).toHaveLength(6);
    expect(fractions.at(-1)).toBe(1);
  });

  it('a chunk cut off by a dropped connection is sent again (TikTok keeps only whole chunks)', async () => {
    const w = world();
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices() });
    const answers = w.sandbox.tap('tiktokUpload');
    const answeredBefore = answers.responses.length;
    w.sandbox.control.faults.inject({ kind: 'dropConnection', match: { hosts: ['tiktokUpload'] }, afterBytes: 1000 });
    const { post } = await publishToEnd(publisher(), job, w.env(job));

    expect(answers.responses.length - answeredBefore).toBe(1);
    expect(tiktokVideosTitled(w.sandbox, job.caption).map((made) => made.id)).toEqual([post.platformPostId]);
  });

  it('the final chunk whose answer was lost is confirmed by the status, not sent twice', async () => {
    const w = world();
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices() });
    const answers = w.sandbox.tap('tiktokUpload');
    const answeredBefore = answers.responses.length;
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { hosts: ['tiktokUpload'] } });
    const { post, errors } = await publishToEnd(publisher(), job, w.env(job));

    expect(errors).toEqual([]);
    expect(answers.responses.length - answeredBefore).toBe(0);
    expect(tiktokVideosTitled(w.sandbox, job.caption).map((made) => made.id)).toEqual([post.platformPostId]);
  });

  it('an init whose answer was lost is made again: its reservation never gets a byte, and the video goes out once', async () => {
    const w = world();
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices() });
    w.sandbox.control.faults.inject({ kind: 'dropResponse', match: { pathIncludes: '/post/publish/video/init/' } });
    const { post, errors } = await publishToEnd(publisher(), job, w.env(job));

    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(TransientError);
    const publishes = tiktokPublishesTitled(w.sandbox, job.caption);
    expect(publishes.map((publish) => [publish.status, publish.received]).sort()).toEqual([
      ['PROCESSING_UPLOAD', 0],
      ['PUBLISH_COMPLETE', publishes.find((publish) => publish.status === 'PUBLISH_COMPLETE')?.videoSize],
    ]);
    expect(tiktokVideosTitled(w.sandbox, job.caption).map((made) => made.id)).toEqual([post.platformPostId]);
  });

  it('settings the creator changed in TikTok since planning stop the post before anything is sent, named in words', async () => {
    const w = world();
    const id = w.accountIds.tiktok;
    const current = w.accounts.get(id)?.summary.tiktokCreator;
    if (!current) throw new Error('The TikTok account has no creator settings.');
    // As read a week ago: a private account that allowed stitches.
    w.accounts.setTikTokCreator(id, { ...current, privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'], stitchDisabled: false });
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices({ privacyLevel: 'FOLLOWER_OF_CREATOR', allowStitch: true }) });
    expect(await publisher().check(job)).toEqual([]);

    const error = await runSteps(publisher().steps(job), job, w.env(job), emptyStore()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CreatorSettingsChangedError);
    expect((error as Error).message).toContain('TikTok does not offer “Followers”');
    expect((error as Error).message).toContain('stitches turned off');
    expect(tiktokPublishesTitled(w.sandbox, job.caption)).toEqual([]);
    // The settings as TikTok gives them now are kept, so the composer shows them.
    expect(w.accounts.get(id)?.summary.tiktokCreator).toMatchObject({ stitchDisabled: true, privacyLevelOptions: current.privacyLevelOptions });
  });

  it('a video TikTok refuses after processing fails with TikTok’s reason', async () => {
    const w = world();
    const job = w.job('tiktok', 'video', [await w.media('vertical.mp4')], { options: choices() });
    w.sandbox.control.faults.rejectMedia({ platform: 'tiktok', reason: 'frame_rate_check_failed' });

    const error = await publishToEnd(publisher(), job, w.env(job)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(error).toMatchObject({ details: { errorCode: 'frame_rate_check_failed' } });
    expect((error as Error).message).toBe('TikTok did not accept the video’s frame rate.');
    expect(tiktokVideosTitled(w.sandbox, job.caption)).toEqual([]);
  });

  it('a photo post says it needs a verified public host, without a call', async () => {
    const w = world();
    const job = w.job('tiktok', 'photo', [await w.media('plain.jpg')], { options: choices() });
    const error = await runSteps(publisher().steps(job), job, w.env(job), emptyStore()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PublicHostNeededError);
    expect(error).toMatchObject({ code: 'POST_NOT_READY', action: expect.stringContaining('video') });
  });
});
