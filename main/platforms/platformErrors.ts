import type { ErrorCode } from '../../preload/contract';
import { redactSecrets } from '../diagnostics/redactSecrets';
import { DomainError } from '../errors/domainError';
import type { ThrottleScope } from './errorClassification';
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
  /** The error table's plain-words meaning. */
  meaning: string;
  /** The platform's own explanation (already redacted), when it gave one. */
  reason?: string;
}

const SERVICE_NAME: Readonly<Record<NetworkName, string>> = {
  metaGraph: 'Meta',
  metaUpload: 'Meta',
  instagramGraph: 'Instagram',
  instagramApi: 'Instagram',
  tiktokApi: 'TikTok',
  tiktokUpload: 'TikTok',
};

/**
 * A call to Meta or TikTok failed. The message is built from the error table and the platform's
 * parsed answer only, then redacted once more: no token, secret or code can reach the renderer,
 * a log line or the attempt history through it. There is deliberately no `cause`: the axios
 * error would carry the request's URL, parameters and headers.
 */
export abstract class PlatformError extends DomainError {
  readonly details: PlatformErrorDetails;
  readonly reason: string | undefined;

  protected constructor(code: ErrorCode, init: PlatformErrorInit, summary: string, action?: string) {
    const service = SERVICE_NAME[init.details.network];
    const reason = init.reason && init.reason !== init.meaning ? ` ${service} said: “${init.reason}”` : '';
    super(code, redactSecrets(`${service} ${summary}: ${init.meaning}.${reason}${identifiers(init.details)}`), action);
    this.details = init.details;
    this.reason = init.reason;
  }
}

/** The account's sign-in no longer works (Meta 190/102 with subcodes, TikTok token errors). */
export class TokenInvalidError extends PlatformError {
  /** False when a token refresh may fix it (TikTok's 24-hour access tokens); true when only a new login can. */
  readonly reconnectNeeded: boolean;

  constructor(init: PlatformErrorInit & { reconnectNeeded: boolean }) {
    super(
      'TOKEN_EXPIRED',
      init,
      'no longer accepts this account’s sign-in',
      init.reconnectNeeded ? 'Reconnect the account.' : undefined,
    );
    this.reconnectNeeded = init.reconnectNeeded;
  }
}

/** The token lacks a permission the call needs (Meta 10, 200-299; TikTok scope errors). */
export class PermissionMissingError extends PlatformError {
  constructor(init: PlatformErrorInit) {
    super(
      'PERMISSION_MISSING',
      init,
      'needs a permission this account has not granted',
      'Reconnect the account and allow every permission Outpost asks for.',
    );
  }
}

/** The platform asked to slow down; `retryAfter` is when to try again. */
export class ThrottledError extends PlatformError {
  readonly retryAfter: Date;
  readonly scope: ThrottleScope;

  constructor(init: PlatformErrorInit & { retryAfter: Date; scope: ThrottleScope }) {
    super('RATE_LIMITED', init, 'asked Outpost to slow down', 'Outpost tries again later by itself.');
    this.retryAfter = init.retryAfter;
    this.scope = init.scope;
  }
}

/** The platform refused the media or caption; `reason` carries its words. */
export class MediaRejectedError extends PlatformError {
  /** An Instagram container that failed this way cannot be published: create a new one. */
  readonly needsNewContainer: boolean;

  constructor(init: PlatformErrorInit & { needsNewContainer: boolean }) {
    super('MEDIA_REJECTED', init, 'did not accept the media', 'Change the media or the caption, then try again.');
    this.needsNewContainer = init.needsNewContainer;
  }
}

/** Worth retrying with backoff: 5xx, network errors, timeouts, codes 1, 2, -1, `is_transient`. */
export class TransientError extends PlatformError {
  /** The retry must start from a new Instagram container (the old one expired or broke). */
  readonly needsNewContainer: boolean;

  constructor(init: PlatformErrorInit & { needsNewContainer: boolean }) {
    super('PLATFORM_UNAVAILABLE', init, 'could not complete the request', 'Outpost tries again by itself.');
    this.needsNewContainer = init.needsNewContainer;
  }
}

/** Retrying will not help; the owner has to change something. */
export class PermanentError extends PlatformError {
  constructor(init: PlatformErrorInit) {
    super('PLATFORM_ERROR', init, 'refused the request');
  }
}

function identifiers(details: PlatformErrorDetails): string {
  const parts = [
    details.httpStatus !== undefined && `HTTP ${details.httpStatus}`,
    details.code !== undefined && `code ${details.code}`,
    details.subcode !== undefined && `subcode ${details.subcode}`,
    details.errorCode !== undefined && details.errorCode,
    details.transport !== undefined && details.transport,
    details.traceId !== undefined && `trace ${details.traceId}`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
