import { createHash } from 'node:crypto';
import type { ListPage } from './s3Xml';

export interface StoredObject {
  bytes: Buffer;
  contentType: string;
  /** S3's ETag for a single PUT: the MD5 of the bytes, in hex. */
  etag: string;
  lastModified: Date;
}

/** ListObjectsV2's default and largest page. */
const MAX_KEYS = 1000;

/** The sandbox's buckets, in memory: fixed at start, objects by key. */
export class S3Buckets {
  private readonly buckets = new Map<string, Map<string, StoredObject>>();

  constructor(names: readonly string[]) {
    for (const name of names) this.buckets.set(name, new Map());
  }

  has(bucket: string): boolean {
    return this.buckets.has(bucket);
  }

  get(bucket: string, key: string): StoredObject | undefined {
    return this.objectsOf(bucket).get(key);
  }

  put(bucket: string, key: string, bytes: Buffer, contentType: string, now: Date): StoredObject {
    const object = { bytes, contentType, etag: createHash('md5').update(bytes).digest('hex'), lastModified: now };
    this.objectsOf(bucket).set(key, object);
    return object;
  }

  delete(bucket: string, key: string): void {
    this.objectsOf(bucket).delete(key);
  }

  keys(bucket: string): string[] {
    return [...this.objectsOf(bucket).keys()].sort();
  }

  /** One page in key order; the continuation token is the last key listed, base64-encoded. */
  list(bucket: string, options: { prefix: string; maxKeys: number | null; continuationToken: string | null; startAfter: string | null }): ListPage {
    const maxKeys = Math.min(options.maxKeys ?? MAX_KEYS, MAX_KEYS);
    const after = options.continuationToken !== null ? Buffer.from(options.continuationToken, 'base64').toString('utf8') : options.startAfter;
    const matching = this.keys(bucket).filter((key) => key.startsWith(options.prefix) && (after === null || key > after));
    const keys = matching.slice(0, maxKeys);
    const last = keys.at(-1);
    return {
      bucket,
      prefix: options.prefix,
      maxKeys,
      objects: keys.map((key) => {
        const object = this.get(bucket, key)!;
        return { key, size: object.bytes.length, etag: object.etag, lastModified: object.lastModified };
      }),
      continuationToken: options.continuationToken,
      nextContinuationToken: matching.length > keys.length && last !== undefined ? Buffer.from(last, 'utf8').toString('base64') : null,
      startAfter: options.startAfter,
    };
  }

  private objectsOf(bucket: string): Map<string, StoredObject> {
    const objects = this.buckets.get(bucket);
    if (!objects) throw new Error(`The S3 sandbox has no bucket "${bucket}".`);
    return objects;
  }
}
