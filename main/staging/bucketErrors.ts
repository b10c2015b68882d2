import { DomainError } from '../errors/domainError';

/** What went wrong with the bucket, for code that decides (retry or not) and tests; the owner reads the message. */
export type BucketProblem =
  | 'access_key'
  | 'secret_key'
  | 'no_bucket'
  | 'permission'
  | 'region'
  | 'unreachable'
  | 'unavailable'
  | 'clock'
  | 'unsupported'
  | 'refused'
  | 'not_set_up'
  | 'secret_unreadable'
  | 'link_refused'
  | 'content_differs';

/**
 * The owner's storage bucket failed or refused a request. The message says what happened in plain
 * words and names only the bucket, the host and the region; `detail` keeps the service's own code,
 * HTTP status and request id for the log and for support. Neither ever holds a key, a signature
 * or a signed address. `retryable`: the service or the network failed, not the settings, so trying
 * again later may work.
 */
export class BucketError extends DomainError {
  constructor(
    readonly problem: BucketProblem,
    message: string,
    action: string,
    readonly detail: string | null = null,
    readonly retryable = false,
  ) {
    super('BUCKET_FAILED', message, action);
  }
}

/** What Outpost was doing when it failed: the message says which right the key lacks. */
export type BucketOperation = 'check' | 'upload' | 'read' | 'delete';

export interface BucketContext {
  bucket: string;
  /** The endpoint as the owner entered it, or null for AWS S3. */
  endpoint: string | null;
  region: string;
  operation: BucketOperation;
}

const OPERATION_WORDS: Record<BucketOperation, string> = {
  check: 'use',
  upload: 'put files in',
  read: 'read files from',
  delete: 'delete files from',
};

/** Node's and the TLS layer's ways of saying the endpoint could not be reached at all. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const TLS_CODE = /^(CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT)/;

/** The fields of an AWS SDK error this mapping reads (S3ServiceException, or a Node socket error the SDK passed on). */
interface SdkFailure {
  name?: string;
  code?: string;
  Region?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** Where the bucket is, in the owner's words: the endpoint's host, or AWS S3 and the region. */
export function bucketPlace(context: Pick<BucketContext, 'endpoint' | 'region'>): string {
  if (context.endpoint === null) return `AWS S3 (${context.region})`;
  try {
    return new URL(context.endpoint).host;
  } catch {
    return 'the endpoint';
  }
}

/**
 * The one table from what the SDK threw to words the owner can act on. S3's error codes come from
 * its XML answer (the exception's `name`); answers to HEAD requests have no body, so the SDK names
 * them by status ("NotFound", "Forbidden", "301"). Anything not recognised keeps its code in
 * `detail` and tells the owner to check the settings.
 */
export function toBucketError(error: unknown, context: BucketContext): BucketError {
  if (error instanceof BucketError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SdkFailure;
  const status = failure.$metadata?.httpStatusCode;
  const name = failure.name ?? 'Error';
  const place = bucketPlace(context);
  const bucket = `“${context.bucket}”`;
  const detail = detailOf(failure);

  if (failure.code && (UNREACHABLE_CODES.has(failure.code) || TLS_CODE.test(failure.code))) {
    return new BucketError(
      'unreachable',
      `Outpost could not reach ${place}.`,
      'Check the endpoint address and this computer’s internet connection, then try again.',
      detail,
      true,
    );
  }
  if (name === 'TimeoutError' || name === 'RequestTimeout') {
    return new BucketError('unreachable', `${place} did not answer in time.`, 'Check this computer’s internet connection, then try again.', detail, true);
  }
  switch (name) {
    case 'InvalidAccessKeyId':
      return new BucketError(
        'access_key',
        `${place} does not know this access key ID.`,
        'Copy the access key ID again from your provider’s dashboard, and check that the endpoint is that provider’s.',
        detail,
      );
    case 'SignatureDoesNotMatch':
      return new BucketError(
        'secret_key',
        'The secret access key does not belong to this access key ID.',
        'Paste the secret access key again. Providers show it only once, when the key is made, so you may need to make a new key.',
        detail,
      );
    case 'NoSuchBucket':
    case 'NotFound':
      return new BucketError(
        'no_bucket',
        `There is no bucket called ${bucket} at ${place}.`,
        'Check the bucket name, and that the endpoint and region are the ones the bucket was made in.',
        detail,
      );
    case 'InvalidBucketName':
      return new BucketError('no_bucket', `${bucket} is not a valid bucket name.`, 'Copy the bucket name exactly as your provider shows it.', detail);
    case 'AccessDenied':
    case 'Forbidden':
    case 'AllAccessDisabled':
    case 'AccountProblem':
      return new BucketError(
        'permission',
        `The keys work, but they are not allowed to ${OPERATION_WORDS[context.operation]} ${bucket}.`,
        'Give this key permission to read, write and delete objects in the bucket, or make a key that has it.',
        detail,
      );
    case 'AuthorizationHeaderMalformed':
    case 'AuthorizationQueryParametersError':
    case 'PermanentRedirect':
    case 'IllegalLocationConstraintException':
    case 'IncorrectEndpoint':
    case '301':
      return new BucketError(
        'region',
        `${bucket} is not in the region “${context.region}”${failure.Region ? `; it is in “${failure.Region}”` : ''}.`,
        'Set the region the bucket was made in; your provider’s dashboard shows it (Cloudflare R2 uses “auto”).',
        detail,
      );
    case 'RequestTimeTooSkewed':
      return new BucketError(
        'clock',
        'This computer’s clock is too far from the bucket service’s.',
        'Turn on “Set time automatically” in the system settings, then try again.',
        detail,
      );
    case 'NotImplemented':
      return new BucketError(
        'unsupported',
        `${place} does not support a request Outpost makes.`,
        'Check that the endpoint is the provider’s S3-compatible address, as in the examples.',
        detail,
      );
  }
  if (status !== undefined && status >= 500) {
    return new BucketError('unavailable', `${place} had a problem and could not answer.`, 'Try again in a few minutes.', detail, true);
  }
  if (status === 301) return toBucketError({ ...failure, name: '301' }, context);
  return new BucketError(
    'refused',
    `${place} refused to let Outpost ${OPERATION_WORDS[context.operation]} ${bucket}.`,
    'Check the bucket settings. If they are right, copy the diagnostics from Settings for support.',
    detail,
  );
}

/** The service's own identifiers, for the log and support; never a message text that might echo a request. */
function detailOf(failure: SdkFailure): string {
  const parts = [
    failure.code ? `transport ${failure.code}` : `S3 ${failure.name ?? 'error'}`,
    failure.$metadata?.httpStatusCode !== undefined && `HTTP ${failure.$metadata.httpStatusCode}`,
    failure.$metadata?.requestId && `request ${failure.$metadata.requestId}`,
  ];
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(', ');
}
