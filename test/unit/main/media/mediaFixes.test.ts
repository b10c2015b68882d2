/**
 * The one-click fixes: each makes a new item (derived from the old, which stays) through the same
 * import path, and does exactly its one thing.
 */
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaItem, type MediaFixRequest } from '../../../../preload/contract';
import { DomainError } from '../../../../main/errors/domainError';
import { HEIC_FIXTURE, mediaFixture, type MediaFixtureName } from '../../../support/mediaFixtures';
import { useTempDirectory } from '../../../support/useTempDirectory';
import { mediaRowCount, openTestLibrary, type TestLibrary } from './mediaTestLibrary';

const tempDirectory = useTempDirectory('media-fixes');
let opened: TestLibrary | undefined;
afterEach(() => opened?.close());

async function withItem(source: MediaFixtureName | 'heic', name?: string) {
  opened = openTestLibrary(tempDirectory());
  const path = source === 'heic' ? HEIC_FIXTURE : await mediaFixture(source);
  const result = await opened.library.importFile(path, name ?? (source === 'heic' ? 'IMG_0001.HEIC' : source));
  if (result.outcome !== 'imported') throw new Error(result.message);
  return { ...opened, item: result.item };
}

async function fixed(library: TestLibrary['library'], item: MediaItem, fix: MediaFixRequest) {
  const result = MediaItem.parse(await library.applyFix(item.id, fix));
  const file = (await library.filePath(result.id, 'original'))!;
  return { result, file, metadata: await sharp(file).metadata() };
}

/** The colour at a point of the stored picture (upright as stored), as [r, g, b]. */
async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [...data.subarray(offset, offset + 3)];
}

const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 80 && b! < 80;
const isWhite = ([r, g, b]: number[]) => r! > 230 && g! > 230 && b! > 230;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('every fix', () => {
  it('makes a new item derived from the old one, which stays as it was', async () => {
    const { library, item, db } = await withItem('picture.png', 'Logo.png');
    const { result } = await fixed(library, item, { kind: 'convert_to_jpeg' });
    expect(result.id).not.toBe(item.id);
    expect(result.derivedFrom).toEqual({ mediaId: item.id, fix: 'convert_to_jpeg' });
    expect(library.get(item.id)).toMatchObject({ id: item.id, probe: item.probe, derivedFrom: null });
    expect(mediaRowCount(db)).toBe(2);
  });

  it('gives the same item when applied twice (same bytes, deduplicated)', async () => {
    const { library, item, db } = await withItem('camera.jpg');
    const first = await library.applyFix(item.id, { kind: 'strip_metadata' });
    const second = await library.applyFix(item.id, { kind: 'strip_metadata' });
    expect(second.id).toBe(first.id);
    expect(mediaRowCount(db)).toBe(2);
  });

  it('is refused for a video, and for an item that is not there', async () => {
    const { library, item } = await withItem('faststart.mp4');
    const error = await refusal(library.applyFix(item.id, { kind: 'convert_to_jpeg' }));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Fixes work on photos only; this is a video.' });
    expect(await refusal(library.applyFix('f'.repeat(64), { kind: 'strip_metadata' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('convert to JPEG', () => {
  it('turns a half-transparent PNG into an sRGB JPEG of the same size, on white', async () => {
    const { library, item } = await withItem('picture.png', 'Logo.png');
    const { result, file, metadata } = await fixed(library, item, { kind: 'convert_to_jpeg' });
    expect(result.originalName).toBe('Logo.jpg');
    expect(result.probe).toMatchObject({ format: 'jpeg', width: 300, height: 200, colorSpace: 'sRGB' });
    expect(metadata.format).toBe('jpeg');
    expect(metadata.hasAlpha).toBe(false);
    // rgba(0, 128, 255, 0.5) over white.
    const [r, g, b] = await pixel(file, 10, 10);
    expect(r).toBeGreaterThan(110);
    expect(g).toBeGreaterThan(170);
    expect(b).toBeGreaterThan(240);
  });

  it('decodes an HEVC HEIC and keeps its colours (orange left, blue right), in sRGB', async () => {
    const { library, item } = await withItem('heic');
    const { result, file } = await fixed(library, item, { kind: 'convert_to_jpeg' });
    expect(result.originalName).toBe('IMG_0001.jpg');
    expect(result.probe).toMatchObject({ format: 'jpeg', width: 96, height: 64, colorSpace: 'sRGB' });
    const [lr, , lb] = await pixel(file, 5, 32);
    const [rr, , rb] = await pixel(file, 90, 32);
    expect(lr! - lb!).toBeGreaterThan(120);
    expect(rb! - rr!).toBeGreaterThan(100);
  });

  it.each(['picture.gif', 'picture.webp'] as const)('takes %s', async (source) => {
    const { library, item } = await withItem(source);
    const { result } = await fixed(library, item, { kind: 'convert_to_jpeg' });
    expect(result.probe.format).toBe('jpeg');
    expect([result.probe.width, result.probe.height]).toEqual([item.probe.width, item.probe.height]);
  });

  it('turns the pixels upright, so the orientation tag is gone', async () => {
    const { library, item } = await withItem('camera.jpg');
    const { result, metadata } = await fixed(library, item, { kind: 'convert_to_jpeg' });
    expect(result.probe).toMatchObject({ width: 400, height: 600, orientation: null });
    expect(metadata.orientation ?? 1).toBe(1);
  });
});

describe('apply orientation', () => {
  it('rotates the pixels as the tag said and drops the tag; location, camera and colours stay', async () => {
    const { library, item } = await withItem('camera.jpg');
    const { result, file, metadata } = await fixed(library, item, { kind: 'apply_orientation' });
    expect(result.originalName).toBe('camera (upright).jpg');
    expect(result.probe).toMatchObject({ format: 'jpeg', width: 400, height: 600, orientation: null, hasLocation: true, hasCameraDetails: true, colorSpace: 'sP3C' });
    expect([metadata.width, metadata.height]).toEqual([400, 600]);
    // Orientation 6 is a quarter turn clockwise: the red top-left quarter ends up top right.
    expect(isRed(await pixel(file, 300, 100))).toBe(true);
    expect(isWhite(await pixel(file, 100, 100))).toBe(true);
  });

  it('is refused for a photo that is upright already', async () => {
    const { library, item, db } = await withItem('plain.jpg');
    expect(await refusal(library.applyFix(item.id, { kind: 'apply_orientation' }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'This photo is already upright: it has no rotation to apply.',
    });
    expect(mediaRowCount(db)).toBe(1);
  });
});

describe('strip metadata', () => {
  it('removes location and camera details but keeps the colour profile, upright', async () => {
    const { library, item } = await withItem('camera.jpg');
    const { result, metadata } = await fixed(library, item, { kind: 'strip_metadata' });
    expect(result.originalName).toBe('camera (no location).jpg');
    expect(result.probe).toMatchObject({ hasLocation: false, hasCameraDetails: false, colorSpace: 'sP3C', orientation: null, width: 400, height: 600 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.icc).toBeDefined();
  });

  it('of a HEIC gives a JPEG without them, colours kept', async () => {
    const { library, item } = await withItem('heic');
    const { result } = await fixed(library, item, { kind: 'strip_metadata' });
    expect(result.probe).toMatchObject({ format: 'jpeg', hasLocation: false, hasCameraDetails: false, colorSpace: 'sP3C' });
  });
});

describe('downscale', () => {
  it('shrinks to the long edge asked for, keeping the shape and the details', async () => {
    const { library, item } = await withItem('large.jpg');
    const { result } = await fixed(library, item, { kind: 'downscale', maxLongEdge: 1080 });
    expect(result.originalName).toBe('large (1080 px).jpg');
    expect(result.probe).toMatchObject({ format: 'jpeg', width: 1080, height: 720, hasLocation: true, colorSpace: 'sP3C' });
  });

  it('never enlarges: a photo already small enough is refused', async () => {
    const { library, item } = await withItem('plain.jpg');
    expect(await refusal(library.applyFix(item.id, { kind: 'downscale', maxLongEdge: 1080 }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'This photo is 640 px on its long side already, no more than 1080 px: there is nothing to shrink.',
    });
  });

  it('keeps a PNG a PNG', async () => {
    const { library, item } = await withItem('picture.png');
    const { result } = await fixed(library, item, { kind: 'downscale', maxLongEdge: 150 });
    expect(result.probe).toMatchObject({ format: 'png', width: 150, height: 100 });
    expect(result.originalName).toBe('picture (150 px).png');
  });
});

describe('crop', () => {
  it('cuts the rectangle of the picture as seen (orientation applied first)', async () => {
    const { library, item } = await withItem('camera.jpg');
    // Shown 400×600 with the red quarter top right: crop exactly that quarter.
    const { result, file } = await fixed(library, item, { kind: 'crop', left: 200, top: 0, width: 200, height: 300 });
    expect(result.originalName).toBe('camera (cropped).jpg');
    expect(result.probe).toMatchObject({ width: 200, height: 300, orientation: null });
    for (const [x, y] of [[5, 5], [195, 5], [5, 295], [195, 295]] as const) expect(isRed(await pixel(file, x, y))).toBe(true);
  });

  it('refuses a rectangle outside the picture, making nothing', async () => {
    const { library, item, db } = await withItem('camera.jpg');
    const error = await refusal(library.applyFix(item.id, { kind: 'crop', left: 300, top: 0, width: 200, height: 300 }));
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'The crop (200×300 at 300,0) goes outside the photo, which is 400×600 px.',
      action: 'Draw the crop frame inside the photo and try again.',
    });
    expect(mediaRowCount(db)).toBe(1);
  });
});
