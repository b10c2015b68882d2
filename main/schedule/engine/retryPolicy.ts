import type { ErrorCode, TargetProblem } from '../../../preload/contract';
import { redactSecrets } from '../../diagnostics/redactSecrets';
import { DomainError } from '../../errors/domainError';
import { BucketError } from '../../staging/bucketErrors';
import type { ThrottleScope } from '../../platforms/errorClassification';
import {
  MediaRejectedError,
  PermissionMissingError,
  PlatformError,
  ThrottledError,
  TokenInvalidError,
  TransientError,
} from '../../platforms/platformErrors';
import { COMMITTED_EXTRA_ATTEMPTS, MAX_ATTEMPTS, RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS } from '../schedulingRules';

/** A failure in the owner's words, and the platform's raw identifiers for the timeline's `detail`. */
export interface DescribedFailure {
  code: ErrorCode;
  message: string;
  action: string | null;
  detail: string | null;
}

/**
 * What to do after an attempt failed:
 *  - `retry`: wait until `at`, then try again; `giveBack` returns the attempt (it was not the
 *    platform failing), `startOver` drops the earlier steps' results (a new Instagram container);
 *  - `throttle`: the platform asked to slow down; wait until `until` (not counted as an attempt),
 *    and so does every target of the same account or app (`scope`);
 *  - `needsAttention`: only the owner can fix it (reconnect); the account is marked "reconnect";
 *  - `failed`: for good, with the reason;
 *  - `unresolved`: past a committing step, the platform kept failing: the post may be out, so
 *    the owner is asked to look rather than told it failed.
 */
export type RetryDecision = { failure: DescribedFailure } & (
  | { kind: 'retry'; at: Date; giveBack: boolean; startOver: boolean }
  | { kind: 'throttle'; until: Date; scope: ThrottleScope }
  | { kind: 'needsAttention'; problem: TargetProblem }
  | { kind: 'failed'; problem: TargetProblem; startOver: boolean }
  | { kind: 'unresolved'; problem: TargetProblem }
);

export interface FailedAttempt {
  error: unknown;
  /** The attempt that failed, counting from 1. */
  attempt: number;
  now: Date;
  /** In [0, 1): the jitter. */
  random: () => number;
  /** A fresh try after a token error was already made for this target. */
  tokenRetried: boolean;
  /** A committing step has started (PublishStep.commits): the post may already be out. */
  committed: boolean;
}

const RECONNECT_ACTION = 'Reconnect the account; the post goes out once it is back.';

/**
 * The one table from an error to a decision (DESIGN.md section 4): transient errors back off
 * exponentially with full jitter, at most MAX_ATTEMPTS attempts; throttles wait for the time the
 * platform names; sign-in problems wait for a reconnect (one fresh try first when a token refresh
 * may fix it); anything else the platform refused fails with its reason. An error that is not a
 * DomainError (a dropped socket nobody classified, a bug) is treated as transient: a retry is
 * cheap, and the third failure still stops it.
 */
export function decideAfterFailure({ error, attempt, now, random, tokenRetried, committed }: FailedAttempt): RetryDecision {
  const failure = describeFailure(error);
  if (error instanceof ThrottledError) {
    return { kind: 'throttle', failure, until: new Date(Math.max(error.retryAfter.getTime(), now.getTime())), scope: error.scope };
  }
  if (error instanceof TokenInvalidError && !error.reconnectNeeded && !tokenRetried) {
    return { kind: 'retry', failure, at: now, giveBack: true, startOver: false };
  }
  if (error instanceof TokenInvalidError || error instanceof PermissionMissingError) {
    return { kind: 'needsAttention', failure, problem: { code: failure.code, message: failure.message, action: failure.action ?? RECONNECT_ACTION } };
  }
  if (isWorthRetrying(error)) {
    const startOver = error instanceof TransientError && error.needsNewContainer;
    if (attempt < MAX_ATTEMPTS + (committed ? COMMITTED_EXTRA_ATTEMPTS : 0)) {
      return { kind: 'retry', failure, at: new Date(now.getTime() + backoffDelayMs(attempt, random)), giveBack: false, startOver };
    }
    if (committed) {
      const problem = {
        code: failure.code,
        message: `The post may have gone out, but Outpost could not confirm it after ${attempt} tries: ${failure.message}`,
        action: 'Look for it on the platform. If it is not there, use Retry; Outpost checks again before posting.',
      };
      return { kind: 'unresolved', failure, problem };
    }
    const problem = {
      code: failure.code,
      message: `Tried ${attempt} times: ${failure.message}`,
      action: 'Use Retry when the platform works again, or reschedule the post.',
    };
    return { kind: 'failed', failure, problem, startOver };
  }
  const startOver = error instanceof MediaRejectedError && error.needsNewContainer;
  return { kind: 'failed', failure, problem: { code: failure.code, message: failure.message, action: failure.action }, startOver };
}

/**
 * Transient platform errors, the owner's bucket failing on its side or the network to it (not its
 * settings), and anything unclassified.
 */
function isWorthRetrying(error: unknown): boolean {
  return error instanceof TransientError || (error instanceof BucketError && error.retryable) || !(error instanceof DomainError);
}

/** Full jitter: anywhere between 0 and base × 2^(attempt-1), capped. */
export function backoffDelayMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** The error in plain words (the platform's codes and own words in `detail`); unknown errors say so without their text. */
export function describeFailure(error: unknown): DescribedFailure {
  if (error instanceof PlatformError) {
    return { code: error.code, message: error.message, action: error.action ?? null, detail: platformDetail(error) };
  }
  if (error instanceof BucketError) return { code: error.code, message: error.message, action: error.action ?? null, detail: error.detail };
  if (error instanceof DomainError) return { code: error.code, message: error.message, action: error.action ?? null, detail: null };
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    code: 'INTERNAL',
    message: 'Something unexpected went wrong while publishing.',
    action: 'Outpost tries again by itself; if it keeps happening, copy the diagnostics from Settings.',
    detail: redactSecrets(text),
  };
}

function platformDetail(error: PlatformError): string {
  const { details } = error;
  const parts = [
    `${details.platform}/${details.network}`,
    details.httpStatus !== undefined && `HTTP ${details.httpStatus}`,
    details.code !== undefined && `code ${details.code}`,
    details.subcode !== undefined && `subcode ${details.subcode}`,
    details.errorCode !== undefined && `error ${details.errorCode}`,
    details.transport !== undefined && `transport ${details.transport}`,
    details.traceId !== undefined && `trace ${details.traceId}`,
    `classified by ${details.classifiedBy}`,
    error.reason !== undefined && `said “${error.reason}”`,
  ];
  return redactSecrets(parts.filter((part): part is string => typeof part === 'string').join(', '));
}
