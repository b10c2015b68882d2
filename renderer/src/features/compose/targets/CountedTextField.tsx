import { useId, type ReactNode } from 'react';
import { Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import '../../../ui/fields.css';
import '../../../ui/TextField.css';
import '../editor/TargetCounters.css';

const NUMBER = new Intl.NumberFormat('en-GB');

/** Within this share of the limit the count turns to the warning colour, as the caption's counters do. */
const NEAR_LIMIT = 0.9;

export interface CountedTextFieldProps {
  label: string;
  description?: ReactNode;
  value: string;
  /** The most it may hold: the count shows against it, and typing stops there (the contract's own limit). */
  max: number;
  onChange: (value: string) => void;
  rows?: number;
}

/**
 * A labelled text box of a few lines for a destination's own short texts (the first comment, a
 * photo's alt text), styled like the app's text fields, with a live count against its limit.
 * The count is of the text as it goes out (spaces around it removed), as main counts it.
 */
export function CountedTextField({ label, description, value, max, onChange, rows = 2 }: CountedTextFieldProps) {
  const countId = useId();
  const used = [...value.trim()].length;
  const level = used > max ? 'over' : used >= max * NEAR_LIMIT ? 'near' : 'fine';
  return (
    <AriaTextField value={value} onChange={onChange} maxLength={max} aria-describedby={countId} className="text-field counted-text-field">
      <Label className="field-label">{label}</Label>
      <div className="text-field__box counted-text-field__box">
        <TextArea rows={rows} className="text-field__input counted-text-field__input" />
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <span id={countId} className={`target-counter target-counter--${level} counted-text-field__count`}>
        {NUMBER.format(used)} / {NUMBER.format(max)} characters
        {level === 'fine' ? null : <span className="visually-hidden">{level === 'near' ? ' (near the limit)' : ' (over the limit)'}</span>}
      </span>
    </AriaTextField>
  );
}
