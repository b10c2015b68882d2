import { useState } from 'react';
import { TextField } from '../../../ui/TextField';

export interface SecondsFieldProps {
  label: string;
  description?: string;
  /** Null: not set. */
  valueMs: number | null;
  onChange: (valueMs: number | null) => void;
}

/** A time in a video, typed in seconds ("1.5"), kept in milliseconds; an empty field means not set. */
export function SecondsField({ label, description, valueMs, onChange }: SecondsFieldProps) {
  const [text, setText] = useState(valueMs === null ? '' : String(valueMs / 1000));
  const seconds = Number(text.replace(',', '.'));
  const isValid = text.trim() === '' || (Number.isFinite(seconds) && seconds >= 0);
  return (
    <TextField
      label={label}
      description={description}
      inputMode="decimal"
      value={text}
      problem={isValid ? null : 'Type a number of seconds, such as 1.5.'}
      onChange={(next) => {
        setText(next);
        const parsed = Number(next.replace(',', '.'));
        if (next.trim() === '') onChange(null);
        else if (Number.isFinite(parsed) && parsed >= 0) onChange(Math.round(parsed * 1000));
      }}
    />
  );
}
