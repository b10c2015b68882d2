import { useId, type ReactNode } from 'react';
import '../../ui/fields.css';
import '../../ui/TextField.css';

export interface DateTimeFieldProps {
  label: string;
  /** "2025-12-10T14:00", a wall-clock time in the owner's zone (zonedTime.ts converts). */
  value: string;
  onChange: (value: string) => void;
  /** Says which zone the time is in. */
  description: ReactNode;
  /** Why the time cannot be used; null: it can. */
  problem?: string | null;
}

/**
 * A date and time, picked with the browser's own control (typed, or from its calendar popup;
 * keyboard and screen readers work with it as with any field). Its value has no zone: the
 * caller reads it in the owner's.
 */
export function DateTimeField({ label, value, onChange, description, problem = null }: DateTimeFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const problemId = `${id}-problem`;
  return (
    <div className="text-field" data-invalid={problem ? true : undefined}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="text-field__box">
        <input
          id={id}
          type="datetime-local"
          className="text-field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${descriptionId} ${problemId}` : descriptionId}
        />
      </div>
      <p id={descriptionId} className="field-description">
        {description}
      </p>
      {problem ? (
        <p id={problemId} role="alert" className="text-field__problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
