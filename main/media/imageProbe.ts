import sharp, { type Metadata } from 'sharp';
import type { MediaProbe } from '../../preload/contract';
import { iccProfileName } from './iccProfileName';
import type { ImageSource } from './imageSource';
import type { ImageFormat } from './mediaFormats';
import { readPrivateMetadata } from './privateMetadata';

/** libvips' interpretation names, in the words the owner sees when the file has no ICC profile. */
const SPACE_NAMES: Readonly<Record<string, string>> = {
  srgb: 'sRGB',
  rgb16: 'sRGB (16-bit)',
  scrgb: 'scRGB',
  cmyk: 'CMYK',
  'b-w': 'Greyscale',
  grey16: 'Greyscale (16-bit)',
  lab: 'Lab',
};

/**
 * What a photo is, from its headers: sharp's metadata (no pixels decoded) plus EXIF and XMP for
 * location and camera details. Sizes are as the photo is seen: EXIF orientations 5 to 8 turn it
 * a quarter, so width and height swap; a HEIC's rotation is already in its decoded size.
 */
export async function probeImage(file: string, format: ImageFormat, byteSize: number, source: ImageSource): Promise<MediaProbe> {
  const metadata = await sharp(file).metadata();
  const orientation = metadata.orientation !== undefined && metadata.orientation >= 2 && metadata.orientation <= 8 ? metadata.orientation : null;
  const size = format === 'heic' ? await source.pipeline().metadata() : displayedSize(metadata, orientation);
  const { hasLocation, hasCameraDetails } = readPrivateMetadata(metadata.exif, metadata.xmp);
  return {
    kind: 'image',
    format,
    byteSize,
    width: size.width ?? 0,
    height: size.height ?? 0,
    orientation,
    colorSpace: (metadata.icc && iccProfileName(metadata.icc)) ?? (metadata.space ? (SPACE_NAMES[metadata.space] ?? metadata.space) : null),
    hasLocation,
    hasCameraDetails,
    durationMs: null,
    videoCodec: null,
    audioCodec: null,
    audioSampleRateHz: null,
    frameRate: null,
    moovAtFront: null,
  };
}

function displayedSize(metadata: Metadata, orientation: number | null): { width?: number; height?: number } {
  const quarterTurn = orientation !== null && orientation >= 5;
  return quarterTurn ? { width: metadata.height, height: metadata.width } : { width: metadata.width, height: metadata.height };
}
