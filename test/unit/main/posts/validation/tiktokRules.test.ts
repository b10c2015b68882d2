import { describe, expect, it } from 'vitest';
import { GiB, MiB } from '../../../../../main/posts/validation/units';
import { codesOf, issueOf, issuesOf, photo, text, tiktokCreator, times, validate, video, type Scenario } from './validationFixtures';

/** Numbers from platform-apis.md 6.2; the video caption length and the reading of "≤ 1080p" are UNCONFIRMED. */

const tiktok = (s: Omit<Scenario<'tiktok'>, 'platform'>) => validate({ platform: 'tiktok', ...s });
const videoPost = (probe = video()) => tiktok({ postType: 'video', media: [probe] });
const photoPost = (probe = photo()) => tiktok({ postType: 'photo', media: [probe] });

describe('TikTok captions (6.2, UTF-16 units)', () => {
  it('takes a 2,200-unit video caption and refuses 2,201 (UNCONFIRMED)', () => {
    expect(issuesOf(tiktok({ postType: 'video', media: [video()], caption: text(2200) }), 'tiktok.caption.length')).toEqual([]);
    expect(issueOf(tiktok({ postType: 'video', media: [video()], caption: text(2201) }), 'tiktok.caption.length').severity).toBe('error');
  });

  it('counts an emoji as 2 and says so', () => {
    const ok = tiktok({ postType: 'video', media: [video()], caption: text(1100, '😀') });
    expect(ok.measures[0]?.characters).toEqual({ used: 2200, max: 2200 });
    const over = issueOf(tiktok({ postType: 'video', media: [video()], caption: text(1101, '😀') }), 'tiktok.caption.length');
    expect(over.message).toBe('This caption is 2,202 characters (TikTok counts most emoji as 2); TikTok takes up to 2,200. Shorten it by 2.');
  });

  it('takes a 4,000-unit photo description and refuses 4,001', () => {
    expect(issuesOf(tiktok({ postType: 'photo', media: [photo()], caption: text(4000) }), 'tiktok.caption.length')).toEqual([]);
    expect(issueOf(tiktok({ postType: 'photo', media: [photo()], caption: text(4001) }), 'tiktok.caption.length').severity).toBe('error');
  });

  it('takes a 90-unit photo title and refuses 91', () => {
    expect(issuesOf(tiktok({ postType: 'photo', media: [photo()], options: { title: text(90) } }), 'tiktok.photo.title_length')).toEqual([]);
    expect(issueOf(tiktok({ postType: 'photo', media: [photo()], options: { title: text(91) } }), 'tiktok.photo.title_length').subject).toBe('options');
  });
});

describe('TikTok videos (6.2)', () => {
  it('takes MP4, WebM and MOV with H.264, H.265, VP8 or VP9', () => {
    for (const format of ['mp4', 'webm', 'mov']) expect(codesOf(videoPost(video({ format })))).toEqual([]);
    for (const videoCodec of ['h264', 'hevc', 'vp8', 'vp9']) expect(codesOf(videoPost(video({ videoCodec })))).toEqual([]);
    expect(issueOf(videoPost(video({ format: 'avi' })), 'tiktok.video.format').message).toBe(
      'This video is an AVI file; TikTok takes only MP4, WebM or MOV. Export it as MP4.',
    );
    expect(issueOf(videoPost(video({ videoCodec: 'av1' })), 'tiktok.video.video_codec').severity).toBe('error');
  });

  it('takes 23 to 60 frames a second', () => {
    for (const frameRate of [23, 60]) expect(issuesOf(videoPost(video({ frameRate })), 'tiktok.video.frame_rate')).toEqual([]);
    for (const frameRate of [22.9, 60.1]) expect(issueOf(videoPost(video({ frameRate })), 'tiktok.video.frame_rate').severity).toBe('error');
  });

  it('takes 360 to 4096 px per side', () => {
    expect(issuesOf(videoPost(video({ width: 360, height: 640 })), 'tiktok.video.short_side')).toEqual([]);
    expect(issueOf(videoPost(video({ width: 359, height: 640 })), 'tiktok.video.short_side').message).toBe(
      'This video is 359 px on the short side; TikTok takes videos from 360 px on the short side. Use a larger video.',
    );
    expect(issuesOf(videoPost(video({ width: 2304, height: 4096 })), 'tiktok.video.long_side')).toEqual([]);
    expect(issueOf(videoPost(video({ width: 2304, height: 4097 })), 'tiktok.video.long_side').fix).toBeNull();
  });

  it('takes 4 GB and refuses 4 GB + 1 byte', () => {
    expect(issuesOf(videoPost(video({ byteSize: 4 * GiB })), 'tiktok.video.file_size')).toEqual([]);
    expect(issueOf(videoPost(video({ byteSize: 4 * GiB + 1 })), 'tiktok.video.file_size').message).toBe(
      'This video is 4,294,967,297 bytes; TikTok takes videos up to 4 GB. Trim it or export it at a lower quality.',
    );
  });

  it('takes 10 min through the API and refuses 10 min + 1 s', () => {
    const creator = { tiktokCreator: null };
    expect(issuesOf(tiktok({ postType: 'video', media: [video({ durationMs: 600_000 })], account: creator }), 'tiktok.video.duration')).toEqual([]);
    expect(issueOf(tiktok({ postType: 'video', media: [video({ durationMs: 601_000 })], account: creator }), 'tiktok.video.duration').message).toBe(
      'This video is 10:01 long; a TikTok video post takes videos up to 10 min. Trim it.',
    );
  });

  it('holds a video to the creator’s own maximum, without repeating the API’s', () => {
    const timed = (durationMs: number) =>
      tiktok({ postType: 'video', media: [video({ durationMs })], account: { tiktokCreator: tiktokCreator({ maxVideoPostDurationSec: 60 }) } });
    expect(issuesOf(timed(60_000), 'tiktok.video.creator_duration')).toEqual([]);
    expect(issueOf(timed(61_000), 'tiktok.video.creator_duration').message).toBe(
      'This video is 1:01 long; Corner Bakery can post TikTok videos up to 1 min. Trim it.',
    );
    expect(codesOf(timed(601_000))).toEqual(['tiktok.video.duration']);
  });

  it('takes a cover frame up to the video’s end', () => {
    const framed = (coverTimestampMs: number) => tiktok({ postType: 'video', media: [video()], options: { coverTimestampMs } });
    expect(issuesOf(framed(30_000), 'tiktok.options.cover_time')).toEqual([]);
    expect(issueOf(framed(30_001), 'tiktok.options.cover_time').severity).toBe('error');
  });

  it('takes one video, not a photo', () => {
    expect(issueOf(tiktok({ postType: 'video', media: [] }), 'tiktok.items.count').message).toBe('A TikTok video post takes 1 video. Add one.');
    expect(issueOf(videoPost(photo()), 'tiktok.items.kind').message).toContain('Switch the post type to photo post.');
  });
});

describe('TikTok photos (6.2)', () => {
  it('takes 1 to 35 photos', () => {
    const photos = (n: number) => tiktok({ postType: 'photo', media: times(n, () => photo()) });
    expect(issueOf(photos(0), 'tiktok.items.count').severity).toBe('error');
    expect(issuesOf(photos(1), 'tiktok.items.count')).toEqual([]);
    expect(issuesOf(photos(35), 'tiktok.items.count')).toEqual([]);
    expect(issueOf(photos(36), 'tiktok.items.count').message).toBe('This photo post has 36 items; a TikTok photo post takes 1 to 35 photos. Remove 1.');
  });

  it('takes JPEG and WebP and offers to convert HEIC and PNG', () => {
    for (const format of ['jpeg', 'webp']) expect(issuesOf(photoPost(photo({ format })), 'tiktok.image.format')).toEqual([]);
    for (const format of ['heic', 'png']) expect(issueOf(photoPost(photo({ format })), 'tiktok.image.format').fix?.kind).toBe('convert_to_jpeg');
  });

  it('takes 20 MB and refuses 20 MB + 1 byte', () => {
    expect(issuesOf(photoPost(photo({ byteSize: 20 * MiB })), 'tiktok.image.file_size')).toEqual([]);
    expect(issueOf(photoPost(photo({ byteSize: 20 * MiB + 1 })), 'tiktok.image.file_size').fix?.kind).toBe('downscale');
  });

  it('takes up to 1080p (1080 short side, 1920 long side; UNCONFIRMED reading), one downscale meeting both', () => {
    expect(issuesOf(photoPost(photo({ width: 1920, height: 1080 })), 'tiktok.image.short_side')).toEqual([]);
    expect(issuesOf(photoPost(photo({ width: 1920, height: 1080 })), 'tiktok.image.long_side')).toEqual([]);
    expect(issueOf(photoPost(photo({ width: 1081, height: 1081 })), 'tiktok.image.short_side').fix?.maxLongEdge).toBe(1080);
    expect(issueOf(photoPost(photo({ width: 1921, height: 1000 })), 'tiktok.image.long_side').fix?.maxLongEdge).toBe(1920);
    const big = photoPost(photo({ width: 4000, height: 3000 }));
    expect(issueOf(big, 'tiktok.image.short_side').fix).toEqual(issueOf(big, 'tiktok.image.long_side').fix);
    expect(issueOf(big, 'tiktok.image.long_side').fix?.maxLongEdge).toBe(1440);
  });

  it('refuses a photo post until a bucket serves photos on a domain verified with TikTok, offering video instead', () => {
    const withoutBucket = issueOf(tiktok({ postType: 'photo', media: [photo()], staging: { canStage: false, canServeTikTokPhotos: false } }), 'tiktok.photo.needs_public_host');
    expect(withoutBucket).toMatchObject({ severity: 'error', subject: 'post_type' });
    expect(withoutBucket.message).toBe(
      'TikTok takes photo posts only from web addresses on a domain verified with TikTok, never from this computer, and no storage bucket is set up. Set one up in Settings with a public address on a domain you verified with TikTok, or post a video instead.',
    );
    const privateBucket = issueOf(photoPost(), 'tiktok.photo.needs_public_host');
    expect(privateBucket.message).toContain('your storage bucket has no public address on such a domain');
    expect(privateBucket.message).toContain('or post a video instead.');

    const served = tiktok({ postType: 'photo', media: [photo()], staging: { canStage: true, canServeTikTokPhotos: true } });
    expect(issuesOf(served, 'tiktok.photo.needs_public_host')).toEqual([]);
    expect(served.readyToSchedule).toBe(true);
    expect(issuesOf(videoPost(), 'tiktok.photo.needs_public_host')).toEqual([]);
  });
});
