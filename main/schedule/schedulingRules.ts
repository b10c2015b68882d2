/**
 * The numbers scheduling decides by, each in one place. Values the reference marks UNCONFIRMED
 * say so; change them here and nowhere else.
 */

/** Transient errors: at most this many attempts in all, then the target fails with the reason. */
export const MAX_ATTEMPTS = 3;

/** Exponential backoff between attempts: base × 2^(attempt-1), capped, with full jitter. */
export const RETRY_BASE_DELAY_MS = 30_000;
export const RETRY_MAX_DELAY_MS = 15 * 60_000;

/** The watchdog re-reads the database this often, and compares wall and monotonic clocks. */
export const WATCHDOG_INTERVAL_MS = 60_000;
/** Wall time and monotonic time disagreeing by more than this means a sleep or a clock change. */
export const CLOCK_JUMP_THRESHOLD_MS = 30_000;

/**
 * Facebook's `scheduled_publish_time` window (platform-apis.md section 3): at least 10 minutes
 * ahead; at most 30 days is what current implementations enforce, the exact maximum is
 * UNCONFIRMED (older docs say 6 months).
 */
export const FACEBOOK_SCHEDULE_MIN_AHEAD_MS = 10 * 60_000;
export const FACEBOOK_SCHEDULE_MAX_AHEAD_MS = 30 * 24 * 60 * 60_000;
/** Hand over only with this margin above the minimum, so a slow upload cannot miss the window. */
export const FACEBOOK_HANDOFF_MARGIN_MS = 5 * 60_000;

/** The posting ledger's window: posts in the last 24 hours, per account. */
export const LEDGER_WINDOW_MS = 24 * 60 * 60_000;
/**
 * TikTok's per-creator posting cap: about 15 posts a day, varying by creator (platform-apis.md
 * 6.2). `creator_info` does not return it, so this is UNCONFIRMED and only a fallback.
 */
export const TIKTOK_DAILY_POSTS_FALLBACK = 15;
/** Instagram's limit when `content_publishing_limit` was never read: 50 per 24 hours (reference 2.2). */
export const INSTAGRAM_DAILY_POSTS_FALLBACK = 50;

/** Progress events reach the renderer and the tray at most this often per target. */
export const PROGRESS_EVENT_INTERVAL_MS = 250;

/** Several accounts publish at once, at most this many; one account's targets go one at a time. */
export const PUBLISH_LANES_MAX = 4;

/** A target that goes out more than this after its time is said to be late (timeline, calendar). */
export const LATE_AFTER_MS = 60_000;

/**
 * A post handed to Facebook is checked this long after its time (Facebook publishes within a
 * minute or so), then again at this interval, until it shows up or the deadline passes.
 */
export const HANDOFF_CHECK_DELAY_MS = 2 * 60_000;
export const HANDOFF_CONFIRM_DEADLINE_MS = 15 * 60_000;

/**
 * After a committing step (the post may be out), transient errors get this many more tries to
 * finish or confirm, before the owner is asked to check the platform: failing such a target could
 * make the owner publish it twice.
 */
export const COMMITTED_EXTRA_ATTEMPTS = 6;
