import { crc32, deflateSync } from 'node:zlib';

const PNG_SIGNATURE_BYTES = 8;
/** Length (4) + type (4) + the 13 bytes of IHDR + CRC (4): the first chunk, always. */
const IHDR_END = PNG_SIGNATURE_BYTES + 4 + 4 + 13 + 4;

/**
 * The PNG with an `iCCP` chunk (PNG spec §11.3.3.3) holding `profile`, placed right after IHDR as
 * the spec requires. sharp can only attach a profile by converting the pixels to it; this tags
 * pixels that are already in that colour space, such as a HEIC photo decoded outside sharp.
 */
export function withIccChunk(png: Buffer, profile: Buffer): Buffer {
  const data = Buffer.concat([Buffer.from('icc\0', 'latin1'), Buffer.from([0]), deflateSync(profile)]);
  const typeAndData = Buffer.concat([Buffer.from('iCCP', 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([png.subarray(0, IHDR_END), length, typeAndData, crc, png.subarray(IHDR_END)]);
}
