import { grantedFromForm, renderConsentPage, renderErrorPage } from '../core/consentPage';
import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { htmlResponse, redirectResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import { splitScopes } from '../meta/metaPermissions';
import { issueAuthorizationCode } from '../world/authorizationCodes';
import { newSecret, type SandboxWorld } from '../world/sandboxWorld';
import { matchesRegisteredUri } from './tiktokRedirectUris';
import { tiktokScopes } from './tiktokScopes';

/**
 * www.tiktok.com/v2/auth/authorize/ (reference 6.1): client_key, scope (comma list),
 * response_type=code, redirect_uri (a registered desktop URI, `*` port allowed), state,
 * code_challenge and code_challenge_method=S256. PKCE is required for desktop apps; the challenge
 * is the hex SHA-256 of the verifier, checked when the code is exchanged. Allow redirects with
 * `code`, `scopes` and `state`; Cancel with error=access_denied.
 */
const PLATFORM = 'TikTok';
const PARAMS = new Set(['client_key', 'scope', 'response_type', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method', 'disable_auto_auth']);

class AuthorizeError extends Error {}

function redirectWith(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export function createTikTokAuthHost(world: SandboxWorld, fault: (status: number) => SandboxResponse): HostService {
  const router = new Router<(request: SandboxRequest) => SandboxResponse>();

  router.add('GET', '/v2/auth/authorize/', (request) => {
    const query = request.query;
    for (const key of query.keys()) if (!PARAMS.has(key)) throw new AuthorizeError(`Unknown parameter: ${key}.`);
    const app = world.state.tiktok.app;
    const clientKey = query.get('client_key');
    if (!clientKey || clientKey !== app.clientKey) throw new AuthorizeError('client_key: this app is not registered.');
    if (query.get('response_type') !== 'code') throw new AuthorizeError('response_type must be code.');
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!matchesRegisteredUri(redirectUri, app.redirectUris)) throw new AuthorizeError('redirect_uri: this redirect URI is not registered for the app.');
    const scopes = splitScopes(query.get('scope'));
    if (scopes.length === 0) throw new AuthorizeError('scope is required.');
    const unknown = scopes.filter((scope) => !(tiktokScopes as readonly string[]).includes(scope));
    if (unknown.length > 0) throw new AuthorizeError(`scope: ${unknown.join(', ')} is not a valid scope.`);
    const challenge = query.get('code_challenge');
    if (!challenge) throw new AuthorizeError('code_challenge is required for desktop apps (PKCE).');
    if ((query.get('code_challenge_method') ?? 'S256') !== 'S256') throw new AuthorizeError('code_challenge_method must be S256.');
    const user = Object.values(world.state.tiktok.users)[0];
    if (!user) throw new AuthorizeError('The sandbox has no TikTok user.');
    const consentId = newSecret(world, 'consentId');
    world.state.consents[consentId] = {
      platform: 'tiktok',
      appId: app.clientKey,
      userId: user.openId,
      redirectUri,
      state: query.get('state'),
      scopes,
      responseType: 'code',
      codeChallenge: { value: challenge, method: 'S256' },
      createdAt: world.clock.now(),
    };
    return htmlResponse(
      200,
      renderConsentPage({ platform: PLATFORM, appName: app.name, accountName: user.displayName, permissions: scopes, action: `${world.urls.tiktokAuth}/v2/auth/authorize/confirm`, consentId }),
    );
  });

  router.add('POST', '/v2/auth/authorize/confirm', (request) => {
    const fields = request.body.kind === 'form' ? request.body.fields : {};
    const consentId = typeof fields.consent_id === 'string' ? fields.consent_id : '';
    const consent = world.state.consents[consentId];
    if (!consent || consent.platform !== 'tiktok') throw new AuthorizeError('This authorization page is no longer valid. Start again.');
    delete world.state.consents[consentId];
    const state: Record<string, string> = consent.state === null ? {} : { state: consent.state };
    if (fields.decision !== 'allow') {
      return redirectResponse(redirectWith(consent.redirectUri, { error: 'access_denied', error_description: 'The user denied the request.', ...state }));
    }
    const granted = grantedFromForm(fields, consent.scopes);
    const code = issueAuthorizationCode(world, 'tiktokCode', {
      platform: 'tiktok',
      appId: consent.appId,
      userId: consent.userId,
      redirectUri: consent.redirectUri,
      scopes: granted,
      codeChallenge: consent.codeChallenge,
    });
    return redirectResponse(redirectWith(consent.redirectUri, { code, scopes: granted.join(','), ...state }));
  });

  return {
    async handle(request) {
      const match = router.match(request.method, request.path);
      if (match.kind !== 'found') return htmlResponse(404, renderErrorPage(PLATFORM, 'Page not found', `Nothing at ${request.path}.`));
      try {
        return match.handler(request);
      } catch (error) {
        if (error instanceof AuthorizeError) return htmlResponse(400, renderErrorPage(PLATFORM, 'Something went wrong', error.message));
        throw error;
      }
    },
    faultResponse: (chosen) => fault(chosen.kind === 'throttle' ? 429 : chosen.status),
  };
}
