import { checkToken, tokenFromAuthorization, type TokenProblem } from '../world/accessTokens';
import type { AccessTokenRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { headerValue, type SandboxRequest } from '../core/sandboxHttp';
import { GraphError, permissionError } from './graphError';
import type { GraphCall, GraphHost } from './graphNode';

/**
 * Token handling on Graph hosts. A token travels as `access_token` (query or body) or as an
 * `Authorization: OAuth|Bearer` header. Failures are code 190 with the subcodes of reference 5.1
 * (458 app removed, 460 password changed, 463 expired, 467 logged out).
 */
function formatFacebookDate(ms: number): string {
  const date = new Date(ms);
  const weekday = date.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
  const pad = (n: number) => String(n).padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${weekday}, ${pad(date.getUTCDate())}-${months[date.getUTCMonth()]}-${String(date.getUTCFullYear()).slice(2)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`;
}

export function tokenError(world: SandboxWorld, problem: TokenProblem, appId: string): GraphError {
  const wwwAuthenticate = (message: string) => ({ 'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${message}"` });
  switch (problem.kind) {
    case 'unknown': {
      const message = 'Invalid OAuth access token - Cannot parse access token';
      return new GraphError({ code: 190, message, headers: wwwAuthenticate(message) });
    }
    case 'expired': {
      const message = `Error validating access token: Session has expired on ${formatFacebookDate(problem.expiresAt)}. The current time is ${formatFacebookDate(world.clock.now())}.`;
      return new GraphError({ code: 190, subcode: 463, message, headers: wwwAuthenticate(message) });
    }
    case 'invalidated': {
      const messages: Record<string, string> = {
        app_removed: `Error validating access token: The user has not authorized application ${appId}.`,
        checkpointed: 'Error validating access token: The user is enrolled in a blocking, logged-in checkpoint',
        password_changed:
          'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
        logged_out: 'Error validating access token: The session is invalid because the user logged out.',
        refreshed: 'Error validating access token: The session was invalidated explicitly using an API call.',
      };
      const message = messages[problem.invalidation.reason] ?? 'Error validating access token.';
      return new GraphError({ code: 190, subcode: problem.invalidation.subcode, message, headers: wwwAuthenticate(message) });
    }
  }
}

export function extractToken(request: SandboxRequest, params: Record<string, unknown>): string | null {
  const fromParams = params.access_token;
  if (typeof fromParams === 'string' && fromParams !== '') return fromParams;
  return tokenFromAuthorization(headerValue(request, 'authorization'));
}

/**
 * Validates a token for a Graph host: graph.facebook.com takes Meta tokens, graph.instagram.com
 * takes Instagram Login tokens (reference 1.8); anything else cannot be parsed there.
 */
export function authenticate(world: SandboxWorld, host: GraphHost, token: string): AccessTokenRecord {
  const app = world.state.meta.app;
  if (host === 'facebook' && token === `${app.id}|${app.secret}`) return appTokenRecord(app.id);
  const check = checkToken(world, token);
  const expected = host === 'facebook' ? 'meta' : 'instagram';
  if (check.record && check.record.platform !== expected) throw tokenError(world, { kind: 'unknown' }, '');
  if (!check.ok) throw tokenError(world, check.problem, check.record?.appId ?? '');
  return check.record;
}

/** The permissions a Meta token carries now: the user's current grants (they can be revoked). */
export function grantedPermissions(world: SandboxWorld, auth: AccessTokenRecord): Set<string> {
  if (auth.platform === 'meta') {
    const user = world.state.meta.users[auth.userId];
    return new Set(Object.entries(user?.permissions ?? {}).filter(([, status]) => status === 'granted').map(([name]) => name));
  }
  return new Set(auth.scopes);
}

export function requireAuth(call: GraphCall): AccessTokenRecord {
  if (!call.auth) throw new GraphError({ code: 104, message: 'An access token is required to request this resource.' });
  return call.auth;
}

/** Every permission in `all` (reference 1.7 lists which feature needs which). */
export function requirePermissions(call: GraphCall, all: string[], code: 10 | 200 = 200): void {
  const auth = requireAuth(call);
  const granted = grantedPermissions(call.world, auth);
  const missing = all.filter((permission) => !granted.has(permission));
  if (missing.length > 0) {
    throw permissionError(code, `This endpoint requires the ${missing.map((name) => `'${name}'`).join(', ')} permission${missing.length > 1 ? 's' : ''}`);
  }
}

/** At least one of `any`. */
export function requireAnyPermission(call: GraphCall, any: string[], code: 10 | 200 = 200): void {
  const auth = requireAuth(call);
  const granted = grantedPermissions(call.world, auth);
  if (!any.some((permission) => granted.has(permission))) {
    throw permissionError(code, `This endpoint requires one of these permissions: ${any.join(', ')}`);
  }
}

/** `APP_ID|APP_SECRET` works as an app access token (reference 1.6). */
function appTokenRecord(appId: string): AccessTokenRecord {
  return {
    platform: 'meta',
    kind: 'app',
    subjectId: appId,
    userId: '',
    appId,
    scopes: [],
    issuedAt: 0,
    expiresAt: null,
    longLived: true,
    parentToken: null,
    invalidated: null,
  };
}
