import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SECTION, isSectionId, type SectionId } from './sectionIds';

export interface NavigationState {
  section: SectionId;
  goTo(section: SectionId): void;
  /** Follows hash edits made by hand (browser mode); returns a stop function. */
  connect(): () => void;
}

export type NavigationStore = StoreApi<NavigationState>;

/** "#/settings" -> "settings"; anything unknown -> the default section. */
export function sectionFromHash(hash: string): SectionId {
  const candidate = hash.replace(/^#\/?/, '');
  return isSectionId(candidate) ? candidate : DEFAULT_SECTION;
}

/**
 * Which section is showing. The section is mirrored into the URL hash so a reload (or a
 * browser-mode bookmark) opens where the owner was. The hash is replaced, not pushed: the desktop
 * app has no Back button, and a history of section visits would only confuse mouse back buttons.
 */
export function createNavigationStore(win: Window): NavigationStore {
  return createStore<NavigationState>()((set) => ({
    section: sectionFromHash(win.location.hash),
    goTo(section) {
      set({ section });
      win.history.replaceState(win.history.state, '', `#/${section}`);
    },
    connect() {
      const onHashChange = () => set({ section: sectionFromHash(win.location.hash) });
      win.addEventListener('hashchange', onHashChange);
      return () => win.removeEventListener('hashchange', onHashChange);
    },
  }));
}
