/**
 * Small media files made by the tests: photos with and without EXIF (orientation, GPS, camera) and
 * colour profiles, PNG/WebP/GIF, and tiny MP4/MOV/WebM/MKV videos from ffmpeg's test sources, plus
 * the broken ones (cut short, empty, not media at all). Made once and kept in a versioned folder
 * under the temp directory, so the suites that share them (unit, integration, bench) pay for each
 * file once; every file is written to a temporary name and renamed, so a half-made one is never
 * found.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { mediaToolPath } from '../../main/media/mediaTools';

/** Bump when a recipe changes, so that old copies are not reused. */
const FIXTURES_VERSION = 1;
const directory = join(tmpdir(), `outpost-media-fixtures-v${FIXTURES_VERSION}`);

/** The committed HEVC HEIC (test/fixtures/media/README.md). */
export const HEIC_FIXTURE = resolve(import.meta.dirname, '../fixtures/media/photo-hevc.heic');

/** EXIF written into `camera.jpg`: where and with what it was taken. */
const CAMERA_EXIF = {
  IFD0: { Make: 'Canon', Model: 'EOS R6' },
  IFD2: { BodySerialNumber: '012345678901' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' },
};

/**
 * A picture whose top-left quarter is red and the rest white, so a test can tell where "up" went
 * after a rotation or a crop.
 */
async function markedPicture(width: number, height: number): Promise<Sharp> {
  const marker = await sharp({ create: { width: width / 2, height: height / 2, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite([{ input: marker, left: 0, top: 0 }]);
}

/** Noise compresses badly, so the JPEG is large enough that its second half is real scan data. */
const noisyJpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 90 }).toBuffer();

const ffmpeg = (...args: string[]) => execFileSync(mediaToolPath('ffmpeg'), ['-v', 'error', '-y', ...args]);
const testVideo = (size: string, rate: number) => ['-f', 'lavfi', '-i', `testsrc=size=${size}:rate=${rate}:duration=2`];
const testSound = ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2'];
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

const RECIPES = {
  /** 640×480 JPEG, no EXIF, no profile. */
  'plain.jpg': async (out: string) => writeFileSync(out, await noisyJpeg(640, 480)),
  /** 600×400 stored, orientation 6 (shown 400×600), GPS, camera make/model/serial, Display P3. */
  'camera.jpg': async (out: string) =>
    writeFileSync(out, await (await markedPicture(600, 400)).withExif(CAMERA_EXIF).withMetadata({ orientation: 6 }).withIccProfile('p3').jpeg({ quality: 90 }).toBuffer()),
  /** 2400×1600 JPEG with the same EXIF (upright), for downscaling. */
  'large.jpg': async (out: string) =>
    writeFileSync(out, await (await markedPicture(2400, 1600)).withExif(CAMERA_EXIF).withIccProfile('p3').jpeg({ quality: 85 }).toBuffer()),
  /** 300×200 PNG, half transparent. */
  'picture.png': async (out: string) =>
    writeFileSync(out, await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 128, b: 255, alpha: 0.5 } } }).png().toBuffer()),
  'picture.webp': async (out: string) => writeFileSync(out, await (await markedPicture(200, 100)).webp().toBuffer()),
  'picture.gif': async (out: string) => writeFileSync(out, await (await markedPicture(120, 80)).gif().toBuffer()),
  /** A JPEG cut in half, as an interrupted copy leaves it. */
  'truncated.jpg': async (out: string) => {
    const whole = await noisyJpeg(800, 600);
    writeFileSync(out, whole.subarray(0, whole.length >> 1));
  },
  /** H.264 + AAC 48 kHz, 320×240, 25 fps, 2 s, index at the front. */
  'faststart.mp4': async (out: string) => ffmpeg(...testVideo('320x240', 25), ...testSound, ...H264, '-c:a', 'aac', '-shortest', '-movflags', '+faststart', '-f', 'mp4', out),
  /** A 9:16 clip for TikTok and reels: H.264 + AAC, 360×640, 30 fps, 4 s, index at the front. */
  'vertical.mp4': async (out: string) =>
    ffmpeg(
      ...['-f', 'lavfi', '-i', 'testsrc=size=360x640:rate=30:duration=4'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=4'],
      ...H264,
      ...['-c:a', 'aac', '-shortest', '-movflags', '+faststart', '-f', 'mp4', out],
    ),
  /** The same with the index at the end (ffmpeg's default). */
  'moov-at-end.mp4': async (out: string) => ffmpeg(...testVideo('320x240', 25), ...testSound, ...H264, '-c:a', 'aac', '-shortest', '-f', 'mp4', out),
  /** 320×240 stored, 30 fps, no sound, with a 90° display rotation (shown 240×320). */
  'rotated.mov': async (out: string) => {
    const unrotated = `${out}.source.mov`;
    ffmpeg(...testVideo('320x240', 30), ...H264, '-f', 'mov', unrotated);
    // Old ffmpeg writes the rotation into the track matrix only when copying streams.
    ffmpeg('-i', unrotated, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', '-f', 'mov', out);
  },
  /** VP8 + Opus, 24 fps. */
  'clip.webm': async (out: string) => ffmpeg(...testVideo('320x240', 24), ...testSound, '-c:v', 'libvpx', '-b:v', '200k', '-c:a', 'libopus', '-shortest', '-f', 'webm', out),
  /** Matroska: no platform takes it. */
  'clip.mkv': async (out: string) => ffmpeg(...testVideo('320x240', 24), ...H264, '-f', 'matroska', out),
  /** AAC sound only, in an M4A. */
  'sound.m4a': async (out: string) => ffmpeg(...testSound, '-c:a', 'aac', '-f', 'ipod', out),
  /** An MP4 with its index at the front, cut in half: ffprobe alone would still read it. */
  'truncated-faststart.mp4': async (out: string) => {
    const whole = readFileSync(await mediaFixture('faststart.mp4'));
    writeFileSync(out, whole.subarray(0, whole.length >> 1));
  },
  /** An MP4 with its index at the end, cut in half: the index is gone. */
  'truncated-moov-at-end.mp4': async (out: string) => {
    const whole = readFileSync(await mediaFixture('moov-at-end.mp4'));
    writeFileSync(out, whole.subarray(0, whole.length >> 1));
  },
} satisfies Record<string, (out: string) => Promise<unknown>>;

export type MediaFixtureName = keyof typeof RECIPES;

const pending = new Map<MediaFixtureName, Promise<string>>();

/** The fixture's path, made on first use. */
export function mediaFixture(name: MediaFixtureName): Promise<string> {
  const known = pending.get(name);
  if (known) return known;
  const made = (async () => {
    const path = join(directory, name);
    if (existsSync(path)) return path;
    mkdirSync(directory, { recursive: true });
    const temporary = join(directory, `.${process.pid}-${Math.random().toString(36).slice(2)}-${name}`);
    await RECIPES[name](temporary);
    renameSync(temporary, path);
    return path;
  })();
  pending.set(name, made);
  return made;
}

/** Files that are not media, written into `directory` under names that claim they are. */
export function writeNonMedia(target: string) {
  mkdirSync(target, { recursive: true });
  const write = (name: string, bytes: Buffer | string) => {
    const path = join(target, name);
    writeFileSync(path, bytes);
    return path;
  };
  return {
    empty: () => write('empty.jpg', Buffer.alloc(0)),
    textNamedJpeg: () => write('notes.jpg', 'Shopping list: flour, sugar, butter.\n'),
    randomNamedMp4: () => write('random.mp4', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251))),
    pdf: () => write('flyer.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  };
}
