import { useState } from 'react';
import { Button } from './Button';
import { CheckIcon, CopyIcon } from './icons';
import { TextField } from './TextField';

export interface CopyFieldProps {
  /** What the value is ("Redirect URI"); the field's name and part of the Copy button's. */
  label: string;
  value: string;
  description?: string;
}

/**
 * A value the owner pastes somewhere else, exactly as shown: read-only, monospace, with a Copy
 * button. Where the clipboard is refused, the text can still be selected and copied by hand.
 */
export function CopyField({ label, value, description }: CopyFieldProps) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <div className="copy-field">
      <TextField
        label={label}
        value={value}
        isReadOnly
        monospace
        description={description}
        onFocus={(event) => (event.target as HTMLInputElement).select()}
        trailing={
          <Button aria-label={`Copy the ${label}`} onPress={() => void copy()}>
            {outcome === 'copied' ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
            Copy
          </Button>
        }
      />
      <p role="status" className="field-description">
        {outcome === 'copied'
          ? 'Copied. Paste it into the field on the platform’s page.'
          : outcome === 'failed'
            ? 'Outpost could not copy it. Select the text and copy it with Ctrl+C (⌘C on a Mac).'
            : ''}
      </p>
    </div>
  );
}
