import { DomainError } from '../../errors/domainError';
import { TransientError } from '../platformErrors';
import { PLATFORM_OF, type NetworkName } from '../platformFailure';

/**
 * The platform takes this media only from a public web address, and Outpost has no host for it:
 * no storage bucket is set up (Instagram Login accounts have no Page to stage on), or none with a
 * public domain verified with TikTok (TikTok photo posts). Nothing was sent; the owner decides.
 */
export class PublicHostNeededError extends DomainError {
  constructor(message: string, action: string) {
    super('POST_NOT_READY', message, action);
  }
}

/**
 * A wait that ran past its limit (a container, a video or a post still processing), as a
 * TransientError so the engine's retries apply. `needsNewContainer`: the retry starts over.
 */
export function waitedTooLong(network: NetworkName, meaning: string, needsNewContainer = false): TransientError {
  return new TransientError({
    details: { platform: PLATFORM_OF[network], network, classifiedBy: 'publisher wait limit' },
    meaning,
    needsNewContainer,
  });
}

/**
 * A publish whose answer was lost: the platform says it happened, but the post cannot be found
 * yet. Transient, so the engine looks again later (confirming first) instead of publishing twice.
 */
export function notFoundYet(network: NetworkName, meaning: string): TransientError {
  return new TransientError({
    details: { platform: PLATFORM_OF[network], network, classifiedBy: 'publish confirmation' },
    meaning,
    needsNewContainer: false,
  });
}
