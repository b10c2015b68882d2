import { readFile } from 'node:fs/promises';
import sharp, { type Sharp, type SharpOptions } from 'sharp';
import type { ImageFormat } from './mediaFormats';
import { withIccChunk } from './pngIccChunk';

/**
 * A picture ready for sharp. Every reader goes through here so that all of them refuse a cut-short
 * file (`failOn: 'truncated'`: libvips would otherwise fill the missing half with grey) yet accept
 * the harmless warnings real cameras' files are full of.
 */
export interface ImageSource {
  /** A fresh pipeline over the picture's first frame; sharp pipelines are used once each. */
  pipeline(): Sharp;
}

const SHARP_INPUT: SharpOptions = { failOn: 'truncated' };

export async function openImage(file: string, format: ImageFormat): Promise<ImageSource> {
  if (format !== 'heic') return { pipeline: () => sharp(file, SHARP_INPUT) };
  const png = await decodeHeicToPng(file);
  return { pipeline: () => sharp(png, SHARP_INPUT) };
}

/**
 * sharp's prebuilt libvips reads HEIF headers but has no HEVC decoder (patent licensing), so HEIC
 * pixels come from libheif compiled to WebAssembly (heic-decode), with the file's rotation and
 * mirroring applied. They are handed on as a lossless PNG tagged with the photo's own ICC profile
 * (iPhones shoot in Display P3), so later colour conversions start from the right colours.
 */
async function decodeHeicToPng(file: string): Promise<Buffer> {
  // Loaded on first use: it instantiates a 5 MB WebAssembly module, which start-up should not wait for.
  const { default: decodeHeic } = await import('heic-decode');
  const bytes = await readFile(file);
  const [{ icc }, decoded] = await Promise.all([sharp(bytes).metadata(), decodeHeic({ buffer: bytes })]);
  const raw = Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength);
  const png = await sharp(raw, { raw: { width: decoded.width, height: decoded.height, channels: 4 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return icc ? withIccChunk(png, icc) : png;
}
