import { useEffect, useId, useRef } from 'react';
import type { MediaItem } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { CloseIcon } from '../../ui/icons';
import { MediaDetails } from './MediaDetails';
import './MediaDetailsPanel.css';

export interface MediaDetailsPanelProps {
  item: MediaItem;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * The details beside the grid, in a wide window. Focus moves to its heading when it opens or shows
 * another item, so a keyboard or screen reader user lands on what they asked for.
 */
export function MediaDetailsPanel({ item, onClose, onDeleted }: MediaDetailsPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [item.id]);

  return (
    <aside className="card library-panel" aria-labelledby={headingId}>
      <div className="library-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="library-panel__title">
          {item.originalName}
        </h2>
        <Button variant="quiet" iconOnly aria-label="Close details" onPress={onClose}>
          <CloseIcon size={16} />
        </Button>
      </div>
      <MediaDetails key={item.id} item={item} onDeleted={onDeleted} />
    </aside>
  );
}
