import { MediaProbe } from '../../preload/contract';
import { DomainError } from '../errors/domainError';
import { openImage } from './imageSource';
import { probeImage } from './imageProbe';
import { extensionFor, type ImageFormat, type MediaFormat } from './mediaFormats';
import { MediaDamagedError, MediaDiskFullError, MediaUnreadableError, MediaUnsupportedError, isOutOfSpace } from './mediaErrors';
import { renderRenditions, renditionsOf, type Renditions } from './renditions';
import { sniffFile } from './sniffFormat';
import { probeVideo } from './videoProbe';

export interface ReadMedia {
  probe: MediaProbe;
  /** The stored file's extension, from the real format. */
  extension: string;
  renditions: Renditions;
}

/**
 * Everything the library learns from a file before keeping it: what it really is (from its bytes),
 * its probe, and its thumbnail and preview, which decode the picture (or a video frame) whole. Any
 * way this fails is said in the owner's words: empty, not media, a format no platform takes,
 * damaged. `fileName` is only for those words.
 */
export async function readMediaFile(file: string, byteSize: number, fileName: string): Promise<ReadMedia> {
  if (byteSize === 0) {
    throw new MediaUnreadableError(`"${fileName}" is empty (0 bytes).`, 'Copy the file again from where it came from, then import the copy.');
  }
  const sniffed = await sniffFile(file);
  switch (sniffed.kind) {
    case 'unknown':
      throw new MediaUnreadableError(
        `"${fileName}" is not a photo or video Outpost can read: its contents are not JPEG, PNG, WebP, HEIC, GIF, MP4, MOV or WebM, whatever its name says.`,
        'Open it on your computer; if it shows, export or save it as JPEG (photos) or MP4 (videos) and import that copy.',
      );
    case 'unsupported':
      throw new MediaUnsupportedError(`"${fileName}" is ${sniffed.description}.`, sniffed.action);
    case 'image':
      return explained(fileName, sniffed.format, () => readImage(file, sniffed.format, byteSize));
    case 'video':
      return explained(fileName, sniffed.format, async () => {
        const probe = checked(await probeVideo(file, sniffed.format, byteSize, fileName));
        return { probe, extension: extensionFor(sniffed.format), renditions: await renditionsOf(file, probe) };
      });
  }
}

async function readImage(file: string, format: ImageFormat, byteSize: number): Promise<ReadMedia> {
  const source = await openImage(file, format);
  const probe = checked(await probeImage(file, format, byteSize, source));
  return { probe, extension: extensionFor(format), renditions: await renderRenditions(source.pipeline()) };
}

/** A probe that breaks the contract (a zero width from a broken header) means a broken file. */
function checked(probe: MediaProbe): MediaProbe {
  const parsed = MediaProbe.safeParse(probe);
  if (!parsed.success) throw new Error(`probe out of contract: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Runs a read and says what its failure means: our own errors pass as they are; a full disk is a
 * full disk; a picture too big to open is said so; anything a decoder or ffprobe throws means the
 * file is damaged.
 */
async function explained<T>(fileName: string, format: MediaFormat, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (isOutOfSpace(error)) throw new MediaDiskFullError(fileName, error);
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new MediaUnsupportedError(
        `"${fileName}" is too large to open: it has more than 268 million pixels.`,
        'Make a smaller copy in an image editor (no platform takes a picture this large), then import that.',
      );
    }
    throw new MediaDamagedError(fileName, format, error);
  }
}
