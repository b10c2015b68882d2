import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readMediaFile } from '../../../../../main/media/readMediaFile';
import type { PublishMedia } from '../../../../../main/platforms/publisher';
import { photoForUpload, readRange } from '../../../../../main/platforms/publishing/jobMedia';
import { mediaFixture, type MediaFixtureName } from '../../../../support/mediaFixtures';

async function fixture(name: MediaFixtureName): Promise<PublishMedia> {
  const filePath = await mediaFixture(name);
  const { probe } = await readMediaFile(filePath, readFileSync(filePath).length, name);
  return { id: 'x'.repeat(64), kind: probe.kind, filePath, originalName: name, probe };
}

describe('photos as they leave the machine', () => {
  it('without location and camera details when the post asks, upright, the colour profile kept', async () => {
    const photo = await fixture('camera.jpg');
    const upload = await photoForUpload(photo, true);
    const sent = await sharp(upload.bytes).metadata();

    expect(sent.exif).toBeUndefined();
    expect(sent.xmp).toBeUndefined();
    expect(sent.icc).toBeDefined();
    expect([sent.width, sent.height]).toEqual([400, 600]);
    expect(upload).toMatchObject({ contentType: 'image/jpeg', fileName: 'camera (no location).jpg' });
  });

  it('exactly as stored when the post keeps them, or when there is nothing to remove', async () => {
    const camera = await fixture('camera.jpg');
    const plain = await fixture('plain.jpg');
    expect((await photoForUpload(camera, false)).bytes.equals(readFileSync(camera.filePath))).toBe(true);
    expect(await photoForUpload(plain, true)).toEqual({ bytes: readFileSync(plain.filePath), contentType: 'image/jpeg', fileName: 'plain.jpg' });
  });
});

describe('readRange', () => {
  it('reads the bytes of one chunk, and refuses a range past the end', async () => {
    const path = await mediaFixture('plain.jpg');
    const whole = readFileSync(path);
    expect((await readRange(path, 100, 200)).equals(whole.subarray(100, 200))).toBe(true);
    await expect(readRange(path, whole.length - 10, whole.length + 10)).rejects.toBeInstanceOf(RangeError);
  });
});
