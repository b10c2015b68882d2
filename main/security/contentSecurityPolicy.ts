/**
 * The renderer's Content Security Policy, one definition for the app (served over app://) and
 * browser mode (served over http on loopback). All network I/O happens in main, so the renderer
 * may connect only to itself (plus, in browser mode, its bridge socket).
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...extraConnectSources],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
