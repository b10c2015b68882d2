import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

export type RenditionVariant = 'thumbnail' | 'preview';
export type MediaFileVariant = 'original' | RenditionVariant;

/**
 * Where the library keeps its files, all inside the media directory:
 *   <sha256[0..2]>/<sha256>.<ext>   the originals, spread over 256 folders
 *   thumbnails/<sha256>.jpg         320 px, for grids and strips
 *   previews/<sha256>.jpg           1280 px, for previews and the crop tool
 *   incoming/                       files being copied in; renamed into place when whole
 * `incoming` is inside the same directory so that the final rename is atomic (same file system).
 */
export function mediaLayout(mediaDirectory: string) {
  const incoming = join(mediaDirectory, 'incoming');
  const renditionFolders: Record<RenditionVariant, string> = {
    thumbnail: join(mediaDirectory, 'thumbnails'),
    preview: join(mediaDirectory, 'previews'),
  };
  return {
    incoming,
    /** The path stored in `media.stored_file`, relative so the data directory can move. */
    originalRelativePath: (id: string, extension: string) => `${id.slice(0, 2)}/${id}.${extension}`,
    originalPath: (relativePath: string) => join(mediaDirectory, ...relativePath.split('/')),
    renditionPath: (variant: RenditionVariant, id: string) => join(renditionFolders[variant], `${id}.jpg`),
    /** A fresh name in `incoming` for a file on its way in. */
    incomingPath: () => join(incoming, randomUUID()),
  };
}

export type MediaLayout = ReturnType<typeof mediaLayout>;
