import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../main/electron/appScheme';
import { EXTERNAL_LINK_HOSTS } from '../../../../main/electron/externalLinkAllowList';
import { decideNavigation, type NavigationDecision } from '../../../../main/electron/navigationPolicy';

const appOrigins = new Set([APP_ORIGIN]);

const table: Array<[url: string, expected: NavigationDecision, why: string]> = [
  // our own pages
  ['app://outpost/index.html', 'allow-in-app', 'our origin'],
  ['app://outpost/', 'allow-in-app', 'our origin, root'],
  ['app://outpost/settings?tab=logs#top', 'allow-in-app', 'our origin with query and fragment'],
  ['app://other/index.html', 'deny', 'app:// with another host'],
  ['app://outpost.evil.com/index.html', 'deny', 'app:// lookalike host'],
  ['app://outpost@evil/index.html', 'deny', 'app:// with userinfo pointing elsewhere'],
  // allow-listed https hosts
  ['https://www.facebook.com/help', 'open-external', 'allow-listed'],
  ['https://facebook.com/', 'open-external', 'allow-listed apex'],
  ['https://business.facebook.com/settings', 'open-external', 'allow-listed'],
  ['https://developers.facebook.com/apps/', 'open-external', 'allow-listed'],
  ['https://www.instagram.com/outpost', 'open-external', 'allow-listed'],
  ['https://www.tiktok.com/@outpost', 'open-external', 'allow-listed'],
  ['https://developers.tiktok.com/apps', 'open-external', 'allow-listed'],
  ['HTTPS://WWW.FACEBOOK.COM/help', 'open-external', 'scheme and host are case-insensitive'],
  // https, but not allow-listed
  ['https://example.com/', 'deny', 'not allow-listed'],
  ['https://instagram.com/', 'deny', 'apex not listed (only www.)'],
  ['https://m.facebook.com/', 'deny', 'subdomains are not implied'],
  // lookalikes
  ['https://facebook.com.attacker.com/', 'deny', 'allow-listed host as a prefix'],
  ['https://evilfacebook.com/', 'deny', 'allow-listed host as a suffix'],
  ['https://www.facebook.com.', 'deny', 'trailing dot'],
  ['https://www.facebook.com@attacker.com/', 'deny', 'allow-listed host as userinfo'],
  ['https://user:pass@www.facebook.com/', 'deny', 'credentials in the URL'],
  ['https://www.facebook.com:8443/', 'deny', 'non-default port'],
  ['https://xn--facebok-y0a.com/', 'deny', 'punycode lookalike'],
  // other schemes
  ['http://www.facebook.com/', 'deny', 'plain http, even to an allow-listed host'],
  ['http://localhost:5173/', 'deny', 'dev server origin when not in development'],
  ['file:///etc/passwd', 'deny', 'file:'],
  ['javascript:alert(1)', 'deny', 'javascript:'],
  ['data:text/html,<script>alert(1)</script>', 'deny', 'data:'],
  ['blob:app://outpost/1234', 'deny', 'blob:'],
  ['mailto:owner@example.com', 'deny', 'mailto:'],
  ['ms-settings:privacy', 'deny', 'custom OS scheme'],
  ['outpost://callback?code=1', 'deny', 'custom app scheme'],
  ['vscode://file/etc/passwd', 'deny', 'another app scheme'],
  ['chrome://settings', 'deny', 'browser-internal scheme'],
  ['ftp://www.facebook.com/', 'deny', 'ftp'],
  // malformed
  ['', 'deny', 'empty'],
  ['not a url', 'deny', 'not a URL'],
  ['https://', 'deny', 'no host'],
  ['//www.facebook.com/', 'deny', 'scheme-relative'],
  ['https://[::1', 'deny', 'broken IPv6 literal'],
];

describe('decideNavigation', () => {
  it.each(table)('%s -> %s (%s)', (url, expected) => {
    expect(decideNavigation(url, appOrigins)).toBe(expected);
  });

  it('trusts the dev server origin only when it is one of the app origins', () => {
    expect(decideNavigation('http://localhost:5173/src/main.tsx', new Set(['http://localhost:5173']))).toBe('allow-in-app');
    expect(decideNavigation('http://localhost:5174/', new Set(['http://localhost:5173']))).toBe('deny');
    expect(decideNavigation('app://outpost/index.html', new Set(['http://localhost:5173']))).toBe('deny');
  });

  it('starts with the hosts the accounts screens will link to', () => {
    expect([...EXTERNAL_LINK_HOSTS].sort()).toEqual(
      [
        'business.facebook.com',
        'developers.facebook.com',
        'developers.tiktok.com',
        'facebook.com',
        'www.facebook.com',
        'www.instagram.com',
        'www.tiktok.com',
      ].sort(),
    );
  });
});
