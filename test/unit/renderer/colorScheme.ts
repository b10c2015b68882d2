/**
 * jsdom has no matchMedia. This installs one whose "prefers-color-scheme: dark" answer the test
 * controls, and can flip it later the way the OS does (firing "change").
 */
type Scheme = 'light' | 'dark';

let current: Scheme = 'light';
const darkQueryListeners = new Set<(event: MediaQueryListEvent) => void>();

export function installColorScheme(scheme: Scheme): void {
  current = scheme;
  darkQueryListeners.clear();
  window.matchMedia = (query: string): MediaQueryList => {
    const isDarkQuery = query.includes('prefers-color-scheme: dark');
    return {
      media: query,
      get matches() {
        return isDarkQuery && current === 'dark';
      },
      onchange: null,
      addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => {
        if (isDarkQuery) darkQueryListeners.add(listener);
      },
      removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => {
        darkQueryListeners.delete(listener);
      },
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    } as unknown as MediaQueryList;
  };
}

export function switchColorScheme(scheme: Scheme): void {
  current = scheme;
  for (const listener of darkQueryListeners) listener({ matches: scheme === 'dark' } as MediaQueryListEvent);
}
