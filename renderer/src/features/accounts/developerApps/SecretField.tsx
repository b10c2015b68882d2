import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { EyeIcon, EyeOffIcon } from '../../../ui/icons';
import { TextField, type TextFieldProps } from '../../../ui/TextField';

/** A secret typed or pasted once: hidden unless the owner shows it, never spell-checked or filled in. */
export function SecretField(props: Omit<TextFieldProps, 'type' | 'trailing' | 'monospace'>) {
  const [isShown, setShown] = useState(false);
  return (
    <TextField
      {...props}
      type={isShown ? 'text' : 'password'}
      monospace
      autoComplete="off"
      spellCheck="false"
      trailing={
        <Button
          variant="quiet"
          aria-label={`${isShown ? 'Hide' : 'Show'} the ${props.label}`}
          onPress={() => setShown((shown) => !shown)}
        >
          {isShown ? <EyeOffIcon size={16} /> : <EyeIcon size={16} />}
          {isShown ? 'Hide' : 'Show'}
        </Button>
      }
    />
  );
}
