import { isFileDropItem, type DropItem } from 'react-aria-components';

/** The files among dropped items (a drop may also carry text or folders, which are not media). */
export function droppedFiles(items: readonly DropItem[]): Promise<File[]> {
  return Promise.all(items.filter(isFileDropItem).map((item) => item.getFile()));
}

/** The drag type of a media item moved within the composer, so a reorder is never mistaken for a file. */
export const MEDIA_DRAG_TYPE = 'application/x-outpost-media-id';
