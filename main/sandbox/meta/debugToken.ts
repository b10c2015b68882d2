import { checkToken } from '../world/accessTokens';
import { authenticate, extractToken, grantedPermissions, tokenError } from './graphAuth';
import type { SpecialRoute } from './graphDispatcher';
import { GraphError } from './graphError';
import { readParams } from './graphParams';

/**
 * GET /debug_token?input_token=…&access_token=… (reference 1.6): needs an app token
 * (APP_ID|APP_SECRET) or a token of a developer of the app (the sandbox's user is one). An invalid
 * input token is reported inside `data` (is_valid false), not as an error.
 */
export const debugToken: SpecialRoute = (base) => {
  const { world } = base;
  const p = readParams(base.params, { input_token: { type: 'string', required: true } });
  const callerToken = extractToken(base.request, base.params);
  if (!callerToken) throw new GraphError({ code: 104, message: 'An access token is required to request this resource.' });
  authenticate(world, 'facebook', callerToken);
  const app = world.state.meta.app;
  const check = checkToken(world, p.input_token);
  const record = check.record;
  if (!record || record.platform !== 'meta') {
    const error = tokenError(world, { kind: 'unknown' }, app.id).init;
    return { data: { is_valid: false, error: { code: error.code, message: error.message }, scopes: [] } };
  }
  const scopes = [...grantedPermissions(world, record)];
  const user = world.state.meta.users[record.userId];
  const data: Record<string, unknown> = {
    app_id: record.appId,
    type: record.kind === 'page' ? 'PAGE' : record.kind === 'app' ? 'APP' : 'USER',
    application: app.name,
    data_access_expires_at: Math.floor((record.issuedAt + 90 * 24 * 3600 * 1000) / 1000),
    expires_at: record.expiresAt === null ? 0 : Math.floor(record.expiresAt / 1000),
    is_valid: check.ok,
    issued_at: Math.floor(record.issuedAt / 1000),
    scopes,
    granular_scopes: scopes
      .filter((scope) => scope.startsWith('pages_') || scope.startsWith('instagram_'))
      .map((scope) => ({ scope, target_ids: scope.startsWith('pages_') ? (user?.pageIds ?? []) : Object.keys(world.state.instagram.accounts) })),
    user_id: record.userId,
  };
  if (record.kind === 'page') data.profile_id = record.subjectId;
  if (!check.ok) {
    const error = tokenError(world, check.problem, app.id).init;
    data.error = { code: error.code, message: error.message, subcode: error.subcode };
  }
  return { data };
};
