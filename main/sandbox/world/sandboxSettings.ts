/**
 * The knobs of the simulation that tests and demo mode may want to change. Defaults are chosen so
 * that the flows look like the real ones (a video takes a while, an image a moment) while tests
 * move the sandbox clock instead of waiting.
 */
export interface SandboxTiming {
  /** How long an image container stays IN_PROGRESS (reference 2.1 step 2). */
  imageProcessingMs: number;
  /** How long a video container stays IN_PROGRESS once its bytes are in. */
  videoProcessingMs: number;
  /** Containers expire when not published within 24 h (reference 2.1). */
  containerLifetimeMs: number;
  /** How long a Page video is 'processing' after the upload finishes. */
  facebookVideoProcessingMs: number;
  /** TikTok: from the last byte to PUBLISH_COMPLETE / SEND_TO_USER_INBOX (reference 6.2: ~30 s). */
  tiktokProcessingMs: number;
  /** TikTok: moderation of public posts before the post id is given out (reference 6.2). */
  tiktokModerationMs: number;
  /** OAuth authorization codes stay usable this long. */
  authCodeLifetimeMs: number;
}

export interface SandboxLimits {
  /** The app's Platform budget per rolling hour (reference 5.3: 200 x daily active users). */
  appCallsPerHour: number;
  /** Each Page's or Instagram account's Business Use Case budget per rolling 24 h (reference 5.3). */
  businessCallsPerDay: number;
  /** media_publish: 50 per moving 24 h per account (reference 2.2). */
  instagramPublishesPerDay: number;
  /** Containers: 400 per rolling 24 h per account (reference 2.1). */
  instagramContainersPerDay: number;
}

export interface SandboxSettings {
  timing: SandboxTiming;
  limits: SandboxLimits;
  /** How long the sandbox waits for an image_url / video_url / file_url before giving up. */
  mediaFetchTimeoutMs: number;
}

export const defaultSettings: SandboxSettings = {
  timing: {
    imageProcessingMs: 2_000,
    videoProcessingMs: 30_000,
    containerLifetimeMs: 24 * 60 * 60 * 1000,
    facebookVideoProcessingMs: 20_000,
    tiktokProcessingMs: 30_000,
    tiktokModerationMs: 60_000,
    authCodeLifetimeMs: 10 * 60 * 1000,
  },
  limits: {
    appCallsPerHour: 200 * 25,
    businessCallsPerDay: 4_800 * 10,
    instagramPublishesPerDay: 50,
    instagramContainersPerDay: 400,
  },
  mediaFetchTimeoutMs: 10_000,
};

export interface SandboxSettingsOverrides {
  timing?: Partial<SandboxTiming>;
  limits?: Partial<SandboxLimits>;
  mediaFetchTimeoutMs?: number;
}

export function resolveSettings(overrides: SandboxSettingsOverrides = {}): SandboxSettings {
  return {
    timing: { ...defaultSettings.timing, ...overrides.timing },
    limits: { ...defaultSettings.limits, ...overrides.limits },
    mediaFetchTimeoutMs: overrides.mediaFetchTimeoutMs ?? defaultSettings.mediaFetchTimeoutMs,
  };
}
