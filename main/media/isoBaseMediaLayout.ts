import { open } from 'node:fs/promises';

/**
 * The order and completeness of an MP4/MOV file's top-level boxes (ISO/IEC 14496-12 §4.2): each
 * starts with a 32-bit size and a four-letter type; size 1 means a 64-bit size follows, size 0
 * means "to the end of the file".
 *
 * - `moovAtFront`: the index (`moov`) comes before the media data (`mdat`). Instagram requires it
 *   (platform-apis.md 2.4) and players can start before the whole file has arrived.
 * - `truncated`: a box claims more bytes than the file has: the file was cut short (an interrupted
 *   copy). ffprobe reads such a file happily when the index is at the front, so this is how a video
 *   cut in half is told apart from a whole one.
 */
export interface IsoBaseMediaLayout {
  moovAtFront: boolean;
  truncated: boolean;
}

/** A real file has a handful of top-level boxes; a cap keeps a hostile file from looping long. */
const MAX_BOXES = 100_000;

export async function readIsoBaseMediaLayout(file: string): Promise<IsoBaseMediaLayout> {
  const handle = await open(file, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(16);
    let offset = 0;
    let moovAtFront: boolean | null = null;
    for (let count = 0; offset < fileSize && count < MAX_BOXES; count++) {
      const { bytesRead } = await handle.read(header, 0, 16, offset);
      // Fewer bytes than a box header are trailing padding some tools leave, not a box cut short.
      if (bytesRead < 8) break;
      const size32 = header.readUInt32BE(0);
      const type = header.subarray(4, 8).toString('latin1');
      let headerSize = 8;
      let size: number;
      if (size32 === 1) {
        if (bytesRead < 16) return { moovAtFront: moovAtFront ?? false, truncated: true };
        size = Number(header.readBigUInt64BE(8));
        headerSize = 16;
      } else {
        size = size32 === 0 ? fileSize - offset : size32;
      }
      if (size < headerSize) return { moovAtFront: moovAtFront ?? false, truncated: true };
      if (moovAtFront === null && (type === 'moov' || type === 'mdat')) moovAtFront = type === 'moov';
      if (offset + size > fileSize) return { moovAtFront: moovAtFront ?? false, truncated: true };
      offset += size;
    }
    return { moovAtFront: moovAtFront ?? false, truncated: false };
  } finally {
    await handle.close();
  }
}
