import { originOf } from '../ipc/senderGuard';
import { APP_ENTRY_URL, APP_ORIGIN } from './appScheme';

/** Where the main window loads the UI from, and the one origin trusted to call main. */
export interface RendererSource {
  kind: 'bundled' | 'dev-server';
  url: string;
  origin: string;
}

/**
 * Production loads the bundled renderer over `app://`. In development `ELECTRON_RENDERER_URL` names
 * the Vite dev server (hot reload); its origin then replaces ours everywhere we trust an origin.
 * A packaged app ignores the variable: otherwise anyone who can set an environment variable could
 * point the window, and with it `window.api`, at a page of their choosing.
 */
export function chooseRendererSource(env: NodeJS.ProcessEnv, isPackaged: boolean): RendererSource {
  const devUrl = env.ELECTRON_RENDERER_URL?.trim();
  if (!isPackaged && devUrl) {
    const parsed = new URL(devUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new Error(`ELECTRON_RENDERER_URL must be an http(s) URL, got ${parsed.protocol}`);
    }
    return { kind: 'dev-server', url: parsed.toString(), origin: originOf(parsed) };
  }
  return { kind: 'bundled', url: APP_ENTRY_URL, origin: APP_ORIGIN };
}
