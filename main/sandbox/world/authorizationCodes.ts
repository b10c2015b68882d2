import type { AuthCodeRecord } from './sandboxState';
import { newSecret, type SandboxWorld } from './sandboxWorld';

type CodeKind = 'metaCode' | 'instagramCode' | 'tiktokCode';

/**
 * Issues the authorization code an allowed consent redirects with: single use, short-lived
 * (settings.timing.authCodeLifetimeMs), bound to the app, user, redirect URI, granted scopes and
 * PKCE challenge, which the token endpoints check at exchange.
 */
export function issueAuthorizationCode(
  world: SandboxWorld,
  kind: CodeKind,
  grant: Pick<AuthCodeRecord, 'platform' | 'appId' | 'userId' | 'redirectUri' | 'scopes' | 'codeChallenge'>,
): string {
  const code = newSecret(world, kind);
  const now = world.clock.now();
  world.state.codes[code] = { ...grant, issuedAt: now, expiresAt: now + world.settings.timing.authCodeLifetimeMs, used: false };
  return code;
}
