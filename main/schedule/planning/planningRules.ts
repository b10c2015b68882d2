/**
 * The numbers planning decides by. They sit beside the engine's (../schedulingRules.ts) but are
 * only about what the owner may ask for, not about how publishing runs.
 */

/**
 * A time the owner picks may be this far in the past and still count as "now": the renderer's
 * clock and main's can differ a little, and a click takes time to arrive.
 */
export const PAST_TOLERANCE_MS = 60_000;

/** "Add to queue" takes a slot strictly later than now plus this, so it is never due at once. */
export const QUEUE_MIN_LEAD_MS = 60_000;

/** "Add to queue" looks this many weeks ahead for a free slot before saying none is free. */
export const QUEUE_SEARCH_WEEKS = 8;

/** The quit dialog and the tray list posts needing the app that are due within this window. */
export const DUE_SOON_WINDOW_MS = 24 * 60 * 60_000;
