/**
 * The shape of a row in a platform's error table: which failures it matches, what the caller
 * does about them, and what the owner reads (what happened, then what to do). Each platform's
 * table is read top to bottom and the first matching row wins.
 */

/** What the caller should do, and what it needs to do it. */
export type Outcome =
  | { kind: 'tokenInvalid'; reconnectNeeded: boolean }
  | { kind: 'permissionMissing' }
  | { kind: 'throttled'; scope: ThrottleScope; defaultWaitMs: number }
  | { kind: 'mediaRejected'; needsNewContainer: boolean }
  | { kind: 'transient'; needsNewContainer: boolean }
  | { kind: 'permanent' };

/** `app`: every account of the app waits; `account`: only the account (user, Page, creator). */
export type ThrottleScope = 'app' | 'account';

/** A value, or an inclusive range. */
export type Match = number | readonly [number, number];

/** What a row matches; every field given must match. The table decides the platform. */
export interface FailurePattern {
  httpStatus?: Match;
  code?: Match;
  subcode?: Match;
  errorCode?: string;
  isTransient?: true;
  transport?: readonly string[];
}

export interface ErrorRow {
  when: FailurePattern;
  outcome: Outcome;
  /** What happened, as a sentence the owner understands: the error's message. Never a raw code. */
  meaning: string;
  /** What the owner does about it, as a sentence: re-crop, re-encode, reconnect, wait, or nothing. */
  action: string;
  /** Where the fact comes from: reference tags, or the standard a generic row follows. */
  source: string;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const tokenInvalid = (reconnectNeeded: boolean): Outcome => ({ kind: 'tokenInvalid', reconnectNeeded });
export const permissionMissing: Outcome = { kind: 'permissionMissing' };
export const throttled = (scope: ThrottleScope, defaultWaitMs: number): Outcome => ({ kind: 'throttled', scope, defaultWaitMs });
export const mediaRejected = (needsNewContainer: boolean): Outcome => ({ kind: 'mediaRejected', needsNewContainer });
export const transient = (needsNewContainer = false): Outcome => ({ kind: 'transient', needsNewContainer });
export const permanent: Outcome = { kind: 'permanent' };
