import { checkToken, issueToken } from '../world/accessTokens';
import { extractToken, tokenError } from '../meta/graphAuth';
import type { SpecialRoute } from '../meta/graphDispatcher';
import { GraphError, invalidParameter } from '../meta/graphError';
import { readParams } from '../meta/graphParams';
import { LONG_LIVED_SECONDS } from '../meta/oauthAccessToken';

/**
 * graph.instagram.com token upkeep (reference 1.8):
 *   GET /access_token?grant_type=ig_exchange_token&client_secret&access_token  short -> 60 days (needs the secret);
 *   GET /refresh_access_token?grant_type=ig_refresh_token&access_token         a long-lived token at least
 *       24 hours old and not expired -> a new one valid 60 days from now (no secret).
 * An expired token can be neither exchanged nor refreshed (190/463).
 */
const DAY_MS = 24 * 60 * 60 * 1000;

function currentToken(call: Parameters<SpecialRoute>[0]) {
  const token = extractToken(call.request, call.params);
  if (!token) throw new GraphError({ code: 104, message: 'An access token is required to request this resource.' });
  const check = checkToken(call.world, token);
  if (!check.record || check.record.platform !== 'instagram' || check.record.kind !== 'user') throw tokenError(call.world, { kind: 'unknown' }, '');
  if (!check.ok) throw tokenError(call.world, check.problem, check.record.appId);
  return check.record;
}

function longLived(call: Parameters<SpecialRoute>[0], userId: string, scopes: string[]) {
  const { token } = issueToken(call.world, {
    platform: 'instagram',
    kind: 'user',
    subjectId: userId,
    userId,
    appId: call.world.state.instagram.app.id,
    scopes,
    lifetimeMs: LONG_LIVED_SECONDS * 1000,
    longLived: true,
    secretKind: 'instagramToken',
  });
  return { access_token: token, token_type: 'bearer', expires_in: LONG_LIVED_SECONDS };
}

export const exchangeInstagramToken: SpecialRoute = (call) => {
  const p = readParams(call.params, { grant_type: { type: 'enum', values: ['ig_exchange_token'], required: true }, client_secret: { type: 'string', required: true } });
  if (p.client_secret !== call.world.state.instagram.app.secret) throw new GraphError({ code: 1, message: 'Error validating client secret.', isTransient: false });
  const record = currentToken(call);
  if (record.longLived) throw invalidParameter('(#100) This token is already long-lived; refresh it with refresh_access_token instead');
  return longLived(call, record.userId, record.scopes);
};

export const refreshInstagramToken: SpecialRoute = (call) => {
  readParams(call.params, { grant_type: { type: 'enum', values: ['ig_refresh_token'], required: true } });
  const record = currentToken(call);
  if (!record.longLived) throw invalidParameter('(#100) Only long-lived tokens can be refreshed; exchange the short-lived token first');
  if (call.world.clock.now() - record.issuedAt < DAY_MS) {
    throw invalidParameter('(#100) The access token can only be refreshed once it is at least 24 hours old', {
      userTitle: 'Token too new',
      userMessage: 'Refresh long-lived tokens after they are 24 hours old and before they expire.',
    });
  }
  return longLived(call, record.userId, record.scopes);
};
