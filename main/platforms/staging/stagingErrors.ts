import { DomainError } from '../../errors/domainError';

/**
 * A stage step put this target's media in the owner's bucket, and the bucket is no longer set up
 * (removed in Settings meanwhile), so the address the platform needs cannot be made. Nothing
 * was published; setting the bucket up again lets Retry go on from where it stopped.
 */
export class StagingBucketGoneError extends DomainError {
  constructor(platformName: string) {
    super(
      'POST_NOT_READY',
      `Outpost put this post's media in your storage bucket for ${platformName}, and the bucket is no longer set up, so ${platformName} cannot be given their address.`,
      'Set up the storage bucket again in Settings, then use Retry.',
    );
  }
}
