import { GraphError } from '../meta/graphError';

/**
 * An injected Facebook photo rejection (`faults.rejectMedia({platform: 'facebook', reason})`):
 * the Graph error Page photo uploads answer with for that subcode (reference 5.2, the subcodes
 * postiz maps [S59]). The codes they pair with are not in the reference: 100 (invalid parameter)
 * for the media problems, 368 for a post flagged as abusive. Any other subcode comes with 100.
 */
interface PhotoRejectionSpec {
  code: number;
  message: string;
  userTitle: string;
  userMessage: string;
}

const PHOTO_REJECTIONS: Readonly<Record<number, PhotoRejectionSpec>> = {
  1366046: {
    code: 100,
    message: '(#100) Your photo couldn\'t be uploaded.',
    userTitle: 'Photo upload failed',
    userMessage: 'Photos should be less than 4 MB and saved as JPG, PNG, GIF, TIFF, HEIF or WebP files.',
  },
  1366051: {
    code: 100,
    message: '(#100) Duplicate photos are not allowed.',
    userTitle: 'Duplicate photos',
    userMessage: 'The same photo can be added to a post only once.',
  },
  1346003: {
    code: 368,
    message: '(#368) The action attempted has been deemed abusive or is otherwise disallowed',
    userTitle: 'Post blocked',
    userMessage: 'This content goes against our Community Standards.',
  },
};

/** The rejection for `reason` (a subcode); without one, the photo is too big or of the wrong type (1366046). */
export function facebookPhotoRejection(reason: string | number | null): GraphError {
  const subcode = typeof reason === 'number' ? reason : 1366046;
  const spec = PHOTO_REJECTIONS[subcode] ?? {
    code: 100,
    message: '(#100) The photo was refused.',
    userTitle: 'Photo refused',
    userMessage: `The photo was refused (subcode ${subcode}).`,
  };
  return new GraphError({ ...spec, subcode, status: 400 });
}
