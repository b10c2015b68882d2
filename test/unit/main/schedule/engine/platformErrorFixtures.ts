import type { ThrottleScope } from '../../../../../main/platforms/errorClassification';
import {
  MediaRejectedError,
  PermanentError,
  PermissionMissingError,
  ThrottledError,
  TokenInvalidError,
  TransientError,
  type PlatformErrorDetails,
} from '../../../../../main/platforms/platformErrors';

/** Platform errors as the clients would throw them (whole-sentence meanings, the class's general action), with raw identifiers for the timeline's detail. */
const details = (overrides: Partial<PlatformErrorDetails> = {}): PlatformErrorDetails => ({
  platform: 'meta',
  network: 'metaGraph',
  httpStatus: 500,
  code: 2,
  traceId: 'AbC123trace',
  classifiedBy: '[S55]',
  ...overrides,
});

export const platformErrors = {
  transient: (needsNewContainer = false) =>
    new TransientError({ details: details(), meaning: 'Meta could not complete the request: the service is temporarily unavailable.', needsNewContainer }),
  throttled: (retryAfter: Date, scope: ThrottleScope) =>
    new ThrottledError({ details: details({ httpStatus: 400, code: scope === 'app' ? 4 : 17 }), meaning: 'Meta asked Outpost to slow down: too many calls.', retryAfter, scope }),
  tokenInvalid: (reconnectNeeded: boolean) =>
    new TokenInvalidError({ details: details({ httpStatus: 401, code: 190, subcode: 463 }), meaning: 'Meta no longer accepts this account’s sign-in: the sign-in expired.', reconnectNeeded }),
  permissionMissing: () => new PermissionMissingError({ details: details({ httpStatus: 403, code: 200 }), meaning: 'Meta needs a permission this account has not granted: a permission is missing or was removed.' }),
  mediaRejected: (needsNewContainer = true) =>
    new MediaRejectedError({
      details: details({ httpStatus: 400, code: 36003 }),
      meaning: 'Meta did not accept the media: the aspect ratio is not supported.',
      needsNewContainer,
    }),
  permanent: () => new PermanentError({ details: details({ httpStatus: 400, code: 100 }), meaning: 'Meta refused the request: a parameter is invalid.' }),
};
