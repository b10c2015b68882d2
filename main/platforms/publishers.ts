import type { Platform } from '../../preload/contract';
import type { AccountsRepository } from '../accounts/accountsRepository';
import type { PublishingLimits } from '../accounts/publishingLimits';
import type { MediaLibrary } from '../media/mediaLibrary';
import { createFacebookPublisher } from './meta/facebookPublisher';
import { createInstagramPublisher } from './meta/instagramPublisher';
import type { Publisher } from './publisher';
import type { JobCheckSources } from './publishing/jobCheck';
import type { StagingBucket } from './staging/mediaStagingHost';
import { createTikTokPublisher } from './tiktok/tiktokPublisher';

export interface PublishersDeps {
  /** The stored probes the last check validates with, and a reel cover's file. */
  library: Pick<MediaLibrary, 'itemsByIds' | 'filePath'>;
  /** The account as validation sees it; TikTok's creator settings as read before each post. */
  accounts: Pick<AccountsRepository, 'get' | 'setTikTokCreator'>;
  /** Instagram's `content_publishing_limit` as read before each post. */
  publishingLimits: Pick<PublishingLimits, 'record'>;
  /**
   * The owner's storage bucket (main/staging/), read afresh at each step: Instagram's photos (and,
   * on Instagram Login, its videos) and TikTok's photo posts wait there for the platform to fetch them.
   */
  stagingBucket: StagingBucket;
}

/** One publisher per platform, for the scheduling engine (main/platforms/publisher.ts). */
export function createPublishers(deps: PublishersDeps): Record<Platform, Publisher> {
  const sources: JobCheckSources = { library: deps.library, account: (id) => deps.accounts.get(id)?.summary, staging: deps.stagingBucket };
  const { stagingBucket } = deps;
  return {
    instagram: createInstagramPublisher({ ...sources, publishingLimits: deps.publishingLimits, stagingBucket }),
    facebook: createFacebookPublisher(sources),
    tiktok: createTikTokPublisher({ ...sources, stagingBucket, recordCreator: (accountId, settings) => deps.accounts.setTikTokCreator(accountId, settings) }),
  };
}
