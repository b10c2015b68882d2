import { useEffect } from 'react';
import { startNewPost } from '../features/compose/composerStore';
import { commandKey } from '../lib/commandKey';
import { useNavigation } from './useNavigation';

/**
 * Ctrl+N (⌘N on a Mac) starts a new post from any screen. Compose handles the key itself, with
 * its own focus and tab state, so this one stands aside there.
 */
export function useNewPostShortcut(): void {
  const section = useNavigation((state) => state.section);
  useEffect(() => {
    if (section === 'compose') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (commandKey(event) !== 'n') return;
      event.preventDefault();
      void startNewPost();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [section]);
}
