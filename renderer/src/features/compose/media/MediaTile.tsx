import type { MediaItem } from '../../../../../preload/contract';
import { clockDuration, KIND_NAMES } from '../../../lib/mediaFacts';
import { Button } from '../../../ui/Button';
import { CloseIcon, GripIcon, PlayIcon, WarningIcon } from '../../../ui/icons';
import './MediaTile.css';

export interface MediaTileProps {
  /** Undefined while the item loads; null once the library says it is gone. */
  item: MediaItem | null | undefined;
  name: string;
  /** The most serious thing the platforms say about it (the messages are listed under the strip). */
  problem: 'error' | 'warning' | null;
  onRemove?: () => void;
}

/**
 * One picture or video in a strip: its thumbnail, what it is (and how long, for a video), a drag
 * handle (which is also the keyboard's way to move it: Enter, arrows, Enter) and a Remove button.
 */
export function MediaTile({ item, name, problem, onRemove }: MediaTileProps) {
  return (
    <div className="media-tile">
      <div className="media-tile__picture">
        {item ? (
          <img className="media-tile__image" src={item.thumbnailUrl} alt="" draggable={false} />
        ) : (
          <span className="media-tile__placeholder">{item === null ? 'No longer in the library' : 'Loading…'}</span>
        )}
        {item ? (
          <span className="media-badge media-tile__badge">
            {item.probe.kind === 'video' ? <PlayIcon size={12} /> : null}
            {item.probe.kind === 'video' && item.probe.durationMs !== null ? clockDuration(item.probe.durationMs) : KIND_NAMES[item.probe.kind]}
          </span>
        ) : null}
        {problem ? (
          <span className={`media-tile__problem media-tile__problem--${problem}`}>
            <WarningIcon size={14} />
            <span className="visually-hidden">{problem === 'error' ? 'Must be fixed, see below' : 'Worth checking, see below'}</span>
          </span>
        ) : null}
      </div>
      <div className="media-tile__bar">
        <Button slot="drag" variant="quiet" iconOnly className="media-tile__drag">
          <GripIcon size={16} />
        </Button>
        <span className="media-tile__name" title={name}>
          {name}
        </span>
        {onRemove ? (
          <Button variant="quiet" iconOnly className="media-tile__remove" aria-label={`Remove ${name}`} onPress={onRemove}>
            <CloseIcon size={14} />
          </Button>
        ) : null}
      </div>
    </div>
  );
}
