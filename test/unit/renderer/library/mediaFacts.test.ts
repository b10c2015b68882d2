import { describe, expect, it } from 'vitest';
import {
  aspectRatio,
  clockDuration,
  codecName,
  fileSize,
  formatName,
  frameRate,
  orientation,
  pixelSize,
  privateDetails,
  sampleRate,
  shape,
} from '../../../../renderer/src/lib/mediaFacts';

describe('media facts in the owner’s words', () => {
  it('gives file sizes in the megabytes platforms count in (1024 × 1024 bytes)', () => {
    expect(fileSize(8 * 1024 * 1024)).toBe('8 MB');
    expect(fileSize(2_400_000)).toBe('2.3 MB');
    expect(fileSize(655_360)).toBe('640 KB');
    expect(fileSize(812)).toBe('812 bytes');
    expect(fileSize(1)).toBe('1 byte');
  });

  it('gives lengths as players show them', () => {
    expect(clockDuration(32_000)).toBe('0:32');
    expect(clockDuration(725_400)).toBe('12:05');
    expect(clockDuration(3_723_000)).toBe('1:02:03');
    expect(clockDuration(499)).toBe('0:00');
  });

  it('names aspect ratios the way the platforms’ rules do', () => {
    expect(aspectRatio(1080, 1350)).toBe('4:5');
    expect(aspectRatio(4032, 3024)).toBe('4:3');
    expect(aspectRatio(1920, 1080)).toBe('16:9');
    expect(aspectRatio(1080, 1920)).toBe('9:16');
    expect(aspectRatio(1000, 1000)).toBe('1:1');
    expect(aspectRatio(3000, 1000)).toBe('3:1');
    // A pixel or two off a common ratio, and Instagram's 1.91:1, which no whole pixels reach exactly.
    expect(aspectRatio(1080, 1349)).toBe('about 4:5');
    expect(aspectRatio(1080, 566)).toBe('about 1.91:1');
    // Anything else as a decimal against 1.
    expect(aspectRatio(2350, 1000)).toBe('2.35:1');
    expect(aspectRatio(1000, 2500)).toBe('1:2.5');
  });

  it('says the shape, counting nearly square as square', () => {
    expect(shape(1080, 1350)).toBe('portrait');
    expect(shape(1920, 1080)).toBe('landscape');
    expect(shape(1080, 1081)).toBe('square');
    expect(pixelSize(1080, 1350)).toBe('1080 × 1350 pixels');
  });

  it('says how a file’s orientation tag turns the picture', () => {
    expect(orientation(null)).toBe('Upright');
    expect(orientation(6)).toBe('Turned 90° clockwise by a tag in the file');
    expect(orientation(8)).toBe('Turned 90° anticlockwise by a tag in the file');
    expect(orientation(3)).toBe('Turned 180° by a tag in the file');
    expect(orientation(2)).toBe('Mirrored left to right by a tag in the file');
  });

  it('names formats and codecs as people know them, and unknown ones in capitals', () => {
    expect(formatName('jpeg')).toBe('JPEG');
    expect(formatName('mov')).toBe('QuickTime (MOV)');
    expect(formatName('webp')).toBe('WebP');
    expect(formatName('jxl')).toBe('JXL');
    expect(codecName('h264')).toBe('H.264');
    expect(codecName('hevc')).toBe('HEVC (H.265)');
    expect(codecName('aac')).toBe('AAC');
    expect(codecName('dnxhd')).toBe('DNXHD');
  });

  it('gives frame and sample rates without needless decimals', () => {
    expect(frameRate(30)).toBe('30 frames a second');
    expect(frameRate(29.97002997)).toBe('29.97 frames a second');
    expect(sampleRate(48_000)).toBe('48 kHz');
    expect(sampleRate(44_100)).toBe('44.1 kHz');
  });

  it('says which private details a file carries', () => {
    expect(privateDetails(true, true)).toBe('Has location data and camera details');
    expect(privateDetails(true, false)).toBe('Has location data');
    expect(privateDetails(false, true)).toBe('Has camera details');
    expect(privateDetails(false, false)).toBe('No location data or camera details');
  });
});
