import { DomainError } from '../../errors/domainError';
import type { PlatformHttp } from '../platformHttp';
import type { StepContext } from '../publisher';
import type { PageHost } from './pageStaging';

/**
 * What every Instagram step calls with: the Graph host of the account's login path with its token
 * (both hosts serve the same container, publish, limit and media endpoints, 2), graph.facebook.com
 * with the Page's token on the Facebook Login path and graph.instagram.com with the Instagram
 * token on the Instagram Login path; rupload.facebook.com for video bytes (Facebook Login only, 2.3).
 */
export interface InstagramCalls {
  graph: PlatformHttp;
  upload: PlatformHttp;
  igUserId: string;
  accessToken: string;
}

export async function instagramCalls(context: StepContext): Promise<InstagramCalls> {
  const { networks, job } = context;
  return {
    graph: job.account.loginPath === 'instagram_login' ? networks.instagramGraph : networks.metaGraph,
    upload: networks.metaUpload,
    igUserId: job.account.platformAccountId,
    accessToken: await context.credentials.accessToken(),
  };
}

/** The Facebook Page linked to the Instagram account, which hosts its photos for Instagram. */
export async function linkedPageHost(context: StepContext): Promise<PageHost> {
  const page = await context.credentials.linkedPageAccessToken();
  if (!page) {
    throw new DomainError(
      'POST_NOT_READY',
      `Outpost cannot find the Facebook Page linked to ${context.job.account.displayName}, which it needs to hand photos to Instagram.`,
      'Reconnect the Instagram account through its Facebook Page in Accounts, then try again.',
    );
  }
  return { pageId: page.pageId, pageAccessToken: page.accessToken };
}
