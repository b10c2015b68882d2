import { describe, expect, it } from 'vitest';
import { GiB, MiB } from '../../../../../main/posts/validation/units';
import { codesOf, issueOf, issuesOf, mediaId, photo, text, times, validate, video, type Scenario } from './validationFixtures';

/** Numbers from platform-apis.md section 2 (2.1 container types, 2.4 media constraints). */

const feed = (probe = photo(), extra: Partial<Scenario<'instagram'>> = {}) =>
  validate({ platform: 'instagram', postType: 'feed', media: [probe], ...extra });
const reel = (probe = video()) => validate({ platform: 'instagram', postType: 'reel', media: [probe] });
const story = (probe: ReturnType<typeof photo>) => validate({ platform: 'instagram', postType: 'story', media: [probe], caption: '' });

describe('Instagram caption (2.4)', () => {
  const withCaption = (caption: string) => validate({ platform: 'instagram', postType: 'feed', media: [photo()], caption });

  it('takes 2,200 characters and refuses 2,201, saying by how much', () => {
    expect(issuesOf(withCaption(text(2200)), 'instagram.caption.length')).toEqual([]);
    const issue = issueOf(withCaption(text(2201)), 'instagram.caption.length');
    expect(issue).toMatchObject({ severity: 'error', subject: 'caption', mediaId: null, fix: null });
    expect(issue.message).toBe('This caption is 2,201 characters; Instagram takes up to 2,200. Shorten it by 1.');
  });

  it('counts an emoji as one character (Unicode code points)', () => {
    const validation = withCaption(text(2200, '😀'));
    expect(issuesOf(validation, 'instagram.caption.length')).toEqual([]);
    expect(validation.measures[0]?.characters).toEqual({ used: 2200, max: 2200 });
  });

  it('takes 30 hashtags and refuses 31 (UNCONFIRMED cap)', () => {
    const tags = (n: number) => times(n, () => '#bread').join(' ');
    expect(issuesOf(withCaption(tags(30)), 'instagram.caption.hashtags')).toEqual([]);
    expect(issueOf(withCaption(tags(31)), 'instagram.caption.hashtags').message).toBe(
      'This caption has 31 hashtags; Instagram takes up to 30. Remove 1.',
    );
    expect(withCaption(tags(31)).measures[0]?.hashtags).toEqual({ used: 31, max: 30 });
  });

  it('takes 20 mentions and refuses 21 (UNCONFIRMED cap), reading dotted usernames as one', () => {
    const mentions = (n: number) => times(n, () => '@corner.bakery').join(' ');
    expect(issuesOf(withCaption(mentions(20)), 'instagram.caption.mentions')).toEqual([]);
    expect(issueOf(withCaption(mentions(21)), 'instagram.caption.mentions').severity).toBe('error');
    expect(withCaption(mentions(21)).measures[0]?.mentions).toEqual({ used: 21, max: 20 });
  });

  it('warns that a story carries no caption (2.1), and has no character maximum', () => {
    const validation = validate({ platform: 'instagram', postType: 'story', media: [photo()], body: 'Open till 6' });
    expect(issueOf(validation, 'instagram.caption.not_posted').severity).toBe('warning');
    expect(validation.measures[0]?.characters).toEqual({ used: 11, max: null });
    expect(issuesOf(story(photo()), 'instagram.caption.not_posted')).toEqual([]);
  });
});

describe('Instagram items per post type (2.1)', () => {
  const carousel = (n: number) => validate({ platform: 'instagram', postType: 'carousel', media: times(n, () => photo()) });

  it('takes 2 to 10 carousel items: 1 and 11 are refused, 2 and 10 pass', () => {
    expect(issueOf(carousel(1), 'instagram.items.count').message).toBe(
      'This carousel has 1 item; an Instagram carousel takes 2 to 10 photos or videos. Add 1 more.',
    );
    expect(issuesOf(carousel(2), 'instagram.items.count')).toEqual([]);
    expect(issuesOf(carousel(10), 'instagram.items.count')).toEqual([]);
    expect(issueOf(carousel(11), 'instagram.items.count').message).toBe(
      'This carousel has 11 items; an Instagram carousel takes 2 to 10 photos or videos. Remove 1.',
    );
    expect(carousel(11).measures[0]?.items).toEqual({ used: 11, min: 2, max: 10 });
  });

  it('mixes photos and videos in a carousel', () => {
    const validation = validate({ platform: 'instagram', postType: 'carousel', media: [photo(), video({ durationMs: 20_000, width: 1080, height: 1350 })] });
    expect(codesOf(validation)).toEqual([]);
  });

  it('asks for the one photo of a feed post', () => {
    expect(issueOf(feed(photo(), { media: [] }), 'instagram.items.count').message).toBe('An Instagram feed post takes 1 photo. Add one.');
  });

  it('sends a single video to the reel post type (2.1: single feed videos publish as reels)', () => {
    const issue = issueOf(feed(video()), 'instagram.items.kind');
    expect(issue).toMatchObject({ severity: 'error', subject: 'post_type', mediaId: mediaId(1) });
    expect(issue.message).toBe('An Instagram feed post takes 1 photo; CLIP_1.mp4 is a video. Switch the post type to reel.');
  });

  it('refuses a photo as a reel and a second item in a story', () => {
    expect(issueOf(reel(photo()), 'instagram.items.kind').message).toContain('Switch the post type to feed post.');
    const twoInStory = validate({ platform: 'instagram', postType: 'story', media: [photo(), photo()], caption: '' });
    expect(issueOf(twoInStory, 'instagram.items.count').severity).toBe('error');
  });

  it('warns about the same photo twice in a carousel', () => {
    const validation = validate({ platform: 'instagram', postType: 'carousel', media: [photo()], targetMediaIds: [mediaId(1), mediaId(1)] });
    expect(issueOf(validation, 'instagram.items.repeated')).toMatchObject({ severity: 'warning', mediaId: mediaId(1) });
  });
});

describe('Instagram photos (2.4)', () => {
  it('takes only JPEG and offers to convert PNG, WebP, HEIC and GIF, naming the file', () => {
    const validation = validate({
      platform: 'instagram',
      postType: 'carousel',
      media: [photo({ format: 'png' }), photo()],
      names: ['IMG_2041.png', 'IMG_2042.jpg'],
    });
    const issue = issueOf(validation, 'instagram.image.format');
    expect(issue.message).toBe('IMG_2041.png is a PNG; Instagram takes only JPEG. Convert it to JPEG.');
    expect(issue.fix).toEqual({ kind: 'convert_to_jpeg', mediaId: mediaId(1), label: 'Convert to JPEG' });
    for (const format of ['webp', 'heic', 'gif']) {
      expect(issueOf(feed(photo({ format })), 'instagram.image.format').fix?.kind).toBe('convert_to_jpeg');
    }
  });

  it('accepts "jpg" as JPEG, and has no one-click fix for a format the library cannot convert', () => {
    expect(codesOf(feed(photo({ format: 'JPG' })))).toEqual([]);
    const issue = issueOf(feed(photo({ format: 'mpo' })), 'instagram.image.format');
    expect(issue.fix).toBeNull();
    expect(issue.message).toContain('Save it as JPEG.');
  });

  it('takes less than 8 MiB and refuses exactly 8 MiB ("less than 8 MiB", subcode 2207004), offering a downscale', () => {
    expect(issuesOf(feed(photo({ byteSize: 8 * MiB - 1 })), 'instagram.image.file_size')).toEqual([]);
    const issue = issueOf(feed(photo({ byteSize: 8 * MiB, width: 4000, height: 4000 })), 'instagram.image.file_size');
    expect(issue.message).toBe('This photo is 8,388,608 bytes; Instagram takes photos up to 8 MB. Downscale it.');
    expect(issue.fix).toMatchObject({ kind: 'downscale', mediaId: mediaId(1) });
    expect(issue.fix?.maxLongEdge).toBeLessThan(4000);
  });

  it('warns (not errs) outside 320–1440 px wide, since Instagram scales the photo', () => {
    expect(issuesOf(feed(photo({ width: 320, height: 320 })), 'instagram.image.width')).toEqual([]);
    expect(issuesOf(feed(photo({ width: 1440, height: 1440 })), 'instagram.image.width')).toEqual([]);
    const narrow = issueOf(feed(photo({ width: 319, height: 319 })), 'instagram.image.width');
    expect(narrow).toMatchObject({ severity: 'warning', fix: null });
    expect(narrow.message).toContain('may look blurry');
    const wide = issueOf(feed(photo({ width: 1441, height: 1441 })), 'instagram.image.width');
    expect(wide).toMatchObject({ severity: 'warning', fix: { kind: 'downscale', maxLongEdge: 1440 } });
  });

  it('takes 4:5 exactly and refuses slightly narrower, offering a crop to 4:5', () => {
    expect(issuesOf(feed(photo({ width: 1080, height: 1350 })), 'instagram.image.aspect_ratio')).toEqual([]);
    const issue = issueOf(feed(photo({ width: 1079, height: 1350 })), 'instagram.image.aspect_ratio');
    expect(issue.severity).toBe('error');
    expect(issue.fix).toEqual({ kind: 'crop', mediaId: mediaId(1), label: 'Crop to 4:5', aspect: { min: 0.8, max: 1.91, suggested: 0.8 } });
  });

  it('takes 1.91:1 exactly and refuses slightly wider, in the words of the issue', () => {
    expect(issuesOf(feed(photo({ width: 1910, height: 1000 })), 'instagram.image.aspect_ratio')).toEqual([]);
    expect(issueOf(feed(photo({ width: 1911, height: 1000 })), 'instagram.image.aspect_ratio').fix?.aspect?.suggested).toBe(1.91);
    expect(issueOf(feed(photo({ width: 1200, height: 400 })), 'instagram.image.aspect_ratio').message).toBe(
      'This photo is 3:1 (1,200 × 400 px); Instagram accepts 4:5 to 1.91:1. Crop it.',
    );
  });

  it('does not hold a story photo to the feed shape', () => {
    expect(codesOf(story(photo({ width: 1080, height: 1920 })))).toEqual([]);
  });

  it('says that Instagram converts a photo that is not sRGB (info)', () => {
    expect(issueOf(feed(photo({ colorSpace: 'Display P3' })), 'instagram.image.color_space').severity).toBe('info');
    expect(issuesOf(feed(photo({ colorSpace: 'sRGB IEC61966-2.1' })), 'instagram.image.color_space')).toEqual([]);
    expect(issuesOf(feed(photo({ colorSpace: null })), 'instagram.image.color_space')).toEqual([]);
  });

  it('warns that a rotation tag may be ignored, offering to turn the photo upright', () => {
    expect(issueOf(feed(photo({ orientation: 6 })), 'instagram.image.orientation')).toMatchObject({
      severity: 'warning',
      fix: { kind: 'apply_orientation', mediaId: mediaId(1) },
    });
    expect(issuesOf(feed(photo({ orientation: null })), 'instagram.image.orientation')).toEqual([]);
  });
});

describe('Instagram reels (2.4)', () => {
  it('takes 3 s and refuses 2.9 s', () => {
    expect(issuesOf(reel(video({ durationMs: 3000 })), 'instagram.video.duration')).toEqual([]);
    expect(issueOf(reel(video({ durationMs: 2900 })), 'instagram.video.duration').message).toBe(
      'This video is 2.9 s long; an Instagram reel takes videos of 3 s to 15 min. Use a longer video.',
    );
  });

  it('takes 15 min and refuses 15 min + 1 s', () => {
    const long = (durationMs: number) => reel(video({ durationMs, byteSize: 100 * MiB }));
    expect(issuesOf(long(15 * 60_000), 'instagram.video.duration')).toEqual([]);
    expect(issueOf(long(15 * 60_000 + 1000), 'instagram.video.duration').message).toBe(
      'This video is 15:01 long; an Instagram reel takes videos of 3 s to 15 min. Trim it.',
    );
  });

  it('takes 1 GB and refuses 1 GB + 1 byte', () => {
    const sized = (byteSize: number) => reel(video({ byteSize, durationMs: 10 * 60_000 }));
    expect(issuesOf(sized(GiB), 'instagram.video.file_size')).toEqual([]);
    expect(issueOf(sized(GiB + 1), 'instagram.video.file_size')).toMatchObject({ severity: 'error', fix: null });
  });

  it('takes 1920 columns and refuses 1921', () => {
    expect(issuesOf(reel(video({ width: 1920, height: 1080 })), 'instagram.video.width')).toEqual([]);
    expect(issueOf(reel(video({ width: 1921, height: 1081 })), 'instagram.video.width').severity).toBe('error');
  });

  it('takes 0.01:1 to 10:1 and refuses beyond, with 9:16 recommended (info)', () => {
    const shaped = (width: number, height: number) => reel(video({ width, height }));
    expect(issuesOf(shaped(10, 1000), 'instagram.video.aspect_ratio')).toEqual([]);
    expect(issueOf(shaped(10, 1001), 'instagram.video.aspect_ratio')).toMatchObject({ severity: 'error', fix: null });
    expect(issuesOf(shaped(1000, 100), 'instagram.video.aspect_ratio')).toEqual([]);
    expect(issueOf(shaped(1001, 100), 'instagram.video.aspect_ratio').severity).toBe('error');
    expect(issuesOf(shaped(1080, 1920), 'instagram.video.recommended_aspect_ratio')).toEqual([]);
    expect(issueOf(shaped(1080, 1080), 'instagram.video.recommended_aspect_ratio').severity).toBe('info');
  });

  it('takes MP4 and MOV, H.264 and HEVC, AAC sound', () => {
    expect(codesOf(reel(video({ format: 'mov', videoCodec: 'hevc' })))).toEqual([]);
    expect(codesOf(reel(video({ format: 'quicktime', videoCodec: 'avc1', audioCodec: null })))).toEqual([]);
    expect(issueOf(reel(video({ format: 'webm' })), 'instagram.video.format').message).toBe(
      'This video is a WebM; Instagram takes only MP4 or MOV. Export it as MP4.',
    );
    expect(issueOf(reel(video({ videoCodec: 'vp9' })), 'instagram.video.video_codec').message).toBe(
      'This video uses VP9 video; Instagram takes H.264 or HEVC (H.265). Export it as H.264.',
    );
    expect(issueOf(reel(video({ audioCodec: 'mp3' })), 'instagram.video.audio_codec').severity).toBe('error');
  });

  it('takes sound up to 48 kHz and refuses 48.001 kHz', () => {
    expect(issuesOf(reel(video({ audioSampleRateHz: 48_000 })), 'instagram.video.audio_sample_rate')).toEqual([]);
    expect(issueOf(reel(video({ audioSampleRateHz: 48_001 })), 'instagram.video.audio_sample_rate').severity).toBe('error');
  });

  it('takes 23 to 60 frames a second and refuses just outside', () => {
    for (const frameRate of [23, 60]) expect(issuesOf(reel(video({ frameRate })), 'instagram.video.frame_rate')).toEqual([]);
    for (const frameRate of [22.99, 60.01]) expect(issueOf(reel(video({ frameRate })), 'instagram.video.frame_rate').severity).toBe('error');
  });

  it('needs the moov atom at the front, and does not guess when the probe could not tell', () => {
    expect(issueOf(reel(video({ moovAtFront: false })), 'instagram.video.moov_atom').message).toContain('fast start');
    expect(issuesOf(reel(video({ moovAtFront: null })), 'instagram.video.moov_atom')).toEqual([]);
  });

  it('takes an average of 25 Mbit/s and refuses more', () => {
    const rated = (byteSize: number) => reel(video({ durationMs: 8000, byteSize }));
    expect(issuesOf(rated(25_000_000), 'instagram.video.bitrate')).toEqual([]);
    expect(issueOf(rated(25_000_001), 'instagram.video.bitrate').severity).toBe('error');
  });

  it('sets a cover image of the post aside from the items, and refuses one that is not a photo of the post', () => {
    const withCover = (coverMediaId: string | null, media = [video(), photo()]) =>
      validate({ platform: 'instagram', postType: 'reel', media, options: { coverMediaId } });
    const fine = withCover(mediaId(2));
    expect(codesOf(fine)).toEqual([]);
    expect(fine.measures[0]?.items.used).toBe(1);
    expect(issueOf(withCover(mediaId(9)), 'instagram.reel.cover').message).toBe('The cover picture is no longer part of this post. Choose another cover.');
    expect(issueOf(withCover(mediaId(2), [video(), video()]), 'instagram.reel.cover').message).toContain('CLIP_2.mp4 is a video');
  });

  it('takes a cover frame up to the video’s end and refuses one past it (5.2, subcode 2207057)', () => {
    const framed = (thumbOffsetMs: number) => validate({ platform: 'instagram', postType: 'reel', media: [video()], options: { thumbOffsetMs } });
    expect(issuesOf(framed(30_000), 'instagram.options.cover_time')).toEqual([]);
    expect(issueOf(framed(30_001), 'instagram.options.cover_time').subject).toBe('options');
  });
});

describe('Instagram story and carousel videos (2.4, non-reel column)', () => {
  it('takes 3–60 s: 60 s passes, 60.001 s is refused with the exact length', () => {
    expect(issuesOf(story(video({ durationMs: 60_000, width: 1080, height: 1350 })), 'instagram.video.duration')).toEqual([]);
    expect(issueOf(story(video({ durationMs: 60_001, width: 1080, height: 1350 })), 'instagram.video.duration').message).toBe(
      'This video is 60.001 s long; an Instagram story takes videos of 3 s to 1 min. Trim it.',
    );
  });

  it('takes 100 MB and refuses 100 MB + 1 byte', () => {
    expect(issuesOf(story(video({ byteSize: 100 * MiB, width: 1080, height: 1350 })), 'instagram.video.file_size')).toEqual([]);
    expect(issueOf(story(video({ byteSize: 100 * MiB + 1, width: 1080, height: 1350 })), 'instagram.video.file_size').severity).toBe('error');
  });

  it('holds a carousel video to 4:5–16:9 with only a warning, because the column labelling is UNCONFIRMED', () => {
    const carouselWith = (probe: ReturnType<typeof video>) =>
      validate({ platform: 'instagram', postType: 'carousel', media: [photo(), probe] });
    expect(issuesOf(carouselWith(video({ width: 1080, height: 1350 })), 'instagram.video.aspect_ratio')).toEqual([]);
    expect(issuesOf(carouselWith(video({ width: 1920, height: 1080 })), 'instagram.video.aspect_ratio')).toEqual([]);
    expect(issueOf(carouselWith(video({ width: 1080, height: 1920 })), 'instagram.video.aspect_ratio').severity).toBe('warning');
  });

  it('takes a full-screen 9:16 story video without a word about its shape', () => {
    expect(issuesOf(story(video({ width: 1080, height: 1920 })), 'instagram.video.aspect_ratio')).toEqual([]);
  });
});

describe('Instagram Login accounts and the storage bucket (2.3)', () => {
  const viaInstagramLogin = (staging: { canStage: boolean; canServeTikTokPhotos: boolean }, postType: 'feed' | 'reel' = 'feed') =>
    validate({ platform: 'instagram', postType, media: [postType === 'feed' ? photo() : video()], account: { loginPath: 'instagram_login' }, staging });

  it('refuses every post type until a bucket is set up: there is no Page to hold the media', () => {
    for (const postType of ['feed', 'reel'] as const) {
      const issue = issueOf(viaInstagramLogin({ canStage: false, canServeTikTokPhotos: false }, postType), 'instagram.account.needs_bucket');
      expect(issue).toMatchObject({ severity: 'error', subject: 'account', mediaId: null });
      expect(issue.message).toBe(
        'Instagram fetches photos and videos from a web address, and Corner Bakery is connected with Instagram Login, without a Facebook Page to hold them, so it needs a storage bucket: set one up in Settings.',
      );
    }
  });

  it('takes the post once a bucket is set up', () => {
    const validation = viaInstagramLogin({ canStage: true, canServeTikTokPhotos: false });
    expect(codesOf(validation)).toEqual([]);
    expect(validation.readyToSchedule).toBe(true);
  });

  it('never asks a Facebook Login account for a bucket: its linked Page holds the photos', () => {
    const validation = validate({ platform: 'instagram', postType: 'feed', media: [photo()], account: { loginPath: 'facebook_login' }, staging: { canStage: false, canServeTikTokPhotos: false } });
    expect(codesOf(validation)).toEqual([]);
  });
});
