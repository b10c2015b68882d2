import { useEffect } from 'react';
import { useComposer } from './useComposer';

/**
 * Saves at once whenever the owner may be leaving: another section, another window, the app
 * hidden or closed, the page reloaded. The save starts synchronously, so even `beforeunload`
 * gets it on its way to main.
 */
export function useSaveWhenLeaving(): void {
  const saveNow = useComposer((state) => state.saveNow);
  useEffect(() => {
    const save = () => void saveNow();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('blur', save);
    window.addEventListener('beforeunload', save);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('blur', save);
      window.removeEventListener('beforeunload', save);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      save();
    };
  }, [saveNow]);
}
