/**
 * Hosts the app may open in the system browser, matched exactly (no subdomain wildcards, so
 * `facebook.com.attacker.com` or `evilfacebook.com` never match). Only https URLs to these hosts
 * leave the app; everything else is refused. Add a host here when a screen starts linking to it
 * (help pages, a platform's developer console for the developer-app setup).
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'facebook.com',
  'www.facebook.com',
  'business.facebook.com',
  'developers.facebook.com',
  'www.instagram.com',
  'www.tiktok.com',
  'developers.tiktok.com',
]);
