import { GridList, GridListItem } from 'react-aria-components';
import type { MediaItem } from '../../../../preload/contract';
import { MediaTile } from './MediaTile';
import './MediaGrid.css';

export interface MediaGridProps {
  items: readonly MediaItem[];
  /** The item whose details are showing, marked in the grid. */
  openId: string | null;
  onOpen: (item: MediaItem) => void;
}

/**
 * The library as a grid of tiles that fits the window. Arrow keys move in two directions; Enter
 * or a click opens an item's details.
 */
export function MediaGrid({ items, openId, onOpen }: MediaGridProps) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (
    <GridList
      aria-label="Photos and videos"
      layout="grid"
      className="library-grid"
      onAction={(key) => {
        const item = byId.get(String(key));
        if (item) onOpen(item);
      }}
    >
      {items.map((item) => (
        <GridListItem
          key={item.id}
          id={item.id}
          textValue={item.originalName}
          data-media-id={item.id}
          className={item.id === openId ? 'library-tile library-tile--open' : 'library-tile'}
        >
          <MediaTile item={item} />
        </GridListItem>
      ))}
    </GridList>
  );
}
