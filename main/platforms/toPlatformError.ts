import { classifyFailure } from './errorClassification';
import type { PlatformFailure } from './platformFailure';
import {
  MediaRejectedError,
  PermanentError,
  PermissionMissingError,
  ThrottledError,
  TokenInvalidError,
  TransientError,
  type PlatformError,
  type PlatformErrorInit,
} from './platformErrors';

/** Turns a failure into the typed error its platform's error table row names, with the row's meaning and action. */
export function toPlatformError(failure: PlatformFailure, now: Date): PlatformError {
  const row = classifyFailure(failure);
  const init: PlatformErrorInit = {
    details: {
      platform: failure.platform,
      network: failure.network,
      ...(failure.httpStatus !== undefined && { httpStatus: failure.httpStatus }),
      ...(failure.code !== undefined && { code: failure.code }),
      ...(failure.subcode !== undefined && { subcode: failure.subcode }),
      ...(failure.errorCode !== undefined && { errorCode: failure.errorCode }),
      ...(failure.traceId !== undefined && { traceId: failure.traceId }),
      ...(failure.transport !== undefined && { transport: failure.transport }),
      classifiedBy: row.source,
    },
    meaning: row.meaning,
    action: row.action,
    ...(failure.reason !== undefined && { reason: failure.reason }),
  };
  const outcome = row.outcome;
  switch (outcome.kind) {
    case 'tokenInvalid':
      return new TokenInvalidError({ ...init, reconnectNeeded: outcome.reconnectNeeded });
    case 'permissionMissing':
      return new PermissionMissingError(init);
    case 'throttled':
      return new ThrottledError({ ...init, scope: outcome.scope, retryAfter: retryAfter(failure, outcome.defaultWaitMs, now) });
    case 'mediaRejected':
      return new MediaRejectedError({ ...init, needsNewContainer: outcome.needsNewContainer });
    case 'transient':
      return new TransientError({ ...init, needsNewContainer: outcome.needsNewContainer });
    case 'permanent':
      return new PermanentError(init);
  }
}

/**
 * When to try again: the platform's own estimate when the BUC header gives one
 * (`estimated_time_to_regain_access`, minutes [S56] [S60]), else the row's default wait.
 */
function retryAfter(failure: PlatformFailure, defaultWaitMs: number, now: Date): Date {
  const estimates = Object.values(failure.usage.businessUseCaseUsage ?? {})
    .flat()
    .map((entry) => entry.estimatedMinutesToRegainAccess);
  const platformMinutes = Math.max(0, ...estimates);
  const waitMs = platformMinutes > 0 ? platformMinutes * 60_000 : defaultWaitMs;
  return new Date(now.getTime() + waitMs);
}
