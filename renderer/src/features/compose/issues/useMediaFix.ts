import type { MediaFixRequest } from '../../../../../preload/contract';
import { useToast } from '../../../app/useToast';
import { describeError } from '../../../lib/describeError';
import { useComposer } from '../useComposer';
import { fixedMessage } from './fixWords';

/** Applies a fix to one of the post's media and says what happened; resolves with whether it worked. */
export function useMediaFix(): (mediaId: string, fix: MediaFixRequest) => Promise<boolean> {
  const applyFix = useComposer((state) => state.applyFix);
  const showToast = useToast();
  return async (mediaId, fix) => {
    const result = await applyFix(mediaId, fix);
    if (!result.ok) {
      showToast({ tone: 'error', title: "Couldn't fix the picture", body: describeError(result) });
      return false;
    }
    showToast({ tone: 'success', ...fixedMessage(fix.kind, result.value.original, result.value.fixed) });
    return true;
  };
}
