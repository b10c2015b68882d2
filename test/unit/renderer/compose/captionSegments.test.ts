import { describe, expect, it } from 'vitest';
import { segmentCaption, type CaptionSegmentKind } from '../../../../renderer/src/features/compose/editor/captionSegments';

const tagsOf = (text: string, kind: CaptionSegmentKind) =>
  segmentCaption(text)
    .filter((segment) => segment.kind === kind)
    .map((segment) => segment.text);

describe('caption highlighting', () => {
  it('finds hashtags of Unicode letters, digits and underscores', () => {
    expect(tagsOf('Fresh #sourdough #pain_au_chocolat #café #東京 #2025bakes today', 'hashtag')).toEqual([
      '#sourdough',
      '#pain_au_chocolat',
      '#café',
      '#東京',
      '#2025bakes',
    ]);
  });

  it('ends a hashtag at punctuation and does not count one glued to a word', () => {
    expect(tagsOf('#bread, #cake! and C#sharp or ##double', 'hashtag')).toEqual(['#bread', '#cake', '#double']);
  });

  it('finds mentions with dots and underscores, without a trailing dot', () => {
    expect(tagsOf('Thanks @rosie.bakes and @crumb_and_co. See @x.', 'mention')).toEqual(['@rosie.bakes', '@crumb_and_co', '@x']);
  });

  it('leaves e-mail addresses and web addresses alone', () => {
    const text = 'Order at hello@crumb.co or https://crumb.co/#menu and www.crumb.co/@rosie #real';
    expect(tagsOf(text, 'mention')).toEqual([]);
    expect(tagsOf(text, 'hashtag')).toEqual(['#real']);
  });

  it('keeps every character, in order, so the highlight lines up with the text', () => {
    const text = 'Line one #tag\n@who said\n\nhttps://a.b/#x end';
    expect(
      segmentCaption(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
    expect(segmentCaption('')).toEqual([]);
  });
});
