/**
 * Import: copy under the SHA-256, dedupe, the format from the bytes, the probe, thumbnails and
 * posters, and every way a file can be refused, each leaving nothing behind.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaImportResult, type MediaItem } from '../../../../preload/contract';
import { diskWriter, type MediaFileWriter } from '../../../../main/media/mediaFileWriter';
import { HEIC_FIXTURE, mediaFixture, writeNonMedia } from '../../../support/mediaFixtures';
import { useTempDirectory } from '../../../support/useTempDirectory';
import { filesUnder, mediaRowCount, openTestLibrary, type TestLibrary } from './mediaTestLibrary';

const tempDirectory = useTempDirectory('media-import');
let opened: TestLibrary | undefined;
afterEach(() => opened?.close());

function open(options: { writer?: MediaFileWriter } = {}): TestLibrary {
  opened = openTestLibrary(tempDirectory(), options);
  return opened;
}

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function importedItem(library: TestLibrary['library'], file: string, name = file.split('/').pop()!): Promise<MediaItem> {
  const result = await library.importFile(file, name);
  if (result.outcome !== 'imported') throw new Error(`expected an import, got: ${result.message}`);
  return result.item;
}

async function expectJpeg(path: string | null, longEdge: number): Promise<void> {
  expect(path).not.toBeNull();
  const metadata = await sharp(path!).metadata();
  expect(metadata.format).toBe('jpeg');
  expect(Math.max(metadata.width, metadata.height)).toBe(longEdge);
}

describe('importing a file', () => {
  it('copies it under its SHA-256 with the extension of its real format, keeping the name for display', async () => {
    const { library, mediaDirectory } = open();
    const source = await mediaFixture('plain.jpg');
    const id = sha256Of(source);

    const result = await library.importFile(source, 'Summer menu.jpg');

    expect(MediaImportResult.parse(result)).toMatchObject({ outcome: 'imported', fileName: 'Summer menu.jpg', duplicate: false });
    const item = (result as Extract<MediaImportResult, { outcome: 'imported' }>).item;
    expect(item).toMatchObject({
      id,
      originalName: 'Summer menu.jpg',
      thumbnailUrl: `test-media://thumbnail/${id}`,
      previewUrl: `test-media://preview/${id}`,
      derivedFrom: null,
      usedByPostCount: 0,
    });
    expect(filesUnder(mediaDirectory)).toEqual([`${id.slice(0, 2)}/${id}.jpg`, `previews/${id}.jpg`, `thumbnails/${id}.jpg`]);
    expect(readFileSync(join(mediaDirectory, id.slice(0, 2), `${id}.jpg`)).equals(readFileSync(source))).toBe(true);
  });

  it('is one item when the same bytes come twice, under whatever name: duplicate, first name kept', async () => {
    const { library, db, mediaDirectory } = open();
    const source = await mediaFixture('plain.jpg');
    const copy = join(tempDirectory(), 'copy of menu.jpeg');
    copyFileSync(source, copy);

    const first = await library.importFile(source, 'menu.jpg');
    const second = await library.importFile(copy, 'copy of menu.jpeg');

    expect(second).toMatchObject({ outcome: 'imported', duplicate: true, fileName: 'copy of menu.jpeg', item: { originalName: 'menu.jpg' } });
    expect(first.outcome === 'imported' && second.outcome === 'imported' && first.item.id === second.item.id).toBe(true);
    expect(mediaRowCount(db)).toBe(1);
    expect(filesUnder(mediaDirectory)).toHaveLength(3);
  });

  it('is one item when the same bytes are imported twice at once', async () => {
    const { library, db, mediaDirectory } = open();
    const source = await mediaFixture('plain.jpg');
    const results = await Promise.all([library.importFile(source, 'one.jpg'), library.importFile(source, 'two.jpg')]);
    expect(results.map((result) => result.outcome === 'imported' && result.duplicate).sort()).toEqual([false, true]);
    expect(mediaRowCount(db)).toBe(1);
    expect(filesUnder(mediaDirectory)).toHaveLength(3);
  });

  it('puts a missing original back when its bytes are imported again', async () => {
    const { library, mediaDirectory } = open();
    const source = await mediaFixture('plain.jpg');
    const item = await importedItem(library, source);
    const stored = (await library.filePath(item.id, 'original'))!;
    writeFileSync(stored, ''); // replaced by an empty file, then removed
    await import('node:fs/promises').then(({ rm }) => rm(stored));
    expect(await library.filePath(item.id, 'original')).toBeNull();

    expect(await library.importFile(source, 'again.jpg')).toMatchObject({ outcome: 'imported', duplicate: true });
    expect(readFileSync(stored).equals(readFileSync(source))).toBe(true);
    expect(filesUnder(mediaDirectory)).toHaveLength(3);
  });

  it('reads the format from the bytes: a PNG named .jpg is a PNG, stored as .png', async () => {
    const { library, mediaDirectory } = open();
    const mislabelled = join(tempDirectory(), 'holiday.jpg');
    copyFileSync(await mediaFixture('picture.png'), mislabelled);

    const item = await importedItem(library, mislabelled);

    expect(item.probe).toMatchObject({ kind: 'image', format: 'png' });
    expect(item.originalName).toBe('holiday.jpg');
    expect(filesUnder(mediaDirectory)).toContain(`${item.id.slice(0, 2)}/${item.id}.png`);
  });

  it('imports several paths one by one, a bad file failing alone', async () => {
    const { library } = open();
    const broken = writeNonMedia(join(tempDirectory(), 'in'));
    const results = await library.importPaths([await mediaFixture('plain.jpg'), broken.textNamedJpeg(), await mediaFixture('picture.webp'), join(tempDirectory(), 'gone.jpg')]);

    expect(results.map((result) => [result.fileName, result.outcome])).toEqual([
      ['plain.jpg', 'imported'],
      ['notes.jpg', 'failed'],
      ['picture.webp', 'imported'],
      ['gone.jpg', 'failed'],
    ]);
    expect(results[3]).toMatchObject({ message: '"gone.jpg" could not be found.', action: expect.stringMatching(/pick it again/) });
  });
});

describe('the probe', () => {
  it('of a JPEG with EXIF: sizes as seen, orientation, colour space from the profile, location and camera', async () => {
    const { library } = open();
    const source = await mediaFixture('camera.jpg');
    const item = await importedItem(library, source);
    expect(item.probe).toEqual({
      kind: 'image',
      format: 'jpeg',
      byteSize: readFileSync(source).length,
      // Stored 600×400 with orientation 6: shown a quarter turn round.
      width: 400,
      height: 600,
      orientation: 6,
      // What the profile calls itself: libvips' compact Display P3 profile is named "sP3C".
      colorSpace: 'sP3C',
      hasLocation: true,
      hasCameraDetails: true,
      durationMs: null,
      videoCodec: null,
      audioCodec: null,
      audioSampleRateHz: null,
      frameRate: null,
      moovAtFront: null,
    });
  });

  it('of a plain photo: upright (no orientation), sRGB, nothing private', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('plain.jpg'));
    expect(item.probe).toMatchObject({ width: 640, height: 480, orientation: null, colorSpace: 'sRGB', hasLocation: false, hasCameraDetails: false });
  });

  it.each([
    ['picture.png', 'png', 300, 200],
    ['picture.webp', 'webp', 200, 100],
    ['picture.gif', 'gif', 120, 80],
  ] as const)('of %s', async (name, format, width, height) => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture(name));
    expect(item.probe).toMatchObject({ kind: 'image', format, width, height, durationMs: null, moovAtFront: null });
  });

  it('of an HEVC HEIC, decoded without sharp’s HEVC support: size, P3 profile, location and camera', async () => {
    const { library, mediaDirectory } = open();
    const item = await importedItem(library, HEIC_FIXTURE, 'IMG_0001.HEIC');
    expect(item.probe).toMatchObject({
      kind: 'image',
      format: 'heic',
      width: 96,
      height: 64,
      orientation: null,
      colorSpace: 'sP3C',
      hasLocation: true,
      hasCameraDetails: true,
    });
    expect(filesUnder(mediaDirectory)).toContain(`${item.id.slice(0, 2)}/${item.id}.heic`);
    // The decoded pixels are the photo's: orange on the left, blue on the right.
    const { data } = await sharp((await library.filePath(item.id, 'preview'))!).raw().toBuffer({ resolveWithObject: true });
    const left = [...data.subarray(0, 3)];
    const preview = await sharp((await library.filePath(item.id, 'preview'))!).metadata();
    const right = [...data.subarray((preview.width - 1) * 3, (preview.width - 1) * 3 + 3)];
    expect(left[0]).toBeGreaterThan(left[2]! + 100); // orange: much more red than blue
    expect(right[2]).toBeGreaterThan(right[0]! + 80); // blue
  });

  it('of an MP4 with the index at the front: codecs, timing, sound, size', async () => {
    const { library } = open();
    const source = await mediaFixture('faststart.mp4');
    const item = await importedItem(library, source);
    expect(item.probe).toEqual({
      kind: 'video',
      format: 'mp4',
      byteSize: readFileSync(source).length,
      width: 320,
      height: 240,
      orientation: null,
      colorSpace: null,
      hasLocation: false,
      hasCameraDetails: false,
      durationMs: expect.closeTo(2000, -2),
      videoCodec: 'h264',
      audioCodec: 'aac',
      audioSampleRateHz: 48000,
      frameRate: 25,
      moovAtFront: true,
    });
  });

  it('of an MP4 with the index at the end: moovAtFront false', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('moov-at-end.mp4'));
    expect(item.probe).toMatchObject({ format: 'mp4', moovAtFront: false, videoCodec: 'h264' });
  });

  it('of a rotated MOV without sound: sizes as played, 30 fps, no audio', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('rotated.mov'));
    expect(item.probe).toMatchObject({
      format: 'mov',
      width: 240,
      height: 320,
      frameRate: 30,
      audioCodec: null,
      audioSampleRateHz: null,
      moovAtFront: expect.any(Boolean),
    });
  });

  it('of a WebM: VP8 and Opus, no box layout', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('clip.webm'));
    expect(item.probe).toMatchObject({ format: 'webm', videoCodec: 'vp8', audioCodec: 'opus', frameRate: 24, moovAtFront: null, width: 320, height: 240 });
  });
});

describe('thumbnails and previews', () => {
  it('are JPEGs of 320 and 1280 px on the long side (never enlarged), upright', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('large.jpg'));
    await expectJpeg(await library.filePath(item.id, 'thumbnail'), 320);
    await expectJpeg(await library.filePath(item.id, 'preview'), 1280);

    const rotated = await importedItem(library, await mediaFixture('camera.jpg'));
    const preview = await sharp((await library.filePath(rotated.id, 'preview'))!).metadata();
    expect([preview.width, preview.height]).toEqual([400, 600]); // 600×400 turned upright, not enlarged
    expect(preview.orientation ?? 1).toBe(1);
  });

  it('of a video are a poster frame', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('rotated.mov'));
    const poster = await sharp((await library.filePath(item.id, 'preview'))!).metadata();
    expect(poster).toMatchObject({ format: 'jpeg', width: 240, height: 320 });
    await expectJpeg(await library.filePath(item.id, 'thumbnail'), 320);
  });

  it('are made again when the cached files are gone', async () => {
    const { library } = open();
    const item = await importedItem(library, await mediaFixture('faststart.mp4'));
    const thumbnail = (await library.filePath(item.id, 'thumbnail'))!;
    const { rm } = await import('node:fs/promises');
    await rm(thumbnail);
    await rm((await library.filePath(item.id, 'preview'))!);

    const [first, second] = await Promise.all([library.filePath(item.id, 'thumbnail'), library.filePath(item.id, 'preview')]);
    expect(first).toBe(thumbnail);
    await expectJpeg(first, 320);
    await expectJpeg(second, 320); // a 320×240 video gives a poster of its own size
  });

  it('are not served for an unknown id', async () => {
    const { library } = open();
    expect(await library.filePath('0'.repeat(64), 'thumbnail')).toBeNull();
  });
});

describe('files that are refused, each leaving no file and no row', () => {
  async function expectRefused(path: string, name: string, message: RegExp, action: RegExp) {
    const { library, db, mediaDirectory } = open();
    const result = await library.importFile(path, name);
    expect(MediaImportResult.parse(result)).toMatchObject({ outcome: 'failed', fileName: name });
    expect(result.outcome === 'failed' && result.message).toMatch(message);
    expect(result.outcome === 'failed' && result.action).toMatch(action);
    expect(filesUnder(mediaDirectory)).toEqual([]);
    expect(mediaRowCount(db)).toBe(0);
  }

  it('an empty file', async () => {
    const files = writeNonMedia(join(tempDirectory(), 'in'));
    await expectRefused(files.empty(), 'empty.jpg', /^"empty\.jpg" is empty \(0 bytes\)\.$/, /Copy the file again/);
  });

  it('a text file named photo.jpg', async () => {
    const files = writeNonMedia(join(tempDirectory(), 'in'));
    await expectRefused(files.textNamedJpeg(), 'photo.jpg', /"photo\.jpg" is not a photo or video Outpost can read.*whatever its name says/, /export or save it as JPEG/);
  });

  it('random bytes named .mp4', async () => {
    const files = writeNonMedia(join(tempDirectory(), 'in'));
    await expectRefused(files.randomNamedMp4(), 'clip.mp4', /"clip\.mp4" is not a photo or video Outpost can read/, /MP4/);
  });

  it('a JPEG cut in half', async () => {
    await expectRefused(await mediaFixture('truncated.jpg'), 'cake.jpg', /^"cake\.jpg" is a JPEG photo, but it is damaged or incomplete\.$/, /cut short/);
  });

  it('an MP4 cut in half, index at the front (ffprobe alone would accept it)', async () => {
    await expectRefused(await mediaFixture('truncated-faststart.mp4'), 'reel.mp4', /^"reel\.mp4" is an MP4 video, but it is damaged or incomplete\.$/, /cut short/);
  });

  it('an MP4 cut in half, index at the end (lost)', async () => {
    await expectRefused(await mediaFixture('truncated-moov-at-end.mp4'), 'reel.mp4', /is an MP4 video, but it is damaged or incomplete/, /cut short/);
  });

  it('a PDF', async () => {
    const files = writeNonMedia(join(tempDirectory(), 'in'));
    await expectRefused(files.pdf(), 'flyer.pdf', /^"flyer\.pdf" is a PDF document, not a photo or video\.$/, /Export the page as a JPEG/);
  });

  it('an MKV video', async () => {
    await expectRefused(await mediaFixture('clip.mkv'), 'party.mkv', /"party\.mkv" is a Matroska \(MKV\) video, which Instagram, Facebook and TikTok do not take/, /Convert it to MP4/);
  });

  it('sound with no picture', async () => {
    await expectRefused(await mediaFixture('sound.m4a'), 'jingle.m4a', /"jingle\.m4a" is a sound file with no picture/, /need a photo or a video/);
  });

  it('a folder', async () => {
    await expectRefused(tempDirectory(), 'Holiday', /^"Holiday" is a folder, not a file\.$/, /pick the photos or videos inside/);
  });

  it('a named pipe, without waiting for a writer that never comes', async () => {
    const pipe = join(tempDirectory(), 'pipe.jpg');
    execFileSync('mkfifo', [pipe]);
    await expectRefused(pipe, 'pipe.jpg', /^"pipe\.jpg" is not a file Outpost can read/, /photos or videos themselves/);
  });

  it('a file larger than any platform takes (4 GB), before copying a byte of it', async () => {
    const huge = join(tempDirectory(), 'recording.mp4');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 4 * 1024 ** 3 + 1); // sparse: no disk used
    try {
      await expectRefused(huge, 'recording.mp4', /^"recording\.mp4" is larger than 4 GB/, /shorter or smaller version/);
    } finally {
      // Removed at once: the secret scan reads every file the tests leave behind.
      rmSync(huge);
    }
  });
});

describe('an unexpected failure', () => {
  it('fails that file with a general message, leaving nothing', async () => {
    const denied: MediaFileWriter = {
      createWriteStream: () =>
        new Writable({ write: (_chunk, _encoding, callback) => callback(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) }),
    };
    const { library, db, mediaDirectory } = open({ writer: denied });
    expect(await library.importFile(await mediaFixture('plain.jpg'), 'menu.jpg')).toEqual({
      outcome: 'failed',
      fileName: 'menu.jpg',
      message: '"menu.jpg" could not be imported because of an unexpected problem.',
      action: 'Try again. If it keeps happening, copy the diagnostics from Settings and report it.',
    });
    expect(filesUnder(mediaDirectory)).toEqual([]);
    expect(mediaRowCount(db)).toBe(0);
  });
});

describe('a full disk', () => {
  /** Writes fine until `limit` bytes, then fails as a full disk does. */
  function fullDiskAfter(limit: number, code = 'ENOSPC'): MediaFileWriter {
    return {
      createWriteStream(path) {
        const real = diskWriter.createWriteStream(path);
        let written = 0;
        return new Writable({
          write(chunk: Buffer, _encoding, callback) {
            written += chunk.length;
            if (written > limit) {
              callback(Object.assign(new Error(`${code}: no space left on device, write`), { code }));
              return;
            }
            real.write(chunk, callback);
          },
          final(callback) {
            real.end(callback);
          },
          destroy(error, callback) {
            real.destroy();
            callback(error);
          },
        });
      },
    };
  }

  it.each(['ENOSPC', 'EDQUOT'])('(%s) while copying in is DISK_FULL, with the partial copy removed', async (code) => {
    const { library, db, mediaDirectory } = open({ writer: fullDiskAfter(10_000, code) });
    const result = await library.importFile(await mediaFixture('large.jpg'), 'big.jpg');
    expect(result).toEqual({
      outcome: 'failed',
      fileName: 'big.jpg',
      message: `The disk is full, so "big.jpg" could not be copied into Outpost's media library. Nothing else was changed.`,
      action: 'Free some space on the disk, then import it again.',
    });
    expect(filesUnder(mediaDirectory)).toEqual([]);
    expect(mediaRowCount(db)).toBe(0);
  });

  it('while writing the thumbnail is DISK_FULL too, with the copy and the preview removed', async () => {
    const source = await mediaFixture('plain.jpg');
    let streams = 0;
    const writer: MediaFileWriter = {
      // The copy and the preview go through; the thumbnail (the third file) finds the disk full.
      createWriteStream: (path) => (++streams < 3 ? diskWriter.createWriteStream(path) : fullDiskAfter(0).createWriteStream(path)),
    };
    const { library, db, mediaDirectory } = open({ writer });
    const result = await library.importFile(source, 'menu.jpg');
    expect(result).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/^The disk is full/) });
    expect(filesUnder(mediaDirectory)).toEqual([]);
    expect(mediaRowCount(db)).toBe(0);
  });
});
