import type { ThrottleScope } from '../../platforms/errorClassification';
import {
  PermanentError,
  PermissionMissingError,
  ThrottledError,
  TokenInvalidError,
} from '../../platforms/platformErrors';

/** What a failed call means for collection. */
export type CollectionFailure =
  /** Hold the account (or its app) until then; the rest of its work waits. */
  | { kind: 'throttled'; until: Date; scope: ThrottleScope }
  /** Only the owner can fix it (reconnect, allow a permission): skip the account until then. */
  | { kind: 'signedOut'; message: string }
  /** The post is gone from the platform or cannot be measured: move past this checkpoint. */
  | { kind: 'permanent' }
  /** Anything else (a 5xx, the network, a token a renewal fixes): the same checkpoint later. */
  | { kind: 'transient'; renewToken: boolean };

export function classifyCollectionFailure(error: unknown): CollectionFailure {
  if (error instanceof ThrottledError) return { kind: 'throttled', until: error.retryAfter, scope: error.scope };
  if (error instanceof TokenInvalidError && !error.reconnectNeeded) return { kind: 'transient', renewToken: true };
  if (error instanceof TokenInvalidError || error instanceof PermissionMissingError) {
    return { kind: 'signedOut', message: `${error.message} ${error.action ?? 'Reconnect the account.'}` };
  }
  if (error instanceof PermanentError) return { kind: 'permanent' };
  return { kind: 'transient', renewToken: false };
}
