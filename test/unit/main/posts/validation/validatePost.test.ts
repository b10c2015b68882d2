import { describe, expect, it } from 'vitest';
import { validatePost } from '../../../../../main/posts/validation/validatePost';
import { ACCOUNT_ID, account, codesOf, contextFor, issueOf, issuesOf, mediaId, photo, postWith, targetFor, validate, video } from './validationFixtures';

describe('a post as a whole', () => {
  it('is only an info "Start writing…" when empty, never an error', () => {
    const validation = validatePost(postWith([]), contextFor([]));
    expect(validation.issues.map(({ code, severity }) => ({ code, severity }))).toEqual([
      { code: 'post.empty', severity: 'info' },
      { code: 'post.no_targets', severity: 'info' },
    ]);
    expect(issueOf(validation, 'post.empty')).toMatchObject({ targetId: null, message: 'Start writing, or add a photo or video.', key: 'post:post.empty:' });
    expect(validation.readyToSchedule).toBe(false);
  });

  it('counts spaces alone as empty, and a target’s own caption or a photo as a start', () => {
    expect(codesOf(validatePost(postWith([], { body: '  \n' }), contextFor([])))).toContain('post.empty');
    const withCaption = targetFor({ platform: 'facebook', postType: 'text', caption: 'Open today' });
    expect(codesOf(validatePost(postWith([withCaption]), contextFor([], new Map([[ACCOUNT_ID, account('facebook')]]))))).toEqual([]);
    expect(codesOf(validatePost(postWith([], { mediaIds: [mediaId(1)] }), contextFor([photo()])))).not.toContain('post.empty');
  });

  it('is ready to schedule with a target and no error; warnings and infos do not hold it back', () => {
    expect(validate({ platform: 'instagram', postType: 'feed', media: [photo()] }).readyToSchedule).toBe(true);
    const warned = validate({ platform: 'instagram', postType: 'feed', media: [photo({ orientation: 6, colorSpace: 'Display P3' })] });
    expect(warned.issues.map((issue) => issue.severity).sort()).toEqual(['info', 'warning']);
    expect(warned.readyToSchedule).toBe(true);
    expect(validate({ platform: 'instagram', postType: 'feed', media: [photo({ format: 'png' })] }).readyToSchedule).toBe(false);
  });

  it('reports an item missing from the library once, for the post, not for each target', () => {
    const targets = [targetFor({ platform: 'facebook', postType: 'photo' }), targetFor({ platform: 'instagram', postType: 'feed' })];
    const post = postWith(targets, { body: 'Hi', mediaIds: [mediaId(7)] });
    const accounts = new Map([[ACCOUNT_ID, account('facebook')]]);
    const validation = validatePost(post, contextFor([], accounts));
    expect(issueOf(validation, 'post.media.missing')).toMatchObject({ targetId: null, mediaId: mediaId(7), severity: 'error' });
    expect(validation.measures.map((measure) => measure.items.used)).toEqual([1, 1]);
  });
});

describe('location and camera details', () => {
  const stripped = (probe = photo(), stripMetadata = true) => validate({ platform: 'instagram', postType: 'feed', media: [probe], stripMetadata });

  it('says they will be removed, with the fix to do it now', () => {
    const issue = issueOf(stripped(photo({ hasLocation: true, hasCameraDetails: true })), 'post.media.metadata');
    expect(issue).toMatchObject({ severity: 'info', targetId: null, fix: { kind: 'strip_metadata', mediaId: mediaId(1) } });
    expect(issue.message).toBe('This photo carries the place it was taken and camera details; Outpost removes this information before posting.');
    expect(issueOf(stripped(photo({ hasCameraDetails: true })), 'post.media.metadata').message).toContain('carries camera details;');
  });

  it('says nothing when the photo has none, or when removal is off', () => {
    expect(issuesOf(stripped(photo()), 'post.media.metadata')).toEqual([]);
    expect(issuesOf(stripped(photo({ hasLocation: true }), false), 'post.media.metadata')).toEqual([]);
  });

  it('warns that a video keeps its location, since Outpost cannot remove it from videos', () => {
    const withVideo = (probe = video(), stripMetadata = true) => validate({ platform: 'tiktok', postType: 'video', media: [probe], stripMetadata });
    const issue = issueOf(withVideo(video({ hasLocation: true })), 'post.media.video_metadata');
    expect(issue).toMatchObject({ severity: 'warning', fix: null });
    expect(issue.message).toMatch(/^This video carries the place it was taken, and Outpost cannot remove it from videos\. Export the video again/);
    expect(issuesOf(withVideo(video({ hasLocation: true })), 'post.media.metadata')).toEqual([]);
    expect(issuesOf(withVideo(video()), 'post.media.video_metadata')).toEqual([]);
    expect(issuesOf(withVideo(video({ hasLocation: true }), false), 'post.media.video_metadata')).toEqual([]);
  });
});

describe('what a target publishes', () => {
  it('inherits the post’s text until it has its own caption', () => {
    expect(validate({ platform: 'instagram', postType: 'feed', media: [photo()], body: '#bread' }).measures[0]?.hashtags.used).toBe(1);
    expect(validate({ platform: 'instagram', postType: 'feed', media: [photo()], body: '#bread', caption: 'plain' }).measures[0]?.hashtags.used).toBe(0);
  });

  it('uses its own selection of the post’s media, and reports an item the post no longer holds', () => {
    const own = validate({ platform: 'instagram', postType: 'feed', media: [video(), photo()], targetMediaIds: [mediaId(2)] });
    expect(codesOf(own)).toEqual([]);
    const foreign = validate({ platform: 'instagram', postType: 'feed', media: [photo()], targetMediaIds: [mediaId(9)] });
    expect(issueOf(foreign, 'instagram.media.not_in_post')).toMatchObject({ mediaId: mediaId(9), severity: 'error' });
    expect(issueOf(foreign, 'instagram.media.not_in_post').message).toBe('A photo or video is no longer part of this post. Remove it from the Instagram selection.');
  });

  it('names each file when several are involved, and says "This photo" for one', () => {
    const one = validate({ platform: 'instagram', postType: 'feed', media: [photo({ format: 'png' })] });
    expect(issueOf(one, 'instagram.image.format').message).toMatch(/^This photo is a PNG/);
    const two = validate({ platform: 'instagram', postType: 'carousel', media: [photo(), photo({ format: 'png' })] });
    expect(issueOf(two, 'instagram.image.format').message).toMatch(/^IMG_2\.jpg is a PNG/);
  });

  it('gives one measure per target, in order, with the platform’s own maximums', () => {
    const targets = [
      targetFor({ platform: 'instagram', postType: 'feed' }),
      targetFor({ platform: 'tiktok', postType: 'video' }),
      targetFor({ platform: 'facebook', postType: 'link' }),
    ];
    const validation = validatePost(postWith(targets, { body: 'Hi @corner.bakery #bread 😀' }), contextFor([]));
    expect(validation.measures).toEqual([
      { targetId: 'instagram-target', characters: { used: 26, max: 2200 }, hashtags: { used: 1, max: 30 }, mentions: { used: 1, max: 20 }, items: { used: 0, min: 1, max: 1 } },
      { targetId: 'tiktok-target', characters: { used: 27, max: 2200 }, hashtags: { used: 1, max: null }, mentions: { used: 1, max: null }, items: { used: 0, min: 1, max: 1 } },
      { targetId: 'facebook-target', characters: { used: 26, max: 63_206 }, hashtags: { used: 1, max: null }, mentions: { used: 1, max: null }, items: { used: 0, min: 0, max: 0 } },
    ]);
  });
});

describe('issue keys', () => {
  const messy = () =>
    validate({
      platform: 'instagram',
      postType: 'carousel',
      media: [photo({ format: 'png', orientation: 3, width: 3000, height: 900, hasLocation: true }), video({ durationMs: 1000 })],
    });

  it('are stable across runs and unique within one', () => {
    const first = messy();
    expect(messy().issues.map((issue) => issue.key)).toEqual(first.issues.map((issue) => issue.key));
    expect(new Set(first.issues.map((issue) => issue.key)).size).toBe(first.issues.length);
  });

  it('are the target, the rule and the media item', () => {
    expect(issueOf(messy(), 'instagram.image.format').key).toBe(`instagram-target:instagram.image.format:${mediaId(1)}`);
    expect(issueOf(messy(), 'post.media.metadata').key).toBe(`post:post.media.metadata:${mediaId(1)}`);
  });
});
