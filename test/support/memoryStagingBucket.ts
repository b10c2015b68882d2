import type { BucketAddresses, MediaStagingHost, StagingBucket } from '../../main/platforms/staging/mediaStagingHost';

/**
 * A StagingBucket in memory for tests that need the publishers or validation without a real
 * bucket: set up or not (`setUp`), with or without a public domain verified with TikTok. Staged
 * files are kept by ref (their size and type), so a test can see what is left behind.
 */
export interface MemoryStagingBucket extends StagingBucket {
  /** What is in the bucket now, by ref. */
  readonly objects: ReadonlyMap<string, { bytes: number; contentType: string }>;
  setUp(capabilities: { canStage: boolean; canServeTikTokPhotos: boolean }): void;
}

export const NO_BUCKET = { canStage: false, canServeTikTokPhotos: false } as const;
export const PRIVATE_BUCKET = { canStage: true, canServeTikTokPhotos: false } as const;
export const PUBLIC_BUCKET = { canStage: true, canServeTikTokPhotos: true } as const;

/** Where the fake's objects are said to be: pre-signed addresses carry a signature, public ones do not. */
export const MEMORY_BUCKET_BASE = 'https://bucket.example.test';
export const MEMORY_BUCKET_PUBLIC_BASE = 'https://photos.example.test';

export function memoryStagingBucket(initial: { canStage: boolean; canServeTikTokPhotos: boolean } = NO_BUCKET): MemoryStagingBucket {
  let capabilities = { ...initial };
  const objects = new Map<string, { bytes: number; contentType: string }>();
  let serial = 0;

  const hostFor = (addresses: BucketAddresses): MediaStagingHost => ({
    kind: 'bucket',
    async stage(file, progress) {
      serial += 1;
      const ref = `outpost-staging/${serial}/${file.fileName}`;
      objects.set(ref, { bytes: 'bytes' in file ? file.bytes.length : file.size, contentType: file.contentType });
      progress(1);
      return ref;
    },
    async addressOf(ref) {
      return addresses === 'public' ? `${MEMORY_BUCKET_PUBLIC_BASE}/${ref}` : `${MEMORY_BUCKET_BASE}/${ref}?X-Amz-Signature=fake`;
    },
    async remove(refs) {
      for (const ref of refs) objects.delete(ref);
      return [];
    },
  });

  return {
    objects,
    setUp(next) {
      capabilities = { ...next };
    },
    async host(addresses) {
      if (!capabilities.canStage || (addresses === 'public' && !capabilities.canServeTikTokPhotos)) return null;
      return hostFor(addresses);
    },
    capabilities: () => ({ ...capabilities }),
  };
}
