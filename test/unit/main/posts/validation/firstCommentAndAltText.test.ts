import { describe, expect, it } from 'vitest';
import { ALT_TEXT_MAX_CHARS, FIRST_COMMENT_MAX_CHARS } from '../../../../../preload/contract';
import { codesOf, issueOf, issuesOf, mediaId, photo, text, validate, video } from './validationFixtures';

/**
 * The first comment (Instagram and Facebook) and the photos' alt text (Instagram, reference 2.1:
 * images only, not reels or stories); their limits are the contract's, UNCONFIRMED.
 */
describe('the first comment', () => {
  it(`takes ${FIRST_COMMENT_MAX_CHARS} characters on both platforms and refuses one more, counted without the spaces around it`, () => {
    const fine = `  ${text(FIRST_COMMENT_MAX_CHARS)}  `;
    expect(codesOf(validate({ platform: 'instagram', postType: 'feed', media: [photo()], options: { firstComment: fine } }))).toEqual([]);
    expect(codesOf(validate({ platform: 'facebook', postType: 'text', options: { firstComment: fine } }))).toEqual([]);

    const long = text(FIRST_COMMENT_MAX_CHARS + 3);
    const instagram = issueOf(validate({ platform: 'instagram', postType: 'feed', media: [photo()], options: { firstComment: long } }), 'instagram.first_comment.too_long');
    expect(instagram).toMatchObject({ severity: 'error', subject: 'options' });
    expect(instagram.message).toBe('The first comment has 2,203 characters; Instagram takes up to 2,200. Remove 3.');
    const facebook = issueOf(validate({ platform: 'facebook', postType: 'link', options: { link: 'https://rosies.example', firstComment: long } }), 'facebook.first_comment.too_long');
    expect(facebook.message).toBe('The first comment has 2,203 characters; Facebook takes up to 2,200. Remove 3.');
  });

  it('counts an emoji as one character, as Meta does for captions', () => {
    const emoji = '🥐'.repeat(FIRST_COMMENT_MAX_CHARS);
    expect(issuesOf(validate({ platform: 'facebook', postType: 'text', options: { firstComment: emoji } }), 'facebook.first_comment.too_long')).toEqual([]);
  });

  it('tells the owner a first comment left on a story will not be posted (stories take no comments)', () => {
    const issue = issueOf(validate({ platform: 'instagram', postType: 'story', media: [photo({ width: 1080, height: 1920 })], options: { firstComment: '#bread' } }), 'instagram.first_comment.not_posted');
    expect(issue).toMatchObject({ severity: 'info', subject: 'options' });
    const empty = validate({ platform: 'instagram', postType: 'story', media: [photo({ width: 1080, height: 1920 })], options: { firstComment: '  ' } });
    expect(issuesOf(empty, 'instagram.first_comment.not_posted')).toEqual([]);
  });
});

describe('alt text on Instagram photos', () => {
  it(`takes ${ALT_TEXT_MAX_CHARS} characters per photo and names the photo that has more`, () => {
    const fine = validate({ platform: 'instagram', postType: 'carousel', media: [photo(), photo()], options: { altTexts: { [mediaId(1)]: text(ALT_TEXT_MAX_CHARS) } } });
    expect(codesOf(fine)).toEqual([]);

    const long = validate({
      platform: 'instagram',
      postType: 'carousel',
      media: [photo(), photo()],
      names: ['loaf.jpg', 'crumb.jpg'],
      options: { altTexts: { [mediaId(2)]: text(ALT_TEXT_MAX_CHARS + 1) } },
    });
    const issue = issueOf(long, 'instagram.alt_text.too_long');
    expect(issue).toMatchObject({ severity: 'error', subject: 'options', mediaId: mediaId(2) });
    expect(issue.message).toBe('The alt text of crumb.jpg has 1,001 characters; Outpost keeps it to 1,000. Remove 1.');
    expect(issueOf(validate({ platform: 'instagram', postType: 'feed', media: [photo()], options: { altTexts: { [mediaId(1)]: text(1001) } } }), 'instagram.alt_text.too_long').message).toBe(
      'The alt text has 1,001 characters; Outpost keeps it to 1,000. Remove 1.',
    );
  });

  it('says once that descriptions are not sent with a reel or a story, and ignores those of items not in the post', () => {
    const reel = validate({ platform: 'instagram', postType: 'reel', media: [video(), photo()], options: { altTexts: { [mediaId(2)]: 'A loaf' } } });
    expect(issueOf(reel, 'instagram.alt_text.not_sent')).toMatchObject({ severity: 'info' });
    expect(issueOf(reel, 'instagram.alt_text.not_sent').message).toBe(
      'Instagram takes alt text on feed photos and carousels only, so the descriptions you wrote will not be sent with this reel.',
    );
    const gone = validate({ platform: 'instagram', postType: 'feed', media: [photo()], options: { altTexts: { [mediaId(9)]: text(5000) } } });
    expect(codesOf(gone)).toEqual([]);
  });
});
