import { contentSecurityPolicy } from '../security/contentSecurityPolicy';

/**
 * The Content Security Policy sent with every `app://` response. The directives are defined once,
 * in main/security/contentSecurityPolicy.ts, and shared with browser mode; the packaged app adds
 * no connect source because all network I/O happens in main (the renderer only talks to
 * `window.api`). So the renderer may load nothing but its own bundle: no remote scripts or
 * connections, no plugins, no framing, no form posts. The Vite dev server (development only) does
 * not go through the `app://` handler and so does not get this header.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
