/**
 * Login Kit for Desktop redirect URIs (reference 6.1): absolute, http or https, no query or
 * fragment, host localhost or 127.0.0.1, port required; a registered `*` port matches any port.
 */
export function matchesRegisteredUri(candidate: string, registered: string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.search !== '' || url.hash !== '' || candidate.includes('?') || candidate.includes('#')) return false;
  if (!['http:', 'https:'].includes(url.protocol) || !['localhost', '127.0.0.1'].includes(url.hostname) || url.port === '') return false;
  return registered.some((entry) => {
    const wildcard = /^(https?):\/\/(localhost|127\.0\.0\.1):\*(\/.*)$/.exec(entry);
    if (wildcard) return url.protocol === `${wildcard[1]}:` && url.hostname === wildcard[2] && url.pathname === wildcard[3];
    return entry === candidate;
  });
}
