import type { ReactNode, Ref } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import './fields.css';
import './TextField.css';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children' | 'validate'> {
  /** The visible label, which is also the field's accessible name. */
  label: string;
  /** Where to find the value, or what it is for; it becomes the field's description. */
  description?: ReactNode;
  /** Why the value is not right yet; shown under the field and announced with it. Null: it is fine. */
  problem?: string | null;
  /** Codes, ids and addresses: shown in the monospace font. */
  monospace?: boolean;
  /** A control inside the field's box, after the text (a Show button, a Copy button). */
  trailing?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled one-line text field. The parent says when the value has a problem (`problem`), so
 * the hint can come from shared rules and show while the owner types.
 */
export function TextField({ label, description, problem = null, monospace = false, trailing, inputRef, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={problem !== null} validationBehavior="aria" className="text-field">
      <Label className="field-label">{label}</Label>
      <div className="text-field__box">
        <Input ref={inputRef} className={monospace ? 'text-field__input text-field__input--mono' : 'text-field__input'} />
        {trailing}
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-field__problem">{problem}</FieldError>
    </AriaTextField>
  );
}
