import { useEffect, useRef } from 'react';
import { commandKey } from '../../lib/commandKey';

export interface ComposerShortcuts {
  newPost(): void;
  saveNow(): void;
  toScheduling(): void;
}

/**
 * The composer's keys, with Ctrl on Windows and Linux and ⌘ on a Mac: N starts a new post, S saves
 * now, Enter goes to the scheduling step. They work from the text box too, and replace what the
 * browser would do with them (a new window, "save page").
 */
export function useComposerShortcuts(shortcuts: ComposerShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = commandKey(event);
      const action =
        key === 'n' ? latest.current.newPost
        : key === 's' ? latest.current.saveNow
        : key === 'Enter' ? latest.current.toScheduling
        : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
