import type { PlatformHttp } from '../../platforms/platformHttp';
import type { InsightsCallContext } from '../insightsSource';

/**
 * The Graph host of the account's login path with its token, as the publishers pick it
 * (main/platforms/meta/instagramTarget.ts): graph.facebook.com with the Page's token on the
 * Facebook Login path, graph.instagram.com with the Instagram token on the Instagram Login path.
 * Both serve the same insights, media and stories endpoints (4.1 [S40] [S45]).
 */
export interface InstagramInsightsCalls {
  graph: PlatformHttp;
  igUserId: string;
  accessToken: string;
}

export async function instagramInsightsCalls(context: InsightsCallContext): Promise<InstagramInsightsCalls> {
  const { account, networks } = context;
  return {
    graph: account.loginPath === 'instagram_login' ? networks.instagramGraph : networks.metaGraph,
    igUserId: account.platformAccountId,
    accessToken: await context.credentials.accessToken(),
  };
}
