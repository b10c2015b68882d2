/**
 * Reads just enough of a file's header to apply the platforms' rules (reference 2.4 and 6.2):
 * format, pixel size, and for MP4/MOV the duration and whether `moov` comes before `mdat`.
 * Works on the first bytes of a file, so uploads need only keep their head.
 */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic';

export type ProbeResult =
  | { kind: 'image'; format: ImageFormat; width: number | null; height: number | null }
  | { kind: 'video'; format: 'mp4' | 'mov'; durationMs: number | null; width: number | null; height: number | null; moovFirst: boolean }
  | { kind: 'video'; format: 'webm'; durationMs: null; width: null; height: null; moovFirst: false }
  | { kind: 'unknown' };

/** How many leading bytes uploads keep for probing. */
export const PROBE_HEAD_BYTES = 1024 * 1024;

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function probeJpeg(bytes: Buffer): ProbeResult {
  let position = 2;
  while (position + 4 <= bytes.length) {
    if (bytes[position] !== 0xff) break;
    const marker = bytes[position + 1] as number;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      position += 2;
      continue;
    }
    const length = bytes.readUInt16BE(position + 2);
    if (SOF_MARKERS.has(marker) && position + 9 <= bytes.length) {
      return { kind: 'image', format: 'jpeg', height: bytes.readUInt16BE(position + 5), width: bytes.readUInt16BE(position + 7) };
    }
    if (marker === 0xda || marker === 0xd9) break;
    position += 2 + length;
  }
  return { kind: 'image', format: 'jpeg', width: null, height: null };
}

interface Box {
  type: string;
  start: number;
  contentStart: number;
  end: number;
}

function* boxes(bytes: Buffer, from: number, to: number): Generator<Box> {
  let position = from;
  while (position + 8 <= to) {
    let size = bytes.readUInt32BE(position);
    const type = bytes.toString('latin1', position + 4, position + 8);
    let header = 8;
    if (size === 1) {
      if (position + 16 > to) return;
      size = Number(bytes.readBigUInt64BE(position + 8));
      header = 16;
    } else if (size === 0) {
      size = to - position;
    }
    if (size < header) return;
    yield { type, start: position, contentStart: position + header, end: position + size };
    position += size;
  }
}

function probeIsoMedia(bytes: Buffer): ProbeResult {
  const brand = bytes.toString('latin1', 8, 12);
  if (['heic', 'heix', 'mif1', 'msf1', 'hevc'].includes(brand)) return { kind: 'image', format: 'heic', width: null, height: null };
  const format = brand === 'qt  ' ? 'mov' : 'mp4';
  let durationMs: number | null = null;
  let width: number | null = null;
  let height: number | null = null;
  let sawMdat = false;
  for (const box of boxes(bytes, 0, bytes.length)) {
    if (box.type === 'mdat') sawMdat = true;
    if (box.type !== 'moov') continue;
    const end = Math.min(box.end, bytes.length);
    for (const child of boxes(bytes, box.contentStart, end)) {
      if (child.type === 'mvhd') {
        const version = bytes[child.contentStart];
        const at = child.contentStart + 4;
        if (version === 1) {
          const timescale = bytes.readUInt32BE(at + 16);
          const duration = Number(bytes.readBigUInt64BE(at + 20));
          durationMs = timescale > 0 ? Math.round((duration * 1000) / timescale) : null;
        } else {
          const timescale = bytes.readUInt32BE(at + 8);
          const duration = bytes.readUInt32BE(at + 12);
          durationMs = timescale > 0 ? Math.round((duration * 1000) / timescale) : null;
        }
      }
      if (child.type === 'trak' && width === null) {
        for (const grandchild of boxes(bytes, child.contentStart, Math.min(child.end, end))) {
          if (grandchild.type !== 'tkhd') continue;
          const version = bytes[grandchild.contentStart];
          const offset = grandchild.contentStart + (version === 1 ? 88 : 76);
          if (offset + 8 <= bytes.length) {
            const w = bytes.readUInt32BE(offset) / 65536;
            const h = bytes.readUInt32BE(offset + 4) / 65536;
            if (w > 0 && h > 0) {
              width = Math.round(w);
              height = Math.round(h);
            }
          }
        }
      }
    }
    return { kind: 'video', format, durationMs, width, height, moovFirst: !sawMdat };
  }
  return { kind: 'video', format, durationMs: null, width: null, height: null, moovFirst: false };
}

/**
 * WebP's size from its first chunk (the WebP container specification): VP8X stores width and
 * height less one in 24 bits each; lossy VP8 has 14-bit sizes after its start code; lossless VP8L
 * packs two 14-bit sizes less one after its signature byte. TikTok's photo rules need it (6.2).
 */
function probeWebp(bytes: Buffer): ProbeResult {
  const chunk = bytes.length >= 16 ? bytes.toString('latin1', 12, 16) : '';
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return { kind: 'image', format: 'webp', width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30 && bytes.readUIntBE(23, 3) === 0x9d012a) {
    return { kind: 'image', format: 'webp', width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = bytes.readUInt32LE(21);
    return { kind: 'image', format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return { kind: 'image', format: 'webp', width: null, height: null };
}

export function probeMedia(bytes: Buffer): ProbeResult {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return probeJpeg(bytes);
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { kind: 'image', format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 10 && bytes.toString('latin1', 0, 4) === 'GIF8') {
    return { kind: 'image', format: 'gif', width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return probeWebp(bytes);
  if (bytes.length >= 2 && bytes.toString('latin1', 0, 2) === 'BM') return { kind: 'image', format: 'bmp', width: null, height: null };
  if (bytes.length >= 4 && (bytes.toString('latin1', 0, 4) === 'II*\u0000' || bytes.toString('latin1', 0, 4) === 'MM\u0000*')) {
    return { kind: 'image', format: 'tiff', width: null, height: null };
  }
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') return probeIsoMedia(bytes);
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3) {
    return { kind: 'video', format: 'webm', durationMs: null, width: null, height: null, moovFirst: false };
  }
  return { kind: 'unknown' };
}
