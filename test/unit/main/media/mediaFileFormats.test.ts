/**
 * Reading files by their bytes: the format sniffer, the MP4/MOV box walk (index position, files
 * cut short, 64-bit sizes), ICC profile names, frame rates, and where location and camera details
 * hide (EXIF and XMP).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { iccProfileName } from '../../../../main/media/iccProfileName';
import { readIsoBaseMediaLayout } from '../../../../main/media/isoBaseMediaLayout';
import { readPrivateMetadata } from '../../../../main/media/privateMetadata';
import { sniffBytes } from '../../../../main/media/sniffFormat';
import { parseRate } from '../../../../main/media/videoProbe';
import { useTempDirectory } from '../../../support/useTempDirectory';

const tempDirectory = useTempDirectory('media-formats');

/** An ISO base media box: 32-bit size, type, payload; `largeSize` writes the 64-bit form. */
function box(type: string, payloadBytes: number, options: { largeSize?: boolean; claimedSize?: number } = {}): Buffer {
  const headerSize = options.largeSize ? 16 : 8;
  const header = Buffer.alloc(headerSize);
  const size = options.claimedSize ?? headerSize + payloadBytes;
  header.writeUInt32BE(options.largeSize ? 1 : size, 0);
  header.write(type, 4, 'latin1');
  if (options.largeSize) header.writeBigUInt64BE(BigInt(size), 8);
  return Buffer.concat([header, Buffer.alloc(payloadBytes)]);
}

function ftyp(major: string, ...compatible: string[]): Buffer {
  const payload = Buffer.from(major + '\0\0\0\0' + compatible.join(''), 'latin1');
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length, 0);
  header.write('ftyp', 4, 'latin1');
  return Buffer.concat([header, payload]);
}

async function layoutOf(...boxes: Buffer[]) {
  const file = join(tempDirectory(), 'movie.mp4');
  writeFileSync(file, Buffer.concat(boxes));
  return readIsoBaseMediaLayout(file);
}

describe('sniffing the format from the first bytes', () => {
  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), { kind: 'image', format: 'jpeg' }],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), { kind: 'image', format: 'png' }],
    ['GIF', Buffer.from('GIF89a\x01\x00', 'latin1'), { kind: 'image', format: 'gif' }],
    ['WebP', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), { kind: 'image', format: 'webp' }],
    ['TIFF', Buffer.from('II*\x00\x08\x00', 'latin1'), { kind: 'image', format: 'tiff' }],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), { kind: 'image', format: 'heic' }],
    ['HEIF with mif1 only', ftyp('mif1', 'mif1', 'miaf'), { kind: 'image', format: 'heic' }],
    ['AVIF', ftyp('avif', 'mif1', 'avif'), { kind: 'image', format: 'avif' }],
    ['MP4', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), { kind: 'video', format: 'mp4' }],
    ['M4V', ftyp('M4V ', 'M4V ', 'mp42'), { kind: 'video', format: 'mp4' }],
    ['MOV', ftyp('qt  ', 'qt  '), { kind: 'video', format: 'mov' }],
    ['old QuickTime', box('moov', 8), { kind: 'video', format: 'mov' }],
    ['WebM', Buffer.from('\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm', 'latin1'), { kind: 'video', format: 'webm' }],
  ])('%s', (_name, bytes, expected) => {
    expect(sniffBytes(bytes)).toEqual(expected);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n', 'latin1'), /PDF document/],
    ['Matroska', Buffer.from('\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska', 'latin1'), /Matroska \(MKV\)/],
    ['BMP', Buffer.from('BM\x00\x00\x00\x00', 'latin1'), /BMP picture/],
    ['AVI', Buffer.from('RIFF\x10\x00\x00\x00AVI LIST', 'latin1'), /AVI video/],
    ['3GP', ftyp('3gp4', '3gp4'), /3GP/],
    ['M4A', ftyp('M4A ', 'M4A ', 'mp42'), /sound file with no picture/],
  ])('names %s as unsupported', (_name, bytes, description) => {
    const sniffed = sniffBytes(bytes);
    expect(sniffed.kind).toBe('unsupported');
    expect(sniffed.kind === 'unsupported' && sniffed.description).toMatch(description);
  });

  it.each([
    ['text', Buffer.from('Shopping list: flour', 'utf8')],
    ['nothing', Buffer.alloc(0)],
    ['two bytes of a JPEG', Buffer.from([0xff, 0xd8])],
    ['HTML', Buffer.from('<!doctype html><title>x</title>', 'utf8')],
  ])('does not know %s', (_name, bytes) => {
    expect(sniffBytes(bytes)).toEqual({ kind: 'unknown' });
  });
});

describe('the MP4/MOV box layout', () => {
  it('finds the index before or after the media data', async () => {
    expect(await layoutOf(ftyp('isom'), box('moov', 100), box('mdat', 1000))).toEqual({ moovAtFront: true, truncated: false });
    expect(await layoutOf(ftyp('isom'), box('free', 8), box('mdat', 1000), box('moov', 100))).toEqual({ moovAtFront: false, truncated: false });
  });

  it('reads 64-bit box sizes and "to the end of the file"', async () => {
    expect(await layoutOf(ftyp('isom'), box('mdat', 500, { largeSize: true }), box('moov', 50))).toEqual({ moovAtFront: false, truncated: false });
    expect(await layoutOf(ftyp('isom'), box('moov', 50), box('mdat', 500, { claimedSize: 0 }))).toEqual({ moovAtFront: true, truncated: false });
  });

  it('takes a whole file with a few bytes of padding after its last box (fewer than a box header) as whole', async () => {
    expect(await layoutOf(ftyp('isom'), box('moov', 100), box('mdat', 1000), Buffer.from([0, 0, 0, 0]))).toEqual({ moovAtFront: true, truncated: false });
  });

  it('notices a file cut short: a box claiming more bytes than there are', async () => {
    expect(await layoutOf(ftyp('isom'), box('moov', 100), box('mdat', 1000, { claimedSize: 5000 }))).toEqual({ moovAtFront: true, truncated: true });
    expect(await layoutOf(ftyp('isom'), box('mdat', 100, { largeSize: true, claimedSize: 2 ** 40 }))).toEqual({ moovAtFront: false, truncated: true });
    // A size smaller than its own header cannot be walked past.
    expect(await layoutOf(ftyp('isom'), box('moov', 0, { claimedSize: 4 }))).toMatchObject({ truncated: true });
  });
});

/** A minimal ICC profile holding only a description tag of the given type. */
function iccWithDescription(kind: 'desc' | 'mluc', text: string): Buffer {
  let tag: Buffer;
  if (kind === 'desc') {
    const ascii = Buffer.from(`${text}\0`, 'latin1');
    tag = Buffer.alloc(12 + ascii.length);
    tag.write('desc', 0, 'latin1');
    tag.writeUInt32BE(ascii.length, 8);
    ascii.copy(tag, 12);
  } else {
    const utf16 = Buffer.from(text, 'utf16le').swap16();
    tag = Buffer.alloc(28 + utf16.length);
    tag.write('mluc', 0, 'latin1');
    tag.writeUInt32BE(1, 8);
    tag.writeUInt32BE(12, 12);
    tag.write('enUS', 16, 'latin1');
    tag.writeUInt32BE(utf16.length, 20);
    tag.writeUInt32BE(28, 24);
    utf16.copy(tag, 28);
  }
  const header = Buffer.alloc(132 + 12);
  header.writeUInt32BE(1, 128);
  header.write('desc', 132, 'latin1');
  header.writeUInt32BE(header.length, 136);
  header.writeUInt32BE(tag.length, 140);
  return Buffer.concat([header, tag]);
}

describe('ICC profile names', () => {
  it('reads version 2 (ASCII) and version 4 (UTF-16) descriptions', () => {
    expect(iccProfileName(iccWithDescription('desc', 'sRGB IEC61966-2.1'))).toBe('sRGB IEC61966-2.1');
    expect(iccProfileName(iccWithDescription('mluc', 'Display P3'))).toBe('Display P3');
  });

  it('reads the profiles sharp embeds', async () => {
    const nameOf = async (profile: string) => {
      const jpeg = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).withIccProfile(profile).jpeg().toBuffer();
      return iccProfileName((await sharp(jpeg).metadata()).icc!);
    };
    expect(await nameOf('srgb')).toBe('sRGB');
    expect(await nameOf('p3')).toBe('sP3C');
    expect(await nameOf('cmyk')).toBe('Chemical proof');
  });

  it('is null for a profile too short, without a description, or pointing outside itself', () => {
    expect(iccProfileName(Buffer.alloc(40))).toBeNull();
    expect(iccProfileName(Buffer.alloc(200))).toBeNull();
    const broken = iccWithDescription('desc', 'Anything');
    broken.writeUInt32BE(10_000, 136);
    expect(iccProfileName(broken)).toBeNull();
  });
});

describe('frame rates', () => {
  it.each([
    ['30/1', 30],
    ['30000/1001', 29.97],
    ['24000/1001', 23.976],
    ['25', 25],
    ['0/0', null],
    [undefined, null],
  ])('%s → %s', (rate, expected) => {
    expect(parseRate(rate)).toBe(expected);
  });
});

describe('location and camera details', () => {
  it('are found in EXIF', async () => {
    const jpeg = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .withExif({ IFD2: { LensModel: 'RF 24-105mm' }, IFD3: { GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' } })
      .jpeg()
      .toBuffer();
    expect(readPrivateMetadata((await sharp(jpeg).metadata()).exif, undefined)).toEqual({ hasLocation: true, hasCameraDetails: true });
  });

  it('are found in XMP, where editors copy them', () => {
    const xmp = Buffer.from('<x:xmpmeta><rdf:Description exif:GPSLatitude="48,51.4N" tiff:Model="Pixel 8"/></x:xmpmeta>');
    expect(readPrivateMetadata(undefined, xmp)).toEqual({ hasLocation: true, hasCameraDetails: true });
  });

  it('are absent from a photo with only harmless EXIF, and damaged EXIF reads as none', async () => {
    const jpeg = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .withExif({ IFD0: { Software: 'Outpost', Copyright: 'Rosie' } })
      .jpeg()
      .toBuffer();
    expect(readPrivateMetadata((await sharp(jpeg).metadata()).exif, undefined)).toEqual({ hasLocation: false, hasCameraDetails: false });
    expect(readPrivateMetadata(Buffer.from('Exif\0\0garbage'), undefined)).toEqual({ hasLocation: false, hasCameraDetails: false });
  });
});
