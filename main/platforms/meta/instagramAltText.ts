import type { PublishJob, PublishMedia } from '../publisher';

/**
 * Whether carousel photos carry `alt_text` too. UNCONFIRMED: platform-apis.md 2.1 lists
 * `alt_text` (since 2025-03-24, images only; reels and stories not supported) among the image
 * container's parameters, beside `is_carousel_item`, but says nothing of carousel items in so
 * many words. Sent, since a carousel photo is an image container; false stops it in one edit.
 */
export const ALT_TEXT_ON_CAROUSEL_ITEMS = true;

/**
 * The owner's description of a photo, for people using screen readers (InstagramOptions.altTexts,
 * by media id), trimmed; undefined when there is none, for a video, or where Instagram takes none
 * (stories; carousels unless ALT_TEXT_ON_CAROUSEL_ITEMS).
 */
export function altTextOf(job: PublishJob, media: PublishMedia): string | undefined {
  const { options } = job;
  if (options.platform !== 'instagram' || media.kind !== 'image') return undefined;
  if (job.postType !== 'feed' && !(job.postType === 'carousel' && ALT_TEXT_ON_CAROUSEL_ITEMS)) return undefined;
  const text = options.altTexts[media.id]?.trim() ?? '';
  return text === '' ? undefined : text;
}
