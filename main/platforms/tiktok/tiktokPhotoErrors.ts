import { PermanentError } from '../platformErrors';
import { PublicHostNeededError } from '../publishing/publishErrors';

/** TikTok pulls photo posts only from web addresses (6.2 [S83]); without such a host the post stops before any call. */
export function photoHostNeeded(): PublicHostNeededError {
  return new PublicHostNeededError(
    'TikTok takes photo posts only from web addresses on a domain verified with TikTok, never from this computer, and no storage bucket with a public address on such a domain is set up.',
    'Set one up in Settings (a public address on a domain you verified with TikTok), then use Retry; or post the photos as a video.',
  );
}

export const isUrlOwnershipUnverified = (error: unknown): error is PermanentError =>
  error instanceof PermanentError && error.details.errorCode === 'url_ownership_unverified';

/**
 * TikTok refused to pull the photos: the bucket's public address is not on a domain or URL prefix
 * verified for the owner's TikTok developer app (6.2 [S80] [S83]). Said with the domain, so the
 * owner knows which one to verify; the raw code stays in the details for the attempt history.
 */
export function photoDomainUnverified(refusal: PermanentError, address: string): PermanentError {
  const domain = new URL(address).host;
  return new PermanentError({
    details: refusal.details,
    meaning: `TikTok did not take the photos: it pulls photo posts only from a domain verified for your TikTok developer app, and ${domain}, where your storage bucket serves them, is not verified.`,
    action: `Verify ${domain} (or the bucket’s public address as a URL prefix) for your app in TikTok’s developer portal, then use Retry; or post the photos as a video.`,
    ...(refusal.reason !== undefined && { reason: refusal.reason }),
  });
}
