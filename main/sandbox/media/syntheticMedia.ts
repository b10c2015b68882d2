import { crc32, deflateSync } from 'node:zlib';

/**
 * Small media files made on demand, for tests and for the demo's media host:
 *  - makeJpeg: a real baseline JPEG of one solid colour (any viewer decodes it), a few KB;
 *  - makePng: a real PNG of one solid colour;
 *  - makeMp4: an MP4 whose header boxes (ftyp, moov/mvhd, trak/tkhd) state a duration and a
 *    frame size, followed by filler `mdat` bytes. Probes read it like a real file; it does not
 *    play (the sandbox never decodes video).
 * Each can be padded to a given byte size, to test size limits.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const BAKERY_CRUST: Rgb = { r: 196, g: 140, b: 82 };

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private count = 0;

  write(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((code >> i) & 1);
      this.count++;
      if (this.count === 8) this.flushByte();
    }
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0x00); // byte stuffing
    this.current = 0;
    this.count = 0;
  }

  finish(): Buffer {
    while (this.count !== 0) this.write(1, 1);
    return Buffer.from(this.bytes);
  }
}

function segment(marker: number, payload: number[] | Buffer): Buffer {
  const body = Buffer.from(payload);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xff00 | marker, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

/** DC magnitude category and its extra bits (JPEG F.1.2.1). */
function dcBits(value: number): { category: number; bits: number } {
  if (value === 0) return { category: 0, bits: 0 };
  const magnitude = Math.abs(value);
  const category = Math.floor(Math.log2(magnitude)) + 1;
  const bits = value > 0 ? value : value + (1 << category) - 1;
  return { category, bits };
}

/**
 * Huffman tables of our own: DC categories 0..11 (category 0 -> '0', the others five-bit codes
 * 10000..11010) and an AC table holding only end-of-block ('0'). Every block is flat, so its AC
 * coefficients are all zero.
 */
const DC_TABLE_BITS = [1, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DC_SYMBOLS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_TABLE_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const dcCode = (category: number) => (category === 0 ? { code: 0, length: 1 } : { code: 0b10000 + category - 1, length: 5 });

export function makeJpeg(width: number, height: number, options: { color?: Rgb; padToBytes?: number } = {}): Buffer {
  const { r, g, b } = options.color ?? BAKERY_CRUST;
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  const cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
  const cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
  const dcValues = [y, cb, cr].map((sample) => Math.round(8 * (sample - 128)));

  const soi = Buffer.from([0xff, 0xd8]);
  const app0 = segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const dqt = segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]);
  const sof0 = segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
  const dht = segment(0xc4, [0x00, ...DC_TABLE_BITS, ...DC_SYMBOLS, 0x10, ...AC_TABLE_BITS, 0x00]);
  const sos = segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);

  const writer = new BitWriter();
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const previous = [0, 0, 0];
  for (let block = 0; block < blocks; block++) {
    for (let component = 0; component < 3; component++) {
      const dc = dcValues[component] as number;
      const { category, bits } = dcBits(dc - (previous[component] as number));
      previous[component] = dc;
      const { code, length } = dcCode(category);
      writer.write(code, length);
      if (category > 0) writer.write(bits, category);
      writer.write(0, 1); // end of block
    }
  }
  const scan = writer.finish();
  const eoi = Buffer.from([0xff, 0xd9]);
  let parts = [soi, app0, dqt, sof0, dht, sos, scan, eoi];
  const size = parts.reduce((total, part) => total + part.length, 0);
  if (options.padToBytes && options.padToBytes > size) parts = [soi, ...comments(options.padToBytes - size), ...parts.slice(1)];
  return Buffer.concat(parts);
}

/** COM segments that add exactly `bytes` bytes (each segment adds 4 + payload). */
function comments(bytes: number): Buffer[] {
  const out: Buffer[] = [];
  let left = bytes;
  while (left > 0) {
    const take = Math.min(65_535 + 2, left);
    const payload = Math.max(take - 4, 0);
    out.push(segment(0xfe, Buffer.alloc(payload, 0x20)));
    left -= payload + 4;
  }
  return out;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

export function makePng(width: number, height: number, options: { color?: Rgb; padToBytes?: number } = {}): Buffer {
  const { r, g, b } = options.color ?? BAKERY_CRUST;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(new Array<Buffer>(height).fill(row));
  const chunks = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
  ];
  const size = chunks.reduce((total, chunk) => total + chunk.length, 0) + 12;
  if (options.padToBytes && options.padToBytes > size + 12) chunks.push(pngChunk('tEXt', Buffer.alloc(options.padToBytes - size - 12, 0x20)));
  chunks.push(pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(chunks);
}

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

export interface Mp4Options {
  durationMs: number;
  width?: number;
  height?: number;
  /** Total file size; filler goes into mdat. */
  sizeBytes?: number;
  /** 'qt  ' makes a QuickTime .mov. */
  brand?: 'isom' | 'qt  ';
  /** Put mdat before moov (not "fast start"), which Instagram refuses (reference 2.4). */
  moovAtEnd?: boolean;
}

export function makeMp4(options: Mp4Options): Buffer {
  const width = options.width ?? 1080;
  const height = options.height ?? 1920;
  const timescale = 1000;
  const ftyp = box('ftyp', Buffer.from(options.brand ?? 'isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1'));
  const mvhd = Buffer.alloc(100);
  mvhd.writeUInt32BE(timescale, 12);
  mvhd.writeUInt32BE(options.durationMs, 16);
  mvhd.writeUInt32BE(0x00010000, 20); // rate 1.0
  mvhd.writeUInt16BE(0x0100, 24); // volume 1.0
  mvhd.writeUInt32BE(2, 96); // next track id
  const tkhd = Buffer.alloc(84);
  tkhd.writeUInt32BE(0x00000003, 0); // version 0, flags enabled|in movie
  tkhd.writeUInt32BE(1, 12); // track id
  tkhd.writeUInt32BE(options.durationMs, 20);
  tkhd.writeUInt32BE(width * 65536, 76);
  tkhd.writeUInt32BE(height * 65536, 80);
  const moov = box('moov', box('mvhd', mvhd), box('trak', box('tkhd', tkhd)));
  const fixed = ftyp.length + moov.length + 8;
  const filler = Buffer.alloc(Math.max((options.sizeBytes ?? fixed + 1024) - fixed, 0), 0x11);
  const mdat = box('mdat', filler);
  return options.moovAtEnd ? Buffer.concat([ftyp, mdat, moov]) : Buffer.concat([ftyp, moov, mdat]);
}
