import { useEffect, useRef, type MouseEvent } from 'react';
import { SECTIONS } from './sections';
import { Sidebar } from './Sidebar';
import { useNavigation } from './useNavigation';
import { useNewPostShortcut } from './useNewPostShortcut';
import './AppShell.css';

/** The window's frame: a skip link, the sidebar, and the current section's screen. */
export function AppShell() {
  const section = useNavigation((state) => state.section);
  const mainRef = useRef<HTMLElement>(null);
  const { Screen } = SECTIONS[section];
  useNewPostShortcut();

  // Moves focus without touching the URL hash, which holds the current section.
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  // A new section starts at its top, not at the previous one's scroll position.
  useEffect(() => {
    mainRef.current?.scrollTo?.({ top: 0 });
  }, [section]);

  return (
    <div className="app-shell">
      <a href="#main" className="skip-link" onClick={skipToMain}>
        Skip to content
      </a>
      <Sidebar />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-shell__main">
        <Screen />
      </main>
    </div>
  );
}

