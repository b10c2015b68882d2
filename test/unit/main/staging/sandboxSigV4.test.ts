import { describe, expect, it } from 'vitest';
import { authenticate, type ArrivedRequest } from '../../../../main/sandbox/s3/sigV4';

/**
 * The S3 sandbox's Signature V4 check against the worked examples of the S3 API Reference
 * ("Signature Calculations for the Authorization Header" and "Authenticating Requests: Using
 * Query Parameters"), so the sandbox is proven against AWS's own numbers, not only against the
 * SDK it tests.
 */
const KEYS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const SIGNED_AT = new Date('2013-05-24T00:00:00Z');
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const headerSigned = (signature: string): ArrivedRequest => ({
  method: 'GET',
  rawPath: '/test.txt',
  query: [],
  headers: {
    host: 'examplebucket.s3.amazonaws.com',
    range: 'bytes=0-9',
    'x-amz-content-sha256': EMPTY_SHA256,
    'x-amz-date': '20130524T000000Z',
    authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=${signature}`,
  },
});

const presigned = (overrides: Record<string, string> = {}): ArrivedRequest => {
  const query = {
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': 'AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request',
    'X-Amz-Date': '20130524T000000Z',
    'X-Amz-Expires': '86400',
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    ...overrides,
  };
  return { method: 'GET', rawPath: '/test.txt', query: Object.entries(query), headers: { host: 'examplebucket.s3.amazonaws.com' } };
};

describe('the S3 sandbox verifies Signature V4', () => {
  it('accepts AWS’s header-signed example, with the payload hash it declares', () => {
    expect(authenticate(headerSigned('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41'), KEYS, 'us-east-1', SIGNED_AT)).toEqual({
      kind: 'signed',
      payloadHash: EMPTY_SHA256,
    });
  });

  it('refuses the same request signed with another secret', () => {
    const outcome = authenticate(headerSigned('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41'), { ...KEYS, secretAccessKey: 'another-secret' }, 'us-east-1', SIGNED_AT);
    expect(outcome).toMatchObject({ kind: 'refused', failure: { status: 403, code: 'SignatureDoesNotMatch' } });
  });

  it('refuses a request whose signed header changed on the way', () => {
    const request = headerSigned('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    const outcome = authenticate({ ...request, headers: { ...request.headers, range: 'bytes=0-99' } }, KEYS, 'us-east-1', SIGNED_AT);
    expect(outcome).toMatchObject({ kind: 'refused', failure: { code: 'SignatureDoesNotMatch' } });
  });

  it('names an unknown access key, and the right region', () => {
    const request = headerSigned('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(authenticate(request, { ...KEYS, accessKeyId: 'AKIAOTHER' }, 'us-east-1', SIGNED_AT)).toMatchObject({ failure: { code: 'InvalidAccessKeyId' } });
    expect(authenticate(request, KEYS, 'eu-west-1', SIGNED_AT)).toMatchObject({
      failure: { status: 400, code: 'AuthorizationHeaderMalformed', extra: { Region: 'eu-west-1' } },
    });
  });

  it('asks for the payload hash header', () => {
    const request = headerSigned('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    const { 'x-amz-content-sha256': _hash, ...headers } = request.headers;
    expect(authenticate({ ...request, headers }, KEYS, 'us-east-1', SIGNED_AT)).toMatchObject({ failure: { code: 'InvalidRequest' } });
  });

  it('accepts AWS’s pre-signed example until X-Amz-Expires has passed on its clock, and not a second later', () => {
    const lastSecond = new Date(SIGNED_AT.getTime() + 86_400_000);
    expect(authenticate(presigned(), KEYS, 'us-east-1', lastSecond)).toEqual({ kind: 'signed', payloadHash: 'UNSIGNED-PAYLOAD' });
    const expired = authenticate(presigned(), KEYS, 'us-east-1', new Date(lastSecond.getTime() + 1000));
    expect(expired).toMatchObject({ kind: 'refused', failure: { status: 403, code: 'AccessDenied', message: 'Request has expired' } });
  });

  it('refuses a pre-signed address with a longer life written in, or signed with another secret', () => {
    expect(authenticate(presigned({ 'X-Amz-Expires': '604800' }), KEYS, 'us-east-1', SIGNED_AT)).toMatchObject({ failure: { code: 'SignatureDoesNotMatch' } });
    expect(authenticate(presigned(), { ...KEYS, secretAccessKey: 'another-secret' }, 'us-east-1', SIGNED_AT)).toMatchObject({
      failure: { code: 'SignatureDoesNotMatch' },
    });
    expect(authenticate(presigned({ 'X-Amz-Expires': '604801' }), KEYS, 'us-east-1', SIGNED_AT)).toMatchObject({
      failure: { code: 'AuthorizationQueryParametersError' },
    });
  });

  it('lets an unsigned request through as anonymous, for the server to decide', () => {
    expect(authenticate({ method: 'GET', rawPath: '/b/k', query: [], headers: { host: 'x' } }, KEYS, 'us-east-1', SIGNED_AT)).toEqual({ kind: 'anonymous' });
  });
});
