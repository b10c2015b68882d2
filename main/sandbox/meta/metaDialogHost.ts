import { grantedFromForm, renderConsentPage, renderErrorPage } from '../core/consentPage';
import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { htmlResponse, redirectResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import { issueToken } from '../world/accessTokens';
import { issueAuthorizationCode } from '../world/authorizationCodes';
import { newSecret, type SandboxWorld } from '../world/sandboxWorld';
import { metaPermissions, splitScopes } from './metaPermissions';

/**
 * www.facebook.com/{ver}/dialog/oauth: Facebook Login's manual flow (reference 1.1). Strict mode
 * (reference 1.2): the redirect URI must equal a registered one byte for byte. Allow redirects
 * with `code` and `state` (and Facebook's `#_=_`), Cancel with `error=access_denied`; with
 * response_type=token the token travels in the fragment.
 */
const PLATFORM = 'Facebook';
const DIALOG_PARAMS = new Set([
  'client_id',
  'redirect_uri',
  'state',
  'scope',
  'response_type',
  'auth_type',
  'display',
  'code_challenge',
  'code_challenge_method',
  'nonce',
  'return_scopes',
]);
const SHORT_LIVED_MS = 60 * 60 * 1000;
const DATA_ACCESS_MS = 90 * 24 * 60 * 60 * 1000;

class DialogError extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

function withQuery(base: string, params: Record<string, string>, fragment: string | null): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.toString()}${fragment === null ? '' : `#${fragment}`}`;
}

export function createMetaDialogHost(world: SandboxWorld, fault: (status: number) => SandboxResponse): HostService {
  const router = new Router<(request: SandboxRequest) => SandboxResponse>();

  function showDialog(request: SandboxRequest): SandboxResponse {
    const query = request.query;
    for (const key of query.keys()) {
      if (key === 'config_id') {
        throw new DialogError('Invalid configuration', 'This sandbox app has no Facebook Login for Business configuration; pass scope instead.');
      }
      if (!DIALOG_PARAMS.has(key)) throw new DialogError('Invalid parameter', `The parameter ${key} is not supported by the login dialog.`);
    }
    const app = world.state.meta.app;
    const clientId = query.get('client_id');
    if (!clientId) throw new DialogError('Invalid App ID', 'The parameter app_id is required');
    if (clientId !== app.id) throw new DialogError('Invalid App ID', 'The provided app ID does not look like a valid app ID.');
    const redirectUri = query.get('redirect_uri');
    if (!redirectUri) throw new DialogError('Invalid parameter', 'The parameter redirect_uri is required');
    if (!app.redirectUris.includes(redirectUri)) {
      throw new DialogError(
        'URL blocked',
        "This redirect failed because the redirect URI is not whitelisted in the app's Client OAuth Settings. Make sure Client and Web OAuth Login are on and add all your app domains as Valid OAuth Redirect URIs.",
      );
    }
    const responseType = query.get('response_type') ?? 'code';
    if (!['code', 'token', 'code token', 'token code'].includes(responseType)) {
      throw new DialogError('Invalid parameter', `response_type must be code, token or "code token" (got ${responseType}).`);
    }
    const requested = splitScopes(query.get('scope'));
    const invalid = requested.filter((scope) => !(metaPermissions as readonly string[]).includes(scope));
    if (invalid.length > 0) {
      throw new DialogError(
        'Invalid Scopes',
        `Invalid Scopes: ${invalid.join(', ')}. This message is only shown to developers. Please read the documentation for valid permissions at: https://developers.facebook.com/docs/facebook-login/permissions`,
      );
    }
    const challenge = query.get('code_challenge');
    const method = query.get('code_challenge_method') ?? (challenge ? 'S256' : null);
    if (method !== null && !['S256', 'plain'].includes(method)) throw new DialogError('Invalid parameter', 'code_challenge_method must be S256 or plain.');
    if (challenge !== null && !/^[A-Za-z0-9._~-]{43,128}$/.test(challenge)) {
      throw new DialogError('Invalid parameter', 'code_challenge must be 43-128 characters of [A-Za-z0-9-._~] (reference 1.3).');
    }
    const user = Object.values(world.state.meta.users)[0];
    if (!user) throw new DialogError('No user', 'The sandbox has no Facebook user.');
    const scopes = requested.includes('public_profile') ? requested : ['public_profile', ...requested];
    const consentId = newSecret(world, 'consentId');
    world.state.consents[consentId] = {
      platform: 'meta',
      appId: app.id,
      userId: user.id,
      redirectUri,
      state: query.get('state'),
      scopes,
      responseType,
      codeChallenge: challenge ? { value: challenge, method: method ?? 'S256' } : null,
      createdAt: world.clock.now(),
    };
    const action = `${world.urls.metaDialog}${request.path}/confirm`;
    return htmlResponse(200, renderConsentPage({ platform: PLATFORM, appName: app.name, accountName: user.name, permissions: scopes, action, consentId }));
  }

  function confirm(request: SandboxRequest): SandboxResponse {
    const fields = request.body.kind === 'form' ? request.body.fields : {};
    const consentId = typeof fields.consent_id === 'string' ? fields.consent_id : '';
    const consent = world.state.consents[consentId];
    if (!consent || consent.platform !== 'meta') throw new DialogError('Session expired', 'This login dialog is no longer valid. Start again.');
    delete world.state.consents[consentId];
    const state: Record<string, string> = consent.state === null ? {} : { state: consent.state };
    if (fields.decision !== 'allow') {
      // What Facebook sends when the person cancels (reference 1.1; issue 3: error=access_denied).
      return redirectResponse(
        withQuery(consent.redirectUri, { error: 'access_denied', error_code: '200', error_description: 'Permissions error', error_reason: 'user_denied', ...state }, '_=_'),
      );
    }
    const granted = grantedFromForm(fields, consent.scopes);
    const user = world.state.meta.users[consent.userId];
    if (!user) throw new DialogError('No user', 'The sandbox has no such user.');
    for (const scope of consent.scopes) user.permissions[scope] = granted.includes(scope) || scope === 'public_profile' ? 'granted' : 'declined';

    const now = world.clock.now();
    const query: Record<string, string> = { ...state };
    const fragment: Record<string, string> = {};
    if (consent.responseType.includes('code')) {
      const code = issueAuthorizationCode(world, 'metaCode', {
        platform: 'meta',
        appId: consent.appId,
        userId: consent.userId,
        redirectUri: consent.redirectUri,
        scopes: granted,
        codeChallenge: consent.codeChallenge,
      });
      query.code = code;
    }
    if (consent.responseType.includes('token')) {
      // Implicit flow: a short-lived user token of about an hour (reference 1.1).
      const { token } = issueToken(world, {
        platform: 'meta',
        kind: 'user',
        subjectId: consent.userId,
        userId: consent.userId,
        appId: consent.appId,
        lifetimeMs: SHORT_LIVED_MS,
        secretKind: 'metaUserToken',
      });
      Object.assign(fragment, {
        access_token: token,
        data_access_expiration_time: String(Math.floor((now + DATA_ACCESS_MS) / 1000)),
        expires_in: String(SHORT_LIVED_MS / 1000),
        ...state,
      });
    }
    const fragmentText = Object.keys(fragment).length > 0 ? new URLSearchParams(fragment).toString() : '_=_';
    return redirectResponse(withQuery(consent.redirectUri, query, fragmentText));
  }

  for (const prefix of ['/:version/dialog/oauth', '/dialog/oauth']) {
    router.add('GET', prefix, showDialog);
    router.add('POST', `${prefix}/confirm`, confirm);
  }

  return {
    async handle(request) {
      const match = router.match(request.method, request.path);
      if (match.kind !== 'found') return htmlResponse(404, renderErrorPage(PLATFORM, 'Page not found', `Nothing at ${request.path}.`));
      if (match.params.version !== undefined && !/^v\d+\.\d+$/.test(match.params.version)) {
        return htmlResponse(404, renderErrorPage(PLATFORM, 'Page not found', `Nothing at ${request.path}.`));
      }
      try {
        return match.handler({ ...request, routeParams: match.params });
      } catch (error) {
        if (error instanceof DialogError) return htmlResponse(400, renderErrorPage(PLATFORM, error.title, error.message));
        throw error;
      }
    },
    faultResponse: (chosen) => fault(chosen.kind === 'throttle' ? 429 : chosen.status),
  };
}
