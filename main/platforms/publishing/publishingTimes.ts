/**
 * How long publishers wait on the platforms and how often they look, in one place. None of the
 * platforms names a polling cadence for these waits (Meta's recommended container cadence is
 * UNCONFIRMED in the reference, 2.1), so these are Outpost's choices within the limits it knows.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** Look after `firstMs`, then twice as long each time up to `maxMs`; give up after `limitMs`. */
export interface PollCadence {
  firstMs: number;
  maxMs: number;
  limitMs: number;
}

/**
 * Instagram containers: images finish in seconds, videos in minutes (postiz polls every 30 s
 * [S59]). Half an hour of IN_PROGRESS means the container is stuck; a new one is the way out.
 */
export const INSTAGRAM_CONTAINER_POLL: PollCadence = { firstMs: 5 * SECOND, maxMs: 30 * SECOND, limitMs: 30 * MINUTE };

/** Facebook Page videos after the upload finished (processing, reference 3). */
export const FACEBOOK_VIDEO_POLL: PollCadence = { firstMs: 5 * SECOND, maxMs: 30 * SECOND, limitMs: 60 * MINUTE };

/**
 * TikTok's status fetch allows 30 calls a minute per token (6.2 [S84]); one every 5 to 15 s stays
 * far below it. Processing takes about a minute per GB (6.2).
 */
export const TIKTOK_STATUS_POLL: PollCadence = { firstMs: 5 * SECOND, maxMs: 15 * SECOND, limitMs: 30 * MINUTE };

/**
 * A public TikTok post's id is withheld until moderation ends, "usually < 1 min, sometimes
 * hours" (6.2 [S84]). Outpost waits this long for it (to store the link); after that the post
 * counts as published without one.
 */
export const TIKTOK_MODERATION_WAIT_MS = 10 * MINUTE;

/**
 * A TikTok photo post whose init answer was lost is looked for among the creator's posts
 * (`video/list`). TikTok pulls and processes the photos first, and a public post shows only after
 * moderation, so for this long after the photos were staged "not found" means "not yet"; after
 * it, the post is taken as never received and made again. UNCONFIRMED: that `video/list` lists
 * photo posts at all, and that one shows within this time (the reference says neither, 6.2, 6.3).
 */
export const TIKTOK_PHOTO_LISTING_WAIT_MS = TIKTOK_MODERATION_WAIT_MS;

/**
 * A lost answer is checked by looking for the post on the platform, made after the attempt
 * started. The platform's clock and this computer's may disagree; this much earlier still counts.
 */
export const PLATFORM_CLOCK_SKEW_MS = 5 * MINUTE;

/** Transient failures an upload resumes from within one step, before the engine's retries. */
export const UPLOAD_RESUMES = 3;
