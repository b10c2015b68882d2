import { useEffect, useId, useRef } from 'react';
import { Button } from '../../ui/Button';
import { CloseIcon } from '../../ui/icons';
import { LoadProblem } from '../../ui/LoadProblem';
import type { DetailsState } from './calendarStore';
import { TargetDetailsView } from './TargetDetailsView';

export const DETAILS_TITLE = 'Post details';

/** What the details show while they load, when they could not load, and once they are here. */
export function DetailsContent({ state, onRetry }: { state: DetailsState; onRetry: () => void }) {
  if (state.kind === 'loading') return <p className="target-details__muted">Loading the post…</p>;
  if (state.kind === 'failed') return <LoadProblem what="This post" error={state.error} onAction={onRetry} />;
  // Keyed by post: another post's details start without this one's pending action or message.
  return <TargetDetailsView key={state.details.targetId} details={state.details} />;
}

export interface TargetDetailsPanelProps {
  targetId: string;
  state: DetailsState;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * The details beside the calendar, in a wide window. Focus moves to the heading when it opens or
 * shows another post, so keyboard and screen reader users land on what they asked for.
 */
export function TargetDetailsPanel({ targetId, state, onRetry, onClose }: TargetDetailsPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [targetId]);

  return (
    <aside className="card calendar-panel" aria-labelledby={headingId}>
      <div className="calendar-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="calendar-panel__title">
          {DETAILS_TITLE}
        </h2>
        <Button variant="quiet" iconOnly aria-label="Close details" onPress={onClose}>
          <CloseIcon size={16} />
        </Button>
      </div>
      <DetailsContent state={state} onRetry={onRetry} />
    </aside>
  );
}
