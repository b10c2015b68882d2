import type { TargetOptions } from '../../../preload/contract';
import type { PublishJob } from '../publisher';

/**
 * What the owner chose for a TikTok post that videos and photo posts send alike (6.2 [S79] [S83]):
 * who may see it, comments, and the commercial-content disclosure, which only counts when the
 * owner said the post promotes something.
 */
export function postChoicesOf(job: PublishJob) {
  const options = tiktokOptionsOf(job);
  if (options.privacyLevel === null) throw new Error(`Target ${job.targetId} has no TikTok privacy level.`);
  const commercial = options.discloseCommercialContent;
  return {
    privacyLevel: options.privacyLevel,
    disableComment: !options.allowComments,
    brandContentToggle: commercial && options.brandedContent,
    brandOrganicToggle: commercial && options.promotesOwnBusiness,
  };
}

export function tiktokOptionsOf(job: PublishJob): Extract<TargetOptions, { platform: 'tiktok' }> {
  if (job.options.platform !== 'tiktok') throw new Error(`Target ${job.targetId} has no TikTok options.`);
  return job.options;
}
