import type { ThemePreference } from '../../../../preload/contract';

export type ResolvedTheme = 'light' | 'dark';

const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

export interface ThemeController {
  /** Applies the owner's preference now; "system" keeps following the OS from then on. */
  follow(preference: ThemePreference): void;
  /** Listens for the OS switching between light and dark; returns a function that stops. */
  connect(): () => void;
}

/**
 * Puts the theme on the root element as data-theme="light" | "dark"; the tokens read it. The
 * attribute always holds the resolved theme, never "system", so styles and tests see one answer.
 */
export function createThemeController(root: HTMLElement, matchMedia: (query: string) => MediaQueryList): ThemeController {
  const darkScheme = matchMedia(DARK_SCHEME_QUERY);
  let preference: ThemePreference = 'system';

  const render = () => {
    const resolved: ResolvedTheme = preference === 'system' ? (darkScheme.matches ? 'dark' : 'light') : preference;
    root.dataset.theme = resolved;
  };

  return {
    follow(next) {
      preference = next;
      render();
    },
    connect() {
      darkScheme.addEventListener('change', render);
      return () => darkScheme.removeEventListener('change', render);
    },
  };
}
