import { describe, expect, it } from 'vitest';
import { initials, shownAspect, truncateCaption } from '../../../../renderer/src/features/compose/previews/previewText';

describe('preview text', () => {
  it('cuts a long caption at a word, as a feed does before "more"', () => {
    const text = 'Our new spelt loaf is here, baked slowly overnight with a long ferment';
    expect(truncateCaption(text, { maxChars: 30, maxLines: 2 })).toEqual({ shown: 'Our new spelt loaf is here,', isTruncated: true });
    expect(truncateCaption('Short one', { maxChars: 30, maxLines: 2 })).toEqual({ shown: 'Short one', isTruncated: false });
  });

  it('cuts after the last line shown, and never through an emoji', () => {
    expect(truncateCaption('one\ntwo\nthree', { maxChars: 100, maxLines: 2 })).toEqual({ shown: 'one\ntwo', isTruncated: true });
    const { shown } = truncateCaption('🥐'.repeat(10), { maxChars: 5, maxLines: 2 });
    expect(Array.from(shown)).toEqual(Array(5).fill('🥐'));
  });

  it('draws initials from names and usernames', () => {
    expect(initials("Rosie's Bakery")).toBe('RB');
    expect(initials('Crumb & Co')).toBe('CC');
    expect(initials('crumb.and.co')).toBe('CA');
    expect(initials('')).toBe('?');
  });

  it("brings a picture's shape inside the platform's range", () => {
    expect(shownAspect(3000, 1000, 0.8, 1.91)).toBe(1.91);
    expect(shownAspect(1080, 1920, 0.8, 1.91)).toBe(0.8);
    expect(shownAspect(1080, 1080, 0.8, 1.91)).toBe(1);
  });
});
