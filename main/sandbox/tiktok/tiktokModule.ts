import { renderErrorPage } from '../core/consentPage';
import type { HostService } from '../core/hostService';
import { htmlResponse } from '../core/sandboxHttp';
import type { GraphServices } from '../meta/graphNode';
import { demoIds } from '../world/demoWorld';
import type { Settler } from '../world/settleWorld';
import { settleTikTok } from './settleTikTok';
import { createTikTokApiHost } from './tiktokApiHost';
import { createTikTokAuthHost } from './tiktokAuthHost';
import { tiktokScopes } from './tiktokScopes';
import { issueTikTokTokens, type TikTokTokenResponse } from './tiktokTokens';
import { createTikTokUploadHost } from './uploadHost';

/** TikTok Login Kit for Desktop and the Content Posting API (reference 6). */
export interface TikTokModule {
  apiHost: HostService;
  authHost: HostService;
  uploadHost: HostService;
  settlers: Settler[];
  issueTokens(scopes: string[] | undefined, openId?: string): TikTokTokenResponse;
}

export function createTikTokModule(services: GraphServices): TikTokModule {
  const { world, faults, fetcher } = services;
  return {
    apiHost: createTikTokApiHost(world, faults, fetcher),
    authHost: createTikTokAuthHost(world, (status) => htmlResponse(status, renderErrorPage('TikTok', 'Something went wrong', 'Please try again later.'))),
    uploadHost: createTikTokUploadHost(world, faults),
    settlers: [settleTikTok],
    issueTokens: (scopes, openId) => issueTikTokTokens(world, openId ?? demoIds.tiktokOpenId, scopes ?? [...tiktokScopes]),
  };
}
