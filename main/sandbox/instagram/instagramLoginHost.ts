import { grantedFromForm, renderConsentPage, renderErrorPage } from '../core/consentPage';
import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { htmlResponse, jsonResponse, redirectResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import { splitScopes } from '../meta/metaPermissions';
import { issueToken } from '../world/accessTokens';
import { issueAuthorizationCode } from '../world/authorizationCodes';
import { newSecret, type SandboxWorld } from '../world/sandboxWorld';

/**
 * api.instagram.com for Instagram API with Instagram Login (reference 1.8):
 *   GET  /oauth/authorize?client_id&redirect_uri&response_type=code&scope&state  -> consent page;
 *        Allow redirects with state and code, and Meta's `#_` after the code (strip it);
 *   POST /oauth/access_token (form: client_id, client_secret, grant_type=authorization_code,
 *        redirect_uri, code) -> {"access_token","user_id","permissions"}, a 1-hour token.
 * Errors here use the Instagram shape {"error_type","code","error_message"}. Scopes are the
 * instagram_business_* names; the old business_* names were removed on 2025-01-27.
 */
export const instagramLoginScopes = [
  'instagram_business_basic',
  'instagram_business_content_publish',
  'instagram_business_manage_comments',
  'instagram_business_manage_messages',
  'instagram_business_manage_insights',
] as const;

const PLATFORM = 'Instagram';
const AUTHORIZE_PARAMS = new Set(['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'enable_fb_login', 'force_reauth', 'force_authentication']);
const SHORT_LIVED_MS = 60 * 60 * 1000;

class PageError extends Error {}

class InstagramOAuthError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly errorType = 'OAuthException',
  ) {
    super(message);
  }
}

export function createInstagramLoginHost(world: SandboxWorld, fault: (status: number) => SandboxResponse): HostService {
  const pages = new Router<(request: SandboxRequest) => SandboxResponse>();
  const api = new Router<(request: SandboxRequest) => unknown>();

  pages.add('GET', '/oauth/authorize', (request) => {
    const query = request.query;
    for (const key of query.keys()) if (!AUTHORIZE_PARAMS.has(key)) throw new PageError(`Invalid parameter: ${key}`);
    const app = world.state.instagram.app;
    if (query.get('client_id') !== app.id) throw new PageError('Invalid app ID');
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!app.redirectUris.includes(redirectUri)) throw new PageError('Invalid redirect_uri: it must match a redirect URI registered for the app exactly.');
    if (query.get('response_type') !== 'code') throw new PageError('response_type must be code');
    const scopes = splitScopes(query.get('scope'));
    const invalid = scopes.filter((scope) => !(instagramLoginScopes as readonly string[]).includes(scope));
    if (scopes.length === 0 || invalid.length > 0) throw new PageError(`Invalid Scopes: ${invalid.join(', ') || '(none given)'}`);
    const account = Object.values(world.state.instagram.accounts)[0];
    if (!account) throw new PageError('The sandbox has no Instagram account.');
    const consentId = newSecret(world, 'consentId');
    world.state.consents[consentId] = {
      platform: 'instagram',
      appId: app.id,
      userId: account.id,
      redirectUri,
      state: query.get('state'),
      scopes,
      responseType: 'code',
      codeChallenge: null,
      createdAt: world.clock.now(),
    };
    return htmlResponse(
      200,
      renderConsentPage({ platform: PLATFORM, appName: 'Outpost Sandbox', accountName: `@${account.username}`, permissions: scopes, action: `${world.urls.instagramApi}/oauth/authorize/confirm`, consentId }),
    );
  });

  pages.add('POST', '/oauth/authorize/confirm', (request) => {
    const fields = request.body.kind === 'form' ? request.body.fields : {};
    const consentId = typeof fields.consent_id === 'string' ? fields.consent_id : '';
    const consent = world.state.consents[consentId];
    if (!consent || consent.platform !== 'instagram') throw new PageError('This login page is no longer valid. Start again.');
    delete world.state.consents[consentId];
    const url = new URL(consent.redirectUri);
    if (consent.state !== null) url.searchParams.set('state', consent.state);
    if (fields.decision !== 'allow') {
      url.searchParams.set('error', 'access_denied');
      url.searchParams.set('error_reason', 'user_denied');
      url.searchParams.set('error_description', 'The user denied your request.');
      return redirectResponse(url.toString());
    }
    const granted = grantedFromForm(fields, consent.scopes);
    const code = issueAuthorizationCode(world, 'instagramCode', {
      platform: 'instagram',
      appId: consent.appId,
      userId: consent.userId,
      redirectUri: consent.redirectUri,
      scopes: granted,
      codeChallenge: null,
    });
    url.searchParams.set('code', code);
    return redirectResponse(`${url.toString()}#_`);
  });

  api.add('POST', '/oauth/access_token', (request) => {
    if (request.body.kind !== 'form') throw new InstagramOAuthError('The body must be application/x-www-form-urlencoded');
    const fields = request.body.fields;
    const allowed = ['client_id', 'client_secret', 'grant_type', 'redirect_uri', 'code'];
    for (const key of Object.keys(fields)) if (!allowed.includes(key)) throw new InstagramOAuthError(`Unknown parameter: ${key}`);
    const value = (name: string) => {
      const raw = fields[name];
      if (typeof raw !== 'string' || raw === '') throw new InstagramOAuthError(`You must provide a ${name}`);
      return raw;
    };
    const app = world.state.instagram.app;
    if (value('client_id') !== app.id) throw new InstagramOAuthError('Invalid Client ID');
    if (value('client_secret') !== app.secret) throw new InstagramOAuthError('Error validating client secret.');
    if (value('grant_type') !== 'authorization_code') throw new InstagramOAuthError('Unsupported grant type');
    const grant = world.state.codes[value('code')];
    if (!grant || grant.platform !== 'instagram') throw new InstagramOAuthError('Invalid authorization code');
    if (grant.redirectUri !== value('redirect_uri')) {
      throw new InstagramOAuthError('Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request');
    }
    if (grant.used) throw new InstagramOAuthError('This authorization code has been used');
    if (grant.expiresAt <= world.clock.now()) throw new InstagramOAuthError('This authorization code has expired');
    grant.used = true;
    const { token } = issueToken(world, {
      platform: 'instagram',
      kind: 'user',
      subjectId: grant.userId,
      userId: grant.userId,
      appId: app.id,
      scopes: grant.scopes,
      lifetimeMs: SHORT_LIVED_MS,
      secretKind: 'instagramToken',
    });
    return { access_token: token, user_id: grant.userId, permissions: grant.scopes.join(',') };
  });

  return {
    async handle(request) {
      const page = pages.match(request.method, request.path);
      if (page.kind === 'found') {
        try {
          return page.handler(request);
        } catch (error) {
          if (error instanceof PageError) return htmlResponse(400, renderErrorPage(PLATFORM, 'Error', error.message));
          throw error;
        }
      }
      const match = api.match(request.method, request.path);
      try {
        if (match.kind === 'not-found') throw new InstagramOAuthError(`Unknown endpoint ${request.path}`, 404, 'IGApiException');
        if (match.kind === 'method-not-allowed') throw new InstagramOAuthError(`Use ${match.allowed.join(' or ')}`, 405, 'IGApiException');
        return jsonResponse(200, match.handler(request));
      } catch (error) {
        if (error instanceof InstagramOAuthError) return jsonResponse(error.status, { error_type: error.errorType, code: error.status, error_message: error.message });
        throw error;
      }
    },
    faultResponse(chosen, request) {
      if (request.path === '/oauth/authorize') return fault(chosen.kind === 'throttle' ? 429 : chosen.status);
      if (chosen.kind === 'throttle') {
        return jsonResponse(429, { error_type: 'OAuthRateLimitException', code: 429, error_message: 'The maximum number of requests per hour has been exceeded.' });
      }
      return jsonResponse(chosen.status, { error_type: 'APIError', code: chosen.status, error_message: 'An unexpected error has occurred. Please retry your request later.' });
    },
  };
}
