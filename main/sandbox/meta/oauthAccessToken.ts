import { checkToken, issueToken } from '../world/accessTokens';
import { tokenError } from './graphAuth';
import type { SpecialRoute } from './graphDispatcher';
import { GraphError, invalidParameter } from './graphError';
import { readParams } from './graphParams';
import { secretlessScopes } from './metaPermissions';
import { verifierMatches } from './pkce';

/**
 * graph.facebook.com/{ver}/oauth/access_token (GET or POST):
 *  - code exchange: client_id, redirect_uri (identical to the dialog's), client_secret, code
 *    (reference 1.1); with PKCE, the secret may be left out only for openid-style scopes
 *    (reference 1.3), and a code_verifier without a challenge is refused with code 1;
 *  - grant_type=fb_exchange_token: short-lived -> long-lived (~60 days, expires_in 5183944),
 *    needs the secret, and an expired token cannot be exchanged (reference 1.4);
 *  - grant_type=client_credentials: the app token.
 * Code exchange returns a short-lived (1 h) token; extending it is the client's job.
 */
const SHORT_LIVED_MS = 60 * 60 * 1000;
export const LONG_LIVED_SECONDS = 5_183_944;

export const oauthAccessToken: SpecialRoute = (call) => {
  const { world } = call;
  const app = world.state.meta.app;
  const p = readParams(call.params, {
    client_id: { type: 'string' },
    client_secret: { type: 'string' },
    redirect_uri: { type: 'string' },
    code: { type: 'string' },
    code_verifier: { type: 'string' },
    grant_type: { type: 'enum', values: ['authorization_code', 'fb_exchange_token', 'client_credentials'] },
    fb_exchange_token: { type: 'string' },
  });
  if (!p.client_id) throw new GraphError({ code: 101, message: 'Missing client_id parameter.' });
  if (p.client_id !== app.id) throw new GraphError({ code: 101, message: 'Error validating application. Invalid application ID.' });
  const checkSecret = (required: boolean) => {
    if (p.client_secret === undefined) {
      if (required) throw new GraphError({ code: 1, status: 400, message: 'Missing client_secret parameter.', isTransient: false });
      return;
    }
    if (p.client_secret !== app.secret) throw new GraphError({ code: 1, status: 400, message: 'Error validating client secret.', isTransient: false });
  };

  if (p.grant_type === 'client_credentials') {
    checkSecret(true);
    return { access_token: `${app.id}|${app.secret}`, token_type: 'bearer' };
  }

  if (p.grant_type === 'fb_exchange_token') {
    checkSecret(true);
    if (!p.fb_exchange_token) throw invalidParameter('Missing fb_exchange_token parameter.');
    const check = checkToken(world, p.fb_exchange_token);
    if (!check.record || check.record.platform !== 'meta' || check.record.kind !== 'user') throw tokenError(world, { kind: 'unknown' }, app.id);
    if (!check.ok) throw tokenError(world, check.problem, app.id);
    const { token } = issueToken(world, {
      platform: 'meta',
      kind: 'user',
      subjectId: check.record.userId,
      userId: check.record.userId,
      appId: app.id,
      lifetimeMs: LONG_LIVED_SECONDS * 1000,
      longLived: true,
      secretKind: 'metaUserToken',
    });
    return { access_token: token, token_type: 'bearer', expires_in: LONG_LIVED_SECONDS };
  }

  if (!p.redirect_uri) throw invalidParameter('Missing redirect_uri parameter.');
  if (!p.code) throw invalidParameter('Missing code parameter.');
  const grant = world.state.codes[p.code];
  if (!grant || grant.platform !== 'meta') throw invalidParameter('Invalid verification code format.');
  if (grant.redirectUri !== p.redirect_uri) {
    throw invalidParameter(
      'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
      { subcode: 36008 },
    );
  }
  if (grant.used) throw invalidParameter('This authorization code has been used.', { subcode: 36009 });
  if (grant.expiresAt <= world.clock.now()) throw invalidParameter('This authorization code has expired.', { subcode: 36007 });

  if (p.code_verifier !== undefined && !grant.codeChallenge) {
    throw new GraphError({ code: 1, message: 'code_verifier param is provided without a code_challenge in authorization request.', isTransient: false });
  }
  if (grant.codeChallenge) {
    if (p.code_verifier === undefined || !verifierMatches(p.code_verifier, grant.codeChallenge, 'base64url')) {
      throw invalidParameter('Invalid code verifier.');
    }
  }
  const secretless = grant.codeChallenge !== null && grant.scopes.every((scope) => secretlessScopes.has(scope));
  checkSecret(!secretless);

  grant.used = true;
  const { token } = issueToken(world, {
    platform: 'meta',
    kind: 'user',
    subjectId: grant.userId,
    userId: grant.userId,
    appId: app.id,
    lifetimeMs: SHORT_LIVED_MS,
    secretKind: 'metaUserToken',
  });
  return { access_token: token, token_type: 'bearer', expires_in: SHORT_LIVED_MS / 1000 };
};
