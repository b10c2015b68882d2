import { readFileSync } from 'node:fs';
import { mediaFixture } from '../../../support/mediaFixtures';

/**
 * The fixture's 4-second vertical MP4 grown to `totalBytes` with a trailing `free` box (ISO BMFF
 * padding every reader skips), for uploads that need several chunks without a long video.
 */
export async function paddedVerticalVideo(totalBytes: number): Promise<Buffer> {
  const video = readFileSync(await mediaFixture('vertical.mp4'));
  const padding = totalBytes - video.length;
  if (padding < 8) throw new Error(`The padded video must be larger than ${video.length + 8} bytes.`);
  const box = Buffer.alloc(padding);
  box.writeUInt32BE(padding, 0);
  box.write('free', 4, 'latin1');
  return Buffer.concat([video, box]);
}
