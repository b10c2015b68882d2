import { originOf } from '../ipc/senderGuard';
import { EXTERNAL_LINK_HOSTS } from './externalLinkAllowList';

/**
 * What to do with a URL the renderer tries to navigate to or open:
 *  - 'allow-in-app'   our own origin: the window may navigate there;
 *  - 'open-external'  an allow-listed https page: refused in the app, opened in the system browser;
 *  - 'deny'           everything else (other schemes, other hosts, malformed URLs).
 * URLs are compared after parsing, never with string prefixes (`https://facebook.com.attacker.com`
 * starts with `https://facebook.com`).
 */
export type NavigationDecision = 'allow-in-app' | 'open-external' | 'deny';

export function decideNavigation(
  rawUrl: string,
  appOrigins: ReadonlySet<string>,
  externalHosts: ReadonlySet<string> = EXTERNAL_LINK_HOSTS,
): NavigationDecision {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'deny';
  }
  if (appOrigins.has(originOf(url))) return 'allow-in-app';
  if (url.protocol !== 'https:') return 'deny';
  // Credentials and odd ports are how lookalike links hide where they really go; no link we
  // publish needs them.
  if (url.username || url.password || url.port) return 'deny';
  return externalHosts.has(url.hostname) ? 'open-external' : 'deny';
}
