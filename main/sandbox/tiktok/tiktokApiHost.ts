import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import type { FaultPlan } from '../faults/faultPlan';
import type { MediaFetcher } from '../media/mediaFetcher';
import type { SandboxWorld } from '../world/sandboxWorld';
import { creatorInfo } from './creatorInfo';
import { initPhotoPost } from './photoInit';
import { publishStatus } from './publishStatus';
import { apiFailure, apiSuccess, oauthFailure, TikTokApiError, TikTokOAuthError } from './tiktokErrors';
import { exchangeToken, revokeToken } from './tiktokTokens';
import { userInfo } from './userInfo';
import { initVideo } from './videoInit';
import { listVideos, queryVideos } from './videoQuery';

/**
 * open.tiktokapis.com: OAuth (token, revoke) answer in the OAuth shape; everything else in the
 * API v2 shape. Paths keep TikTok's trailing slash; a path without it is not found.
 */
type Handler = (request: SandboxRequest) => unknown;

export function createTikTokApiHost(world: SandboxWorld, faults: FaultPlan, fetcher: MediaFetcher): HostService {
  const oauth = new Router<Handler>()
    .add('POST', '/v2/oauth/token/', (request) => exchangeToken(world, request))
    .add('POST', '/v2/oauth/revoke/', (request) => revokeToken(world, request));
  const api = new Router<Handler>()
    .add('GET', '/v2/user/info/', (request) => userInfo(world, request))
    .add('POST', '/v2/post/publish/creator_info/query/', (request) => creatorInfo(world, request))
    .add('POST', '/v2/post/publish/video/init/', (request) => initVideo(world, faults, fetcher, request, 'direct'))
    .add('POST', '/v2/post/publish/inbox/video/init/', (request) => initVideo(world, faults, fetcher, request, 'inbox'))
    .add('POST', '/v2/post/publish/content/init/', (request) => initPhotoPost(world, faults, fetcher, request))
    .add('POST', '/v2/post/publish/status/fetch/', (request) => publishStatus(world, request))
    .add('POST', '/v2/video/query/', (request) => queryVideos(world, request))
    .add('POST', '/v2/video/list/', (request) => listVideos(world, request));

  const isOAuth = (request: SandboxRequest) => request.path.startsWith('/v2/oauth/');

  return {
    async handle(request): Promise<SandboxResponse> {
      try {
        const oauthMatch = oauth.match(request.method, request.path);
        if (oauthMatch.kind === 'found') return jsonResponse(200, await oauthMatch.handler(request));
        if (oauthMatch.kind === 'method-not-allowed') throw new TikTokOAuthError('invalid_request', `Use ${oauthMatch.allowed.join(' or ')}.`, 405);
        const match = api.match(request.method, request.path);
        if (match.kind === 'not-found') throw new TikTokApiError('invalid_params', `Unknown endpoint ${request.path} (TikTok paths end with '/').`, 404);
        if (match.kind === 'method-not-allowed') throw new TikTokApiError('invalid_params', `Use ${match.allowed.join(' or ')} for ${request.path}.`, 405);
        return apiSuccess(world, await match.handler(request));
      } catch (error) {
        if (error instanceof TikTokOAuthError) return oauthFailure(world, error);
        if (error instanceof TikTokApiError) return apiFailure(world, error);
        throw error;
      }
    },
    faultResponse(fault, request) {
      if (isOAuth(request)) {
        return oauthFailure(world, fault.kind === 'throttle' ? new TikTokOAuthError('rate_limit_exceeded', 'Too many requests.', 429) : new TikTokOAuthError('server_error', 'Something went wrong.', fault.status));
      }
      if (fault.kind === 'throttle') return apiFailure(world, new TikTokApiError('rate_limit_exceeded', 'The API rate limit was exceeded. Please try again later.'));
      if (fault.kind === 'tokenExpired') return apiFailure(world, new TikTokApiError('access_token_invalid', 'The access token is invalid or not found in the request.'));
      return apiFailure(world, new TikTokApiError('internal_error', 'Something went wrong. Please retry.', fault.status));
    },
  };
}
