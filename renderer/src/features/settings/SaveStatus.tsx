import { useEffect, useState } from 'react';
import { CheckIcon } from '../../ui/icons';
import type { SaveState } from './useSaveSetting';

/** How long "Saved" stays before it fades: long enough to read, short enough to stay calm. */
const SAVED_VISIBLE_MS = 2500;

/**
 * A quiet "Saved" beside a setting, or the reason it could not be saved. The status element is
 * always rendered so screen readers, which only announce changes to an existing live region,
 * hear each "Saved".
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const [fadedAt, setFadedAt] = useState<number | null>(null);
  useEffect(() => {
    if (state.kind !== 'saved') return;
    const timer = setTimeout(() => setFadedAt(state.at), SAVED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const showSaved = state.kind === 'saved' && fadedAt !== state.at;
  return (
    <>
      <span role="status" className="save-status">
        {showSaved ? (
          <>
            <CheckIcon size={14} /> Saved
          </>
        ) : null}
      </span>
      {state.kind === 'failed' ? (
        <p role="alert" className="save-status__error">
          Not saved: {state.message}
        </p>
      ) : null}
    </>
  );
}
