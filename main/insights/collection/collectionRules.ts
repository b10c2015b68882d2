/**
 * The numbers insight collection runs on, in one place.
 */

/** The start-up catch-up waits this long, after token upkeep's first pass (5 s), so opening Outpost stays quick. */
export const INSIGHTS_START_DELAY_MS = 10_000;

/** The daily account run: 03:00 in the owner's time zone, after token upkeep's 02:00 pass. */
export const DAILY_RUN_AT = { hour: 3, minute: 0 } as const;

/** On start, an account's days are collected again when its last collection is older than this. */
export const DAILY_RUN_STALE_MS = 24 * 60 * 60_000;

/** How far back an account's days go the first time (Instagram keeps 30 days, reference 4.2). */
export const FIRST_DAYS_BACK = 30;

/**
 * Each daily run reads the last few days again: a day read while it was still running is read
 * whole, and platforms revise days for up to 48 hours (reference 4.1, 4.2); a revised day replaces
 * the stored one.
 */
export const DAYS_REVISITED = 3;

/** A measurement that failed for a passing reason (a 5xx, the network) is tried again this much later. */
export const TRANSIENT_RETRY_MS = 15 * 60_000;

/** Accounts measured at the same time; each account makes one call at a time. */
export const PARALLEL_ACCOUNTS = 3;
