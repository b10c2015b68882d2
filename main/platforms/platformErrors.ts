import type { ErrorCode } from '../../preload/contract';
import { redactSecrets } from '../diagnostics/redactSecrets';
import { DomainError } from '../errors/domainError';
import type { ThrottleScope } from './errorTables/errorRow';
import type { NetworkName, PlatformName, TransportFault } from './platformFailure';

/**
 * What the attempt history keeps about a failed call: the platform's own identifiers, never the
 * request (its URL and headers carry tokens).
 */
export interface PlatformErrorDetails {
  platform: PlatformName;
  network: NetworkName;
  httpStatus?: number;
  code?: number;
  subcode?: number;
  /** TikTok's error code string, or the Meta upload host's error type. */
  errorCode?: string;
  /** Meta `fbtrace_id` or TikTok `log_id`. */
  traceId?: string;
  transport?: TransportFault;
  /** The error table row's source tag, so a surprising classification can be traced. */
  classifiedBy: string;
}

/** What the constructor of every platform error needs. */
export interface PlatformErrorInit {
  details: PlatformErrorDetails;
  /** What happened, in the owner's words: the error table row's meaning. Becomes the message. */
  meaning: string;
  /**
   * What the owner does about it: the row's action. Errors built from a table row always have
   * one; an error a publisher builds itself may leave it to its class's general advice.
   */
  action?: string;
  /** The platform's own explanation (already redacted), when it gave one: for support, never the message. */
  reason?: string;
}

/**
 * A call to Meta or TikTok failed. The message is the meaning alone, as a sentence, redacted once
 * more: no token, secret or raw code reaches the renderer, a log line or the attempt history
 * through it. The platform's identifiers and its own words stay in `details` and `reason`, which
 * the attempt history keeps as the timeline's `detail`. There is deliberately no `cause`: the
 * axios error would carry the request's URL, parameters and headers.
 */
export abstract class PlatformError extends DomainError {
  readonly details: PlatformErrorDetails;
  readonly reason: string | undefined;

  protected constructor(code: ErrorCode, init: PlatformErrorInit, generalAction?: string) {
    super(code, redactSecrets(asSentence(init.meaning)), init.action ?? generalAction);
    this.details = init.details;
    this.reason = init.reason;
  }
}

/** The account's sign-in no longer works (Meta 190/102 with subcodes, TikTok token errors). */
export class TokenInvalidError extends PlatformError {
  /** False when a token refresh may fix it (TikTok's 24-hour access tokens); true when only a new login can. */
  readonly reconnectNeeded: boolean;

  constructor(init: PlatformErrorInit & { reconnectNeeded: boolean }) {
    super('TOKEN_EXPIRED', init, init.reconnectNeeded ? 'Reconnect the account.' : undefined);
    this.reconnectNeeded = init.reconnectNeeded;
  }
}

/** The token lacks a permission the call needs (Meta 10, 200-299; TikTok scope errors). */
export class PermissionMissingError extends PlatformError {
  constructor(init: PlatformErrorInit) {
    super('PERMISSION_MISSING', init, 'Reconnect the account and allow every permission Outpost asks for.');
  }
}

/** The platform asked to slow down; `retryAfter` is when to try again. */
export class ThrottledError extends PlatformError {
  readonly retryAfter: Date;
  readonly scope: ThrottleScope;

  constructor(init: PlatformErrorInit & { retryAfter: Date; scope: ThrottleScope }) {
    super('RATE_LIMITED', init, 'Outpost tries again later by itself.');
    this.retryAfter = init.retryAfter;
    this.scope = init.scope;
  }
}

/** The platform refused the media or caption; `reason` carries its words. */
export class MediaRejectedError extends PlatformError {
  /** An Instagram container that failed this way cannot be published: create a new one. */
  readonly needsNewContainer: boolean;

  constructor(init: PlatformErrorInit & { needsNewContainer: boolean }) {
    super('MEDIA_REJECTED', init, 'Change the media or the caption, then try again.');
    this.needsNewContainer = init.needsNewContainer;
  }
}

/** Worth retrying with backoff: 5xx, network errors, timeouts, codes 1, 2, -1, `is_transient`. */
export class TransientError extends PlatformError {
  /** The retry must start from a new Instagram container (the old one expired or broke). */
  readonly needsNewContainer: boolean;

  constructor(init: PlatformErrorInit & { needsNewContainer: boolean }) {
    super('PLATFORM_UNAVAILABLE', init, 'Outpost tries again by itself.');
    this.needsNewContainer = init.needsNewContainer;
  }
}

/** Retrying will not help; the owner has to change something. */
export class PermanentError extends PlatformError {
  constructor(init: PlatformErrorInit) {
    super('PLATFORM_ERROR', init);
  }
}

/**
 * Table rows are sentences already; a meaning a publisher wrote as a clause ("the saved sign-in
 * has ended") still reads as one.
 */
function asSentence(meaning: string): string {
  const text = meaning.trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
