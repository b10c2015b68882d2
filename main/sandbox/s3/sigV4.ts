import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { s3Failures, type S3Failure } from './s3Failures';

/**
 * AWS Signature Version 4 as S3 checks it ("Authenticating Requests (AWS Signature Version 4)"
 * in the S3 API Reference), recomputed here with node:crypto rather than with the SDK's own
 * signer, so a mistake in how Outpost drives the SDK cannot be hidden by the same code checking
 * itself. Both forms: the `Authorization` header, and a pre-signed address's `X-Amz-*` query
 * parameters, whose `X-Amz-Expires` is held against the sandbox's clock.
 */

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SERVICE = 's3';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** S3's longest pre-signed lifetime: seven days. */
const MAX_PRESIGNED_SECONDS = 7 * 24 * 60 * 60;

export interface SigningKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A request as it arrived: the path still percent-encoded, the query decoded, in order. */
export interface ArrivedRequest {
  method: string;
  rawPath: string;
  query: readonly (readonly [string, string])[];
  headers: IncomingHttpHeaders;
}

export type Authentication =
  | { kind: 'anonymous' }
  /** `payloadHash`: what the signature says the body hashes to (or UNSIGNED-PAYLOAD), checked once the body is read. */
  | { kind: 'signed'; payloadHash: string }
  | { kind: 'refused'; failure: S3Failure };

const refused = (failure: S3Failure): Authentication => ({ kind: 'refused', failure });

export function authenticate(request: ArrivedRequest, keys: SigningKeys, region: string, now: Date): Authentication {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization !== undefined) return authenticateHeader(request, authorization, keys, region);
  if (request.query.some(([name]) => name === 'X-Amz-Algorithm')) return authenticateQuery(request, keys, region, now);
  return { kind: 'anonymous' };
}

function authenticateHeader(request: ArrivedRequest, authorization: string, keys: SigningKeys, region: string): Authentication {
  const match = /^AWS4-HMAC-SHA256 (.+)$/.exec(authorization);
  const fields = match?.[1] ? parseAuthorizationFields(match[1]) : undefined;
  if (!fields?.Credential || !fields.SignedHeaders || !fields.Signature) {
    return refused(s3Failures.malformedHeader('The authorization header is malformed.'));
  }
  const scope = parseScope(fields.Credential);
  if (!scope) return refused(s3Failures.malformedHeader('The authorization header is malformed; the Credential is mal-formed.'));
  if (scope.accessKeyId !== keys.accessKeyId) return refused(s3Failures.invalidAccessKeyId());
  if (scope.region !== region) return refused(s3Failures.wrongRegionHeader(scope.region, region));
  const amzDate = headerValue(request.headers, 'x-amz-date');
  if (amzDate === undefined || parseAmzDate(amzDate) === null) {
    return refused(s3Failures.accessDenied('AWS authentication requires a valid Date or x-amz-date header'));
  }
  if (!amzDate.startsWith(scope.date)) {
    return refused(s3Failures.malformedHeader('Invalid credential date. Date is not the same as X-Amz-Date.'));
  }
  const payloadHash = headerValue(request.headers, 'x-amz-content-sha256');
  if (payloadHash === undefined) return refused(s3Failures.missingContentSha256());
  const signedHeaders = fields.SignedHeaders.split(';');
  const expected = signature(keys.secretAccessKey, scope, amzDate, canonicalRequest(request, signedHeaders, request.query, payloadHash));
  if (!sameSignature(expected, fields.Signature)) return refused(s3Failures.signatureDoesNotMatch());
  return { kind: 'signed', payloadHash };
}

function authenticateQuery(request: ArrivedRequest, keys: SigningKeys, region: string, now: Date): Authentication {
  const parameter = (name: string) => request.query.find(([key]) => key === name)?.[1];
  const credential = parameter('X-Amz-Credential');
  const amzDate = parameter('X-Amz-Date');
  const expires = parameter('X-Amz-Expires');
  const signedHeaders = parameter('X-Amz-SignedHeaders');
  const given = parameter('X-Amz-Signature');
  if (parameter('X-Amz-Algorithm') !== ALGORITHM || !credential || !amzDate || !expires || !signedHeaders || !given) {
    return refused(s3Failures.malformedQuery('Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.'));
  }
  const scope = parseScope(credential);
  if (!scope) return refused(s3Failures.malformedQuery('Error parsing the X-Amz-Credential parameter.'));
  if (scope.accessKeyId !== keys.accessKeyId) return refused(s3Failures.invalidAccessKeyId());
  if (scope.region !== region) {
    return refused(s3Failures.malformedQuery(`Error parsing the X-Amz-Credential parameter; the region '${scope.region}' is wrong; expecting '${region}'`, region));
  }
  const signedAt = parseAmzDate(amzDate);
  const lifetime = Number(expires);
  if (signedAt === null || !amzDate.startsWith(scope.date)) return refused(s3Failures.malformedQuery('X-Amz-Date must be in the ISO8601 Long Format.'));
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_PRESIGNED_SECONDS) {
    return refused(s3Failures.malformedQuery('X-Amz-Expires must be between 1 and 604800 seconds.'));
  }
  const unsigned = request.query.filter(([name]) => name !== 'X-Amz-Signature');
  const payloadHash = parameter('X-Amz-Content-Sha256') ?? UNSIGNED_PAYLOAD;
  const expected = signature(keys.secretAccessKey, scope, amzDate, canonicalRequest(request, signedHeaders.split(';'), unsigned, payloadHash));
  if (!sameSignature(expected, given)) return refused(s3Failures.signatureDoesNotMatch());
  if (now.getTime() > signedAt.getTime() + lifetime * 1000) return refused(s3Failures.accessDenied('Request has expired'));
  return { kind: 'signed', payloadHash: UNSIGNED_PAYLOAD };
}

interface Scope {
  accessKeyId: string;
  date: string;
  region: string;
}

/** `AKID/20260115/us-east-1/s3/aws4_request`. */
function parseScope(credential: string): Scope | null {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[3] !== SERVICE || parts[4] !== 'aws4_request') return null;
  const [accessKeyId, date, region] = parts as [string, string, string];
  return /^\d{8}$/.test(date) ? { accessKeyId, date, region } : null;
}

function parseAuthorizationFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of text.split(',')) {
    const separator = part.indexOf('=');
    if (separator > 0) fields[part.slice(0, separator).trim()] = part.slice(separator + 1).trim();
  }
  return fields;
}

/** `20260115T090000Z`. */
function parseAmzDate(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  return new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
}

function canonicalRequest(request: ArrivedRequest, signedHeaders: readonly string[], query: ArrivedRequest['query'], payloadHash: string): string {
  const headers = signedHeaders.map((name) => `${name}:${(headerValue(request.headers, name) ?? '').trim().replace(/\s+/g, ' ')}\n`);
  return [request.method, request.rawPath || '/', canonicalQuery(query), headers.join(''), signedHeaders.join(';'), payloadHash].join('\n');
}

/** Each name and value encoded the strict RFC 3986 way, sorted by name, then value. */
function canonicalQuery(query: ArrivedRequest['query']): string {
  return query
    .map(([name, value]) => [strictEncode(name), strictEncode(value)] as const)
    .sort(([a, aValue], [b, bValue]) => (a === b ? compare(aValue, bValue) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function strictEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function signature(secretAccessKey: string, scope: Scope, amzDate: string, request: string): string {
  const stringToSign = [ALGORITHM, amzDate, `${scope.date}/${scope.region}/${SERVICE}/aws4_request`, sha256Hex(request)].join('\n');
  let key: Buffer = hmac(`AWS4${secretAccessKey}`, scope.date);
  for (const part of [scope.region, SERVICE, 'aws4_request']) key = hmac(key, part);
  return hmac(key, stringToSign).toString('hex');
}

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
