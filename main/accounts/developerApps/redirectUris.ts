import type { DeveloperAppKind } from '../../../preload/contract';
import { CALLBACK_PATH, INSTAGRAM_LOGIN_SCOPES, META_SCOPES, TIKTOK_SCOPES } from '../connect/signInScopes';

/**
 * The redirect URI the owner registers in each developer app, character for character what
 * Outpost sends. Meta and Instagram Login match redirect URIs exactly, port included
 * (platform-apis.md 1.2), so theirs names Outpost's fixed Meta callback port. TikTok's Desktop
 * apps accept a wildcard port (6.1), so one entry covers the free port each TikTok sign-in picks.
 */
export function redirectUriFor(kind: DeveloperAppKind, metaCallbackPort: number): string {
  const port = kind === 'tiktok' ? '*' : String(metaCallbackPort);
  return `http://127.0.0.1:${port}${CALLBACK_PATH}`;
}

/** The permissions Outpost asks for, which the owner enables (adds as products) in each app. */
export const SCOPES_TO_ENABLE: Readonly<Record<DeveloperAppKind, readonly string[]>> = {
  meta: META_SCOPES,
  instagram: INSTAGRAM_LOGIN_SCOPES,
  tiktok: TIKTOK_SCOPES,
};
