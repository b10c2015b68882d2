import { GraphError } from '../meta/graphError';
import type { ContainerFailure } from '../world/sandboxState';

/**
 * Instagram publishing errors by subcode, with the code Meta pairs each with. Reference 5.2
 * quotes part of Meta's Error Codes page [S49]; the remaining pairs (24, 25, 352, 9004, 9007,
 * 36001, 36003, 36004 ...) come from the same page's table, as copies of it show.
 */
interface InstagramErrorSpec {
  code: number;
  message: string;
  userTitle: string;
  transient?: boolean;
}

export const instagramErrors = {
  2207001: { code: -1, message: 'Instagram server error.', userTitle: 'Server error', transient: true },
  2207003: { code: -2, message: 'It takes too long to download the media.', userTitle: 'Media download timed out', transient: true },
  2207004: { code: 36000, message: 'The image size is too large.', userTitle: 'Image size too large' },
  2207005: { code: 36001, message: 'The image format is not supported.', userTitle: 'Image format not supported' },
  2207006: { code: 24, message: 'The media with the given id cannot be found.', userTitle: 'Media not found' },
  2207008: { code: 24, message: 'The media builder has expired. Try again.', userTitle: 'Media builder expired', transient: true },
  2207009: { code: 36003, message: 'The aspect ratio is not supported.', userTitle: 'Cannot Post Image Aspect Ratio' },
  2207010: { code: 36004, message: 'The caption is too long.', userTitle: 'Caption too long' },
  2207020: { code: -2, message: 'The media you are trying to access has expired. Please try to upload again.', userTitle: 'Media expired' },
  2207023: { code: 100, message: 'The media type entered is not expected.', userTitle: 'Unknown media type' },
  2207026: { code: 352, message: 'The video format is not supported. Please check spec for supported video formats.', userTitle: 'Video format not supported' },
  2207027: { code: 9007, message: 'Media ID is not available', userTitle: 'The media is not ready for publishing, please wait for a moment' },
  2207028: { code: 100, message: 'Carousel validation failed.', userTitle: 'Too little or too many attachments' },
  2207032: { code: -1, message: 'Create media fail, please try to re-create media', userTitle: 'Create media failed', transient: true },
  2207040: { code: 100, message: 'Cannot use more than 20 tags per media.', userTitle: 'Too many tags' },
  2207042: { code: 9, message: '(#9) Application request limit reached', userTitle: 'Maximum number of posts reached' },
  2207050: { code: 25, message: 'The Instagram account is restricted.', userTitle: 'Account restricted' },
  2207052: { code: 9004, message: 'Media download has failed. The media URI doesn\'t meet our requirements.', userTitle: 'Media could not be fetched from URI' },
  2207053: { code: -1, message: 'unknown upload error', userTitle: 'Unknown upload error' },
  2207057: { code: 1, message: 'Thumbnail offset must be greater than or equal to 0 and less than video duration', userTitle: 'Invalid thumbnail offset' },
} as const satisfies Record<number, InstagramErrorSpec>;

export type InstagramSubcode = keyof typeof instagramErrors;

export function isInstagramSubcode(value: number): value is InstagramSubcode {
  return value in instagramErrors;
}

export function instagramError(subcode: InstagramSubcode, userMessage?: string): GraphError {
  const spec: InstagramErrorSpec = instagramErrors[subcode];
  return new GraphError({
    code: spec.code,
    subcode,
    message: spec.message,
    userTitle: spec.userTitle,
    userMessage: userMessage ?? spec.message,
    isTransient: spec.transient ?? false,
    status: 400,
  });
}

export function containerFailure(subcode: InstagramSubcode, detail?: string): ContainerFailure {
  return { code: instagramErrors[subcode].code, subcode, message: detail ?? instagramErrors[subcode].message };
}

export function failureError(failure: ContainerFailure): GraphError {
  return isInstagramSubcode(failure.subcode)
    ? instagramError(failure.subcode, failure.message)
    : new GraphError({ code: failure.code, subcode: failure.subcode, message: failure.message, status: 400 });
}
