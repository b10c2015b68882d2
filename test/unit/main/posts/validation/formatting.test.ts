import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../../../../main/posts/validation/countCharacters';
import { formatWithArticle, normalizeCodec, normalizeFormat } from '../../../../../main/posts/validation/mediaNames';
import { compareToRatio, describeAspect, ratio, ratioValue } from '../../../../../main/posts/validation/ratio';
import { MiB } from '../../../../../main/posts/validation/units';
import { beside, exactBytes, formatBytes, formatDuration, formatElapsed, listWords } from '../../../../../main/posts/validation/wording';

describe('ratios', () => {
  it('keep decimal ratios as whole numbers, so boundaries compare exactly', () => {
    expect(ratio('1.91:1')).toEqual({ width: 191, height: 100, label: '1.91:1' });
    expect(ratio('0.01:1')).toEqual({ width: 1, height: 100, label: '0.01:1' });
    expect(compareToRatio(1080, 1350, ratio('4:5'))).toBe(0);
    expect(compareToRatio(1079, 1350, ratio('4:5'))).toBeLessThan(0);
    expect(ratioValue(ratio('9:16'))).toBe(0.5625);
  });

  it('describe a shape as people know it, or as a decimal', () => {
    expect(describeAspect(3000, 1000)).toBe('3:1');
    expect(describeAspect(1080, 1920)).toBe('9:16');
    expect(describeAspect(1430, 1000)).toBe('1.43:1');
    expect(describeAspect(1000, 2080)).toBe('1:2.08');
  });
});

describe('wording', () => {
  it('writes sizes in the binary units the limits use', () => {
    expect(formatBytes(8 * MiB)).toBe('8 MB');
    expect(formatBytes(MiB - 1)).toBe('1 MB');
    expect(formatBytes(1.5 * 1024 * MiB)).toBe('1.5 GB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
  });

  it('writes lengths without rounding a clip up to its limit', () => {
    expect(formatElapsed(2999)).toBe('2.9 s');
    expect(formatElapsed(901_000)).toBe('15:01');
    expect(formatDuration(900_000)).toBe('15 min');
    expect(formatDuration(3000)).toBe('3 s');
  });

  it('shows a value exactly when it would read the same as its limit', () => {
    expect(beside(8 * MiB + 1, 8 * MiB, formatBytes, exactBytes)).toBe('8,388,609 bytes');
    expect(beside(9 * MiB, 8 * MiB, formatBytes, exactBytes)).toBe('9 MB');
  });

  it('lists words the way a sentence does', () => {
    expect(listWords(['JPEG'])).toBe('JPEG');
    expect(listWords(['MP4', 'WebM', 'MOV'])).toBe('MP4, WebM or MOV');
  });
});

describe('media names', () => {
  it('fold the usual spellings into one', () => {
    expect(normalizeFormat(' JPG ')).toBe('jpeg');
    expect(normalizeFormat('QuickTime')).toBe('mov');
    expect(normalizeCodec('avc1')).toBe('h264');
    expect(normalizeCodec('H.265')).toBe('hevc');
  });

  it('take the article of the name as said aloud', () => {
    expect(formatWithArticle('png')).toBe('a PNG');
    expect(formatWithArticle('mp4')).toBe('an MP4');
    expect(formatWithArticle('avi')).toBe('an AVI file');
    expect(formatWithArticle('dng')).toBe('a DNG file');
  });
});

describe('character counting', () => {
  it('counts code points or UTF-16 units', () => {
    expect(countCharacters('pão 😀', 'code_points')).toBe(5);
    expect(countCharacters('pão 😀', 'utf16_units')).toBe(6);
  });
});
