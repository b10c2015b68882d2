import type { MediaItem } from '../../../../preload/contract';
import { KIND_NAMES } from '../../lib/mediaFacts';
import { PlayIcon } from '../../ui/icons';
import { tileBadge, usageWords } from './libraryWords';

/** One item in the grid: its thumbnail with a length or size badge, its name, kind and use. */
export function MediaTile({ item }: { item: MediaItem }) {
  const isVideo = item.probe.kind === 'video';
  const isUnused = item.usedByPostCount === 0;
  return (
    <>
      <span className="library-tile__thumbnail">
        <img className="library-tile__image" src={item.thumbnailUrl} alt="" loading="lazy" />
        <span className="media-badge library-tile__badge">
          {isVideo ? <PlayIcon size={12} /> : null}
          {tileBadge(item)}
        </span>
      </span>
      <span className="library-tile__name">{item.originalName}</span>
      <span className="library-tile__meta">
        {KIND_NAMES[item.probe.kind]}
        <span className={isUnused ? 'library-tile__usage library-tile__usage--unused' : 'library-tile__usage'}>
          {usageWords(item.usedByPostCount)}
        </span>
      </span>
    </>
  );
}
