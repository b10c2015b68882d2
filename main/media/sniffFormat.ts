import { open } from 'node:fs/promises';
import type { ImageFormat, VideoFormat } from './mediaFormats';

/**
 * What a file is, from its first bytes: the name's extension is never consulted, so a PNG named
 * photo.jpg is a PNG and a text file named photo.jpg is nothing we can read. Formats we recognise
 * but no platform takes are named, so the owner hears "a PDF" rather than "unreadable".
 */
export type SniffedFormat =
  | { kind: 'image'; format: ImageFormat }
  | { kind: 'video'; format: VideoFormat }
  | { kind: 'unsupported'; description: string; action: string }
  | { kind: 'unknown' };

/** Enough for every signature below, including an ftyp box with many compatible brands. */
const SNIFF_BYTES = 4096;

export async function sniffFile(file: string): Promise<SniffedFormat> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return sniffBytes(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

const CONVERT_PHOTO = 'Open it in an image editor and save it as JPEG, then import the JPEG.';
const CONVERT_VIDEO = 'Convert it to MP4 (H.264) with a video converter, then import the MP4.';

export function sniffBytes(head: Buffer): SniffedFormat {
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  const startsWith = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

  if (startsWith(0xff, 0xd8, 0xff)) return { kind: 'image', format: 'jpeg' };
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { kind: 'image', format: 'png' };
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return { kind: 'image', format: 'gif' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { kind: 'image', format: 'webp' };
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return { kind: 'image', format: 'tiff' };
  if (ascii(4, 8) === 'ftyp') return sniffIsoBaseMedia(head);
  // QuickTime files from before `ftyp` existed start straight with their movie or data atom.
  if (['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].includes(ascii(4, 8))) {
    return { kind: 'video', format: 'mov' };
  }
  if (startsWith(0x1a, 0x45, 0xdf, 0xa3)) return sniffMatroska(head);

  if (ascii(0, 5) === '%PDF-') {
    return { kind: 'unsupported', description: 'a PDF document, not a photo or video', action: 'Export the page as a JPEG picture, then import that.' };
  }
  if (ascii(0, 2) === 'BM') return { kind: 'unsupported', description: 'a BMP picture, which Outpost cannot open', action: CONVERT_PHOTO };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'AVI ') {
    return { kind: 'unsupported', description: 'an AVI video, which Instagram, Facebook and TikTok do not take', action: CONVERT_VIDEO };
  }
  return { kind: 'unknown' };
}

/**
 * ISO base media files (MP4, MOV, HEIC, AVIF) share the `ftyp` box; its brands say which. HEIF
 * images list `mif1`/`heic`, AVIF adds `avif`, QuickTime says `qt  `, and any other brand is an
 * MPEG-4 file (isom, mp41, mp42, avc1, M4V...).
 */
function sniffIsoBaseMedia(head: Buffer): SniffedFormat {
  const boxSize = head.readUInt32BE(0);
  const end = Math.min(head.length, boxSize >= 16 ? boxSize : 16);
  const brands = new Set<string>();
  brands.add(head.subarray(8, 12).toString('latin1'));
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.add(head.subarray(offset, offset + 4).toString('latin1'));

  if (brands.has('avif') || brands.has('avis')) return { kind: 'image', format: 'avif' };
  if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].some((brand) => brands.has(brand))) {
    return { kind: 'image', format: 'heic' };
  }
  const major = head.subarray(8, 12).toString('latin1');
  if (major === 'qt  ') return { kind: 'video', format: 'mov' };
  if (major.startsWith('3g')) {
    return { kind: 'unsupported', description: 'a 3GP phone video, which Instagram, Facebook and TikTok do not take', action: CONVERT_VIDEO };
  }
  if (major === 'M4A ' || major === 'M4B ') {
    return { kind: 'unsupported', description: 'a sound file with no picture', action: 'Posts need a photo or a video; add the sound to a video first.' };
  }
  return { kind: 'video', format: 'mp4' };
}

/** WebM is Matroska with the `webm` doc type; other Matroska (MKV) files are not taken anywhere. */
function sniffMatroska(head: Buffer): SniffedFormat {
  const header = head.subarray(0, 64).toString('latin1');
  if (header.includes('webm')) return { kind: 'video', format: 'webm' };
  return { kind: 'unsupported', description: 'a Matroska (MKV) video, which Instagram, Facebook and TikTok do not take', action: CONVERT_VIDEO };
}
