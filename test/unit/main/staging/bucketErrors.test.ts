import { S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { BucketError, bucketPlace, toBucketError, type BucketContext, type BucketProblem } from '../../../../main/staging/bucketErrors';

const R2: BucketContext = { bucket: 'crumb-media', endpoint: 'https://abc123.r2.cloudflarestorage.com', region: 'auto', operation: 'upload' };
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** An error as the SDK throws it for an S3 XML answer: the code as `name`, the extra XML fields copied on. */
function s3Error(name: string, status: number, extra: Record<string, string> = {}): S3ServiceException {
  const error = new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    // What S3 may echo back: the request's own pieces. None of it may reach the owner's words.
    message: `${name}: StringToSign AWS4-HMAC-SHA256 ... ${SECRET}`,
    $metadata: { httpStatusCode: status, requestId: 'REQ123' },
  });
  return Object.assign(error, extra);
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code, $metadata: {} });
}

describe('bucket errors in plain words', () => {
  it.each<[string, unknown, BucketProblem, RegExp, boolean]>([
    ['an unknown access key', s3Error('InvalidAccessKeyId', 403), 'access_key', /abc123\.r2\.cloudflarestorage\.com does not know this access key ID\./, false],
    ['a wrong secret key', s3Error('SignatureDoesNotMatch', 403), 'secret_key', /secret access key does not belong to this access key ID/, false],
    ['a missing bucket', s3Error('NoSuchBucket', 404), 'no_bucket', /no bucket called “crumb-media” at abc123/, false],
    ['a missing bucket, asked with HEAD', s3Error('NotFound', 404), 'no_bucket', /no bucket called “crumb-media”/, false],
    ['a key without the right', s3Error('AccessDenied', 403), 'permission', /not allowed to put files in “crumb-media”/, false],
    ['a key without the right, asked with HEAD', s3Error('Forbidden', 403), 'permission', /not allowed to put files in/, false],
    ['another region', s3Error('AuthorizationHeaderMalformed', 400, { Region: 'weur' }), 'region', /not in the region “auto”; it is in “weur”/, false],
    ['a redirect to the bucket’s region', s3Error('PermanentRedirect', 301), 'region', /not in the region “auto”\./, false],
    ['a bare 301 to a HEAD', s3Error('UnknownError', 301), 'region', /not in the region/, false],
    ['a refused connection', socketError('ECONNREFUSED'), 'unreachable', /could not reach abc123\.r2\.cloudflarestorage\.com/, true],
    ['an unknown host name', socketError('ENOTFOUND'), 'unreachable', /could not reach/, true],
    ['a certificate that does not check out', socketError('CERT_HAS_EXPIRED'), 'unreachable', /could not reach/, true],
    ['a silent connection', Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }), 'unreachable', /did not answer in time/, true],
    ['a server error', s3Error('InternalError', 500), 'unavailable', /had a problem and could not answer/, true],
    ['a busy service', s3Error('SlowDown', 503), 'unavailable', /had a problem/, true],
    ['a skewed clock', s3Error('RequestTimeTooSkewed', 403), 'clock', /clock is too far/, false],
    ['an unsupported request', s3Error('NotImplemented', 501), 'unsupported', /does not support a request Outpost makes/, false],
    ['anything else', s3Error('QuotaExceeded', 403), 'refused', /refused to let Outpost put files in “crumb-media”/, false],
  ])('%s', (_case, error, problem, words, retryable) => {
    const mapped = toBucketError(error, R2);
    expect(mapped).toBeInstanceOf(BucketError);
    expect(mapped).toMatchObject({ code: 'BUCKET_FAILED', problem, retryable });
    expect(mapped.message).toMatch(words);
    expect(mapped.action).toEqual(expect.any(String));
    // The owner reads words; the service's code and request id go to `detail` for support.
    expect(`${mapped.message} ${mapped.action}`).not.toMatch(/InvalidAccessKeyId|SignatureDoesNotMatch|NoSuchBucket|HTTP \d|REQ123/);
    expect(JSON.stringify({ message: mapped.message, action: mapped.action, detail: mapped.detail })).not.toContain(SECRET);
  });

  it('keeps the service’s code, status and request id in the detail', () => {
    expect(toBucketError(s3Error('SignatureDoesNotMatch', 403), R2).detail).toBe('S3 SignatureDoesNotMatch, HTTP 403, request REQ123');
    expect(toBucketError(socketError('ECONNREFUSED'), R2).detail).toBe('transport ECONNREFUSED');
  });

  it('says which right is missing for what Outpost was doing', () => {
    const denied = s3Error('AccessDenied', 403);
    expect(toBucketError(denied, { ...R2, operation: 'delete' }).message).toContain('not allowed to delete files from');
    expect(toBucketError(denied, { ...R2, operation: 'read' }).message).toContain('not allowed to read files from');
  });

  it('names AWS S3 and the region when there is no endpoint', () => {
    expect(bucketPlace({ endpoint: null, region: 'eu-west-3' })).toBe('AWS S3 (eu-west-3)');
    expect(toBucketError(s3Error('InvalidAccessKeyId', 403), { ...R2, endpoint: null, region: 'eu-west-3' }).message).toBe(
      'AWS S3 (eu-west-3) does not know this access key ID.',
    );
  });

  it('passes a BucketError through unchanged', () => {
    const error = new BucketError('not_set_up', 'No bucket.', 'Set one up.');
    expect(toBucketError(error, R2)).toBe(error);
  });
});
