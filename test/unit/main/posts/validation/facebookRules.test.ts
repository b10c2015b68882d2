import { describe, expect, it } from 'vitest';
import { MiB } from '../../../../../main/posts/validation/units';
import { codesOf, issueOf, issuesOf, mediaId, photo, text, times, validate, video, type Scenario } from './validationFixtures';

/** Numbers from platform-apis.md section 3; the caption length and multi-photo maximum are UNCONFIRMED. */

const facebook = (s: Omit<Scenario<'facebook'>, 'platform'>) => validate({ platform: 'facebook', ...s });
const photoPost = (probe = photo()) => facebook({ postType: 'photo', media: [probe] });

describe('Facebook caption', () => {
  it('takes 63,206 characters and refuses 63,207 (UNCONFIRMED)', () => {
    expect(issuesOf(facebook({ postType: 'text', caption: text(63_206) }), 'facebook.caption.length')).toEqual([]);
    expect(issueOf(facebook({ postType: 'text', caption: text(63_207) }), 'facebook.caption.length').severity).toBe('error');
  });

  it('does not cap hashtags or mentions', () => {
    const validation = facebook({ postType: 'text', caption: times(100, () => '#bread @shop').join(' ') });
    expect(codesOf(validation)).toEqual([]);
    expect(validation.measures[0]).toMatchObject({ hashtags: { used: 100, max: null }, mentions: { used: 100, max: null } });
  });
});

describe('Facebook text and link posts (3)', () => {
  it('needs the text of a text post, even when only spaces were typed', () => {
    for (const caption of ['', '  \n ']) {
      expect(issueOf(facebook({ postType: 'text', caption }), 'facebook.caption.empty').message).toBe(
        'A Facebook text post needs text. Write what it should say.',
      );
    }
  });

  it('takes no media in a text post, suggesting the post type that fits', () => {
    const validation = facebook({ postType: 'text', media: [photo()] });
    expect(issueOf(validation, 'facebook.items.count').message).toBe(
      'A Facebook text post takes no photos or videos. Remove them, or switch the post type to photo post.',
    );
    expect(issuesOf(validation, 'facebook.items.kind')).toEqual([]);
    expect(validation.measures[0]?.items).toEqual({ used: 1, min: 0, max: 0 });
  });

  it('needs an http(s) web address in a link post', () => {
    const linked = (link: string | null) => facebook({ postType: 'link', options: { link } });
    expect(issueOf(linked(null), 'facebook.link.missing').subject).toBe('options');
    expect(issueOf(linked('  '), 'facebook.link.missing').severity).toBe('error');
    for (const link of ['bakery.example/menu', 'ftp://bakery.example/menu', 'https://localhost/menu', 'not a link']) {
      expect(issueOf(linked(link), 'facebook.link.invalid').message).toContain('starting with https://');
    }
    expect(codesOf(linked('https://bakery.example/menu'))).toEqual([]);
    expect(codesOf(linked('http://bakery.example'))).toEqual([]);
  });

  it('lets a link post go without text, and takes no media in it', () => {
    expect(codesOf(facebook({ postType: 'link', caption: '', options: { link: 'https://bakery.example' } }))).toEqual([]);
    expect(issueOf(facebook({ postType: 'link', media: [photo()], options: { link: 'https://bakery.example' } }), 'facebook.items.count').severity).toBe(
      'error',
    );
  });
});

describe('Facebook photos (3 [S43])', () => {
  it('takes JPEG, BMP, PNG, GIF and TIFF, and offers to convert WebP and HEIC', () => {
    for (const format of ['jpeg', 'bmp', 'png', 'gif', 'tiff']) expect(codesOf(photoPost(photo({ format })))).toEqual([]);
    for (const format of ['webp', 'heic']) {
      const issue = issueOf(photoPost(photo({ format })), 'facebook.image.format');
      expect(issue.message).toContain('Facebook takes only JPEG, BMP, PNG, GIF or TIFF.');
      expect(issue.fix?.kind).toBe('convert_to_jpeg');
    }
  });

  it('takes photos under 4 MB: 4 MB − 1 byte passes, 4 MB is refused', () => {
    expect(issuesOf(photoPost(photo({ byteSize: 4 * MiB - 1 })), 'facebook.image.file_size')).toEqual([]);
    expect(issueOf(photoPost(photo({ byteSize: 4 * MiB, width: 3000, height: 2000 })), 'facebook.image.file_size').fix?.kind).toBe('downscale');
  });

  it('takes PNG under 1 MB, and offers JPEG for a larger PNG', () => {
    expect(issuesOf(photoPost(photo({ format: 'png', byteSize: MiB - 1 })), 'facebook.image.file_size')).toEqual([]);
    const issue = issueOf(photoPost(photo({ format: 'png', byteSize: MiB + 512 * 1024 })), 'facebook.image.file_size');
    expect(issue.message).toBe('This photo is 1.5 MB; Facebook takes PNG photos up to 1 MB. Convert it to JPEG.');
    expect(issue.fix).toEqual({ kind: 'convert_to_jpeg', mediaId: mediaId(1), label: 'Convert to JPEG' });
  });

  it('has no shape limit', () => {
    expect(codesOf(photoPost(photo({ width: 3000, height: 1000 })))).toEqual([]);
  });
});

describe('Facebook multi-photo and video posts (3)', () => {
  const multi = (n: number) => facebook({ postType: 'multi_photo', media: times(n, () => photo()) });

  it('takes 2 to 10 photos (10: UNCONFIRMED): 1 and 11 are refused', () => {
    expect(issueOf(multi(1), 'facebook.items.count').severity).toBe('error');
    expect(issuesOf(multi(2), 'facebook.items.count')).toEqual([]);
    expect(issuesOf(multi(10), 'facebook.items.count')).toEqual([]);
    expect(issueOf(multi(11), 'facebook.items.count').message).toBe(
      'This multi-photo post has 11 items; a Facebook multi-photo post takes 2 to 10 photos. Remove 1.',
    );
  });

  it('refuses the same photo twice (5.2, subcode 1366051)', () => {
    const validation = facebook({ postType: 'multi_photo', media: [photo()], targetMediaIds: [mediaId(1), mediaId(1)] });
    expect(issueOf(validation, 'facebook.items.repeated')).toMatchObject({ severity: 'error', mediaId: mediaId(1) });
    expect(issueOf(validation, 'facebook.items.repeated').message).toBe(
      'IMG_1.jpg is in this multi-photo post 2 times; Facebook refuses the same photo twice. Remove the extra one.',
    );
  });

  it('takes one video and leaves its limits to Facebook (none in the reference)', () => {
    expect(codesOf(facebook({ postType: 'video', media: [video({ format: 'webm', durationMs: 3 * 3600_000 })] }))).toEqual([]);
    expect(issueOf(facebook({ postType: 'video', media: [photo()] }), 'facebook.items.kind').message).toContain('Switch the post type to photo post.');
    expect(issueOf(facebook({ postType: 'photo', media: [video()] }), 'facebook.items.kind').message).toContain('Switch the post type to video post.');
  });
});
