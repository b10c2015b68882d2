import { useState } from 'react';
import type { MediaFixSuggestion } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { CropIcon } from '../../../ui/icons';
import { fixRequestOf } from './fixWords';
import { useMediaFix } from './useMediaFix';

export interface FixButtonProps {
  fix: MediaFixSuggestion;
  /** A crop needs the crop tool: the button opens it. */
  onCrop: (fix: MediaFixSuggestion) => void;
}

/** The one click that fixes a picture, named for exactly what it does ("Convert to JPEG", "Crop…"). */
export function FixButton({ fix, onCrop }: FixButtonProps) {
  const applyFix = useMediaFix();
  const [isBusy, setBusy] = useState(false);

  if (fix.kind === 'crop') {
    return (
      <Button onPress={() => onCrop(fix)}>
        <CropIcon size={16} />
        Crop…
      </Button>
    );
  }
  const request = fixRequestOf(fix);
  if (!request) return null;
  return (
    <Button
      isPending={isBusy}
      onPress={async () => {
        setBusy(true);
        await applyFix(fix.mediaId, request);
        setBusy(false);
      }}
    >
      {fix.label}
    </Button>
  );
}
