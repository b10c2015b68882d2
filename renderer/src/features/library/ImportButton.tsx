import type { Ref } from 'react';
import { FileTrigger } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { ImportIcon } from '../../ui/icons';

/** What the picker offers: pictures and videos, and HEIC, which some systems do not list as an image. */
const ACCEPTED = ['image/*', 'video/*', '.heic'];

export interface ImportButtonProps {
  isBusy: boolean;
  onFiles: (files: File[]) => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** Opens the system's file picker for photos and videos, several at a time. */
export function ImportButton({ isBusy, onFiles, buttonRef }: ImportButtonProps) {
  return (
    <FileTrigger
      acceptedFileTypes={ACCEPTED}
      allowsMultiple
      onSelect={(files) => onFiles(Array.from(files ?? []))}
    >
      <Button variant="primary" isPending={isBusy} ref={buttonRef}>
        <ImportIcon size={16} />
        Import
      </Button>
    </FileTrigger>
  );
}
