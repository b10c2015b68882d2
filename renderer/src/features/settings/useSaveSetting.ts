import { useState } from 'react';
import type { PreferencesPatch } from '../../../../preload/contract';
import { describeError } from '../../lib/describeError';
import { useSettings } from './useSettings';

export type SaveState =
  | { kind: 'idle' }
  /** `at` tells one save from the next, so a second "Saved" shows again. */
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; message: string };

/** Saves a change at once and reports how it went, for the control's own "Saved" or error line. */
export function useSaveSetting(): { state: SaveState; save: (patch: PreferencesPatch) => Promise<void> } {
  const update = useSettings((settings) => settings.update);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (patch: PreferencesPatch) => {
    const result = await update(patch);
    setState(result.ok ? { kind: 'saved', at: Date.now() } : { kind: 'failed', message: describeError(result) });
  };
  return { state, save };
}
