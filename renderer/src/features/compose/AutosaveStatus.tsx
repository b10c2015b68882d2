import { Button } from '../../ui/Button';
import { CheckIcon, WarningIcon } from '../../ui/icons';
import { useComposer } from './useComposer';

/**
 * How saving goes, calmly: "Saving…", "Saved", or why the last save failed (the text stays in the
 * editor and Outpost keeps trying; "Try now" does not wait for the next attempt).
 */
export function AutosaveStatus() {
  const save = useComposer((state) => state.save);
  const saveNow = useComposer((state) => state.saveNow);
  return (
    <div className="autosave">
      <p role="status" className={`autosave__status autosave__status--${save.state}`}>
        {save.state === 'pending' || save.state === 'saving' ? 'Saving…' : null}
        {save.state === 'saved' ? (
          <>
            <CheckIcon size={14} /> Saved
          </>
        ) : null}
        {save.state === 'failed' ? (
          <>
            <WarningIcon size={14} /> Couldn't save: {save.error.message} Retrying…
          </>
        ) : null}
      </p>
      {save.state === 'failed' ? (
        <Button variant="quiet" onPress={() => void saveNow()}>
          Try now
        </Button>
      ) : null}
    </div>
  );
}
