import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import type { NetworkName } from '../../../../../main/platforms/platformFailure';
import type { PlatformHttp } from '../../../../../main/platforms/platformHttp';
import type { PlatformNetworks } from '../../../../../main/platforms/platformNetworks';
import type { PublishJob, StepContext } from '../../../../../main/platforms/publisher';

/** A step's world without HTTP: a clock that moves only when a step sleeps, and answers by URL. */
export function fakeStepContext(job: PublishJob, answer: (network: NetworkName, config: AxiosRequestConfig) => unknown) {
  let now = new Date('2026-01-15T09:00:00Z').getTime();
  const sleeps: number[] = [];
  const progress: number[] = [];
  const http = (network: NetworkName): PlatformHttp => ({
    network,
    axios: {} as AxiosInstance,
    async request(config, schema) {
      return schema.parse(answer(network, config));
    },
  });
  const networks: PlatformNetworks = {
    metaGraph: http('metaGraph'),
    metaUpload: http('metaUpload'),
    instagramGraph: http('instagramGraph'),
    instagramApi: http('instagramApi'),
    tiktokApi: http('tiktokApi'),
    tiktokUpload: http('tiktokUpload'),
  };
  const context: StepContext = {
    job,
    results: {},
    networks,
    credentials: { accessToken: async () => 'token', linkedPageAccessToken: async () => ({ pageId: 'page-1', accessToken: 'page-token' }), renew: async () => undefined },
    progress: (fraction) => progress.push(fraction),
    now: () => new Date(now),
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    signal: new AbortController().signal,
  };
  return { context, sleeps, progress, elapsed: () => now - new Date('2026-01-15T09:00:00Z').getTime() };
}

export function jobFor(overrides: Partial<PublishJob> = {}): PublishJob {
  return {
    targetId: 'target-1',
    postId: 'post-1',
    platform: 'instagram',
    postType: 'feed',
    caption: 'Fresh bread',
    media: [],
    options: { platform: 'instagram', shareToFeed: true, coverMediaId: null, thumbOffsetMs: null, altTexts: {}, firstComment: null },
    stripMetadata: true,
    account: { id: 'ig', platform: 'instagram', platformAccountId: '1784', loginPath: 'facebook_login', isDemo: true, displayName: '@rosiesbakery' },
    dueAt: new Date('2026-01-15T09:00:00Z'),
    ...overrides,
  };
}
