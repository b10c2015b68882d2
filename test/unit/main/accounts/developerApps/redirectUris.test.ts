import { describe, expect, it } from 'vitest';
import { redirectUriFor, SCOPES_TO_ENABLE } from '../../../../../main/accounts/developerApps/redirectUris';

describe('what the owner registers in each developer app', () => {
  it('Meta and Instagram: the exact loopback URI on the Meta callback port', () => {
    expect(redirectUriFor('meta', 8137)).toBe('http://127.0.0.1:8137/callback/');
    expect(redirectUriFor('instagram', 8137)).toBe('http://127.0.0.1:8137/callback/');
    expect(redirectUriFor('meta', 9001)).toBe('http://127.0.0.1:9001/callback/');
  });

  it('TikTok: a wildcard port, whatever the Meta port is', () => {
    expect(redirectUriFor('tiktok', 8137)).toBe('http://127.0.0.1:*/callback/');
    expect(redirectUriFor('tiktok', 9001)).toBe('http://127.0.0.1:*/callback/');
  });

  it('the scopes each app must offer: Facebook Login, Instagram Login and TikTok names', () => {
    expect(SCOPES_TO_ENABLE.meta).toContain('pages_manage_posts');
    expect(SCOPES_TO_ENABLE.meta).toContain('instagram_content_publish');
    expect(SCOPES_TO_ENABLE.instagram).toEqual([
      'instagram_business_basic',
      'instagram_business_content_publish',
      'instagram_business_manage_comments',
      'instagram_business_manage_insights',
    ]);
    expect(SCOPES_TO_ENABLE.tiktok).toContain('video.publish');
    expect(SCOPES_TO_ENABLE.tiktok.every((scope) => !scope.startsWith('instagram'))).toBe(true);
  });
});
