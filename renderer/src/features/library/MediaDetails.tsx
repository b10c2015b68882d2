import { useId, useState } from 'react';
import type { MediaItem } from '../../../../preload/contract';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { DeleteMediaDialog } from './DeleteMediaDialog';
import { MediaUses } from './MediaUses';
import { probeFacts } from './probeFacts';
import { useMediaDetails } from './useMediaDetails';
import './MediaDetails.css';

export interface MediaDetailsProps {
  /** The item as the grid has it: the preview and probe show at once, the rest as main answers. */
  item: MediaItem;
  onDeleted: () => void;
}

/** An item up close: a larger preview, the probe in words, the posts that use it, and Delete. */
export function MediaDetails({ item, onDeleted }: MediaDetailsProps) {
  const usesHeadingId = useId();
  const details = useMediaDetails(item.id);
  const [isDeleting, setDeleting] = useState(false);
  const sourceName = details.kind === 'ready' ? details.sourceName : null;

  return (
    <div className="library-details">
      <img className="library-details__preview" src={item.previewUrl} alt={`Preview of ${item.originalName}`} />
      <dl className="library-details__facts">
        {probeFacts(item, sourceName).map((fact) => (
          <div key={fact.term} className="library-details__fact">
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <section className="library-details__uses" aria-labelledby={usesHeadingId}>
        <h3 id={usesHeadingId} className="library-details__heading">
          Used in
        </h3>
        {details.kind === 'loading' ? <p className="library-details__note">Looking for posts that use it…</p> : null}
        {details.kind === 'failed' ? <p className="library-details__note">{describeError(details.error)}</p> : null}
        {details.kind === 'ready' ? <MediaUses uses={details.details.usedBy} /> : null}
      </section>
      {details.kind === 'ready' ? (
        <>
          <div className="library-details__actions">
            <Button onPress={() => setDeleting(true)}>Delete</Button>
          </div>
          <DeleteMediaDialog details={details.details} isOpen={isDeleting} onOpenChange={setDeleting} onDeleted={onDeleted} />
        </>
      ) : null}
    </div>
  );
}
