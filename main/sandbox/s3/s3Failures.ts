/**
 * S3's error answers, as the real service words them (Amazon S3 API Reference, "Error
 * responses"): an HTTP status, a code the SDK turns into the exception's `name`, a message, and a
 * few extra elements some codes carry (the bucket's real region, the key). HEAD answers carry no
 * body, so the SDK names those by status alone ("NotFound", "Forbidden").
 */
export interface S3Failure {
  status: number;
  code: string;
  message: string;
  extra?: Readonly<Record<string, string>>;
}

export const s3Failures = {
  noSuchBucket: (bucket: string): S3Failure => ({
    status: 404,
    code: 'NoSuchBucket',
    message: 'The specified bucket does not exist',
    extra: { BucketName: bucket },
  }),
  noSuchKey: (key: string): S3Failure => ({ status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.', extra: { Key: key } }),
  accessDenied: (message = 'Access Denied'): S3Failure => ({ status: 403, code: 'AccessDenied', message }),
  invalidAccessKeyId: (): S3Failure => ({
    status: 403,
    code: 'InvalidAccessKeyId',
    message: 'The AWS Access Key Id you provided does not exist in our records.',
  }),
  signatureDoesNotMatch: (): S3Failure => ({
    status: 403,
    code: 'SignatureDoesNotMatch',
    message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  }),
  /** A header-signed request for another region: S3 names the bucket's region. */
  wrongRegionHeader: (given: string, expected: string): S3Failure => ({
    status: 400,
    code: 'AuthorizationHeaderMalformed',
    message: `The authorization header is malformed; the region '${given}' is wrong; expecting '${expected}'`,
    extra: { Region: expected },
  }),
  malformedHeader: (message: string): S3Failure => ({ status: 400, code: 'AuthorizationHeaderMalformed', message }),
  malformedQuery: (message: string, region?: string): S3Failure => ({
    status: 400,
    code: 'AuthorizationQueryParametersError',
    message,
    ...(region !== undefined && { extra: { Region: region } }),
  }),
  missingContentSha256: (): S3Failure => ({
    status: 400,
    code: 'InvalidRequest',
    message: 'Missing required header for this request: x-amz-content-sha256',
  }),
  contentSha256Mismatch: (): S3Failure => ({
    status: 400,
    code: 'XAmzContentSHA256Mismatch',
    message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
  }),
  missingContentLength: (): S3Failure => ({ status: 411, code: 'MissingContentLength', message: 'You must provide the Content-Length HTTP header.' }),
  entityTooLarge: (): S3Failure => ({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' }),
  /**
   * What Cloudflare R2 answered when the SDK began sending CRC32 checksums by default (SDK
   * 3.729.0, January 2025): "Header 'x-amz-checksum-crc32' with value ... not implemented".
   * Backblaze B2 refused `x-amz-sdk-checksum-algorithm` likewise. Outpost's client sends none.
   */
  checksumNotImplemented: (header: string): S3Failure => ({
    status: 501,
    code: 'NotImplemented',
    message: `Header '${header}' not implemented`,
  }),
  notImplemented: (): S3Failure => ({
    status: 501,
    code: 'NotImplemented',
    message: 'A header or query you provided implies functionality that is not implemented.',
  }),
  internalError: (): S3Failure => ({ status: 500, code: 'InternalError', message: 'We encountered an internal error. Please try again.' }),
};
