import { useEffect } from 'react';
import { useComposer } from './useComposer';

/**
 * Saves at once whenever the owner may be leaving: another section, another window, the app
 * hidden or closed, the page reloaded. When the page goes away the save is sent at once, even
 * beside one still in flight, so the last keystrokes are on their way to main before it closes.
 */
export function useSaveWhenLeaving(): void {
  const saveNow = useComposer((state) => state.saveNow);
  const sendBeforeClosing = useComposer((state) => state.sendBeforeClosing);
  useEffect(() => {
    const save = () => void saveNow();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('blur', save);
    window.addEventListener('beforeunload', sendBeforeClosing);
    window.addEventListener('pagehide', sendBeforeClosing);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('blur', save);
      window.removeEventListener('beforeunload', sendBeforeClosing);
      window.removeEventListener('pagehide', sendBeforeClosing);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      save();
    };
  }, [saveNow, sendBeforeClosing]);
}
