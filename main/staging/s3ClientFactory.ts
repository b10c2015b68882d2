import { S3Client } from '@aws-sdk/client-s3';
import type { BucketSettings } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';

/** How long to wait for the endpoint to accept a connection before calling it unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * How long a connection may sit silent (no byte sent or received) before it is given up. Not a
 * limit on the whole request: a large video on a slow line may take much longer, and keeps going.
 */
const IDLE_TIMEOUT_MS = 60_000;

/**
 * An S3 client for the owner's bucket through the official AWS SDK, with the saved settings and
 * the secret key read from the vault. The credentials are given outright, so the SDK never looks
 * for others (environment variables, ~/.aws) on the owner's computer.
 */
export function createS3Client(settings: BucketSettings, secretAccessKey: string, logger: Logger): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint !== null && { endpoint: settings.endpoint }),
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey },
    // Since SDK 3.729 (January 2025) the client adds CRC32 checksums to every upload by default
    // (an `x-amz-checksum-crc32` header, or an aws-chunked body with a trailing checksum when the
    // body is a stream) and asks for checksums back on downloads, which also ends up in
    // pre-signed GET addresses. Cloudflare R2 answers 501 NotImplemented to those headers,
    // Backblaze B2 refuses `x-amz-sdk-checksum-algorithm`, and MinIO versions differ. "Only when
    // the operation requires it" keeps the requests S3-compatible services have always taken. A
    // photo's bytes stay covered by the signature (their SHA-256); a video streamed from disk is
    // sent as UNSIGNED-PAYLOAD, as streamed uploads always were, with its length fixed.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, socketTimeout: IDLE_TIMEOUT_MS },
    logger: sdkLogger(logger),
  });
}

/**
 * The SDK's own warnings (a failed streamed upload cannot be retried, say) go to Outpost's log
 * rather than the console. Only plain text is passed on: the SDK's debug and info lines carry
 * requests, which carry signatures.
 */
function sdkLogger(logger: Logger) {
  const ignore = () => {};
  const pass = (level: 'warn' | 'error') => (...content: unknown[]) => {
    const text = content.filter((part): part is string => typeof part === 'string').join(' ');
    if (text !== '') logger[level]({ source: 'aws-sdk' }, text);
  };
  return { trace: ignore, debug: ignore, info: ignore, warn: pass('warn'), error: pass('error') };
}
