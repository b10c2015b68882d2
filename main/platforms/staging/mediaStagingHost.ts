import type { UploadFile } from '../publishing/jobMedia';

/**
 * Where a photo or video waits for a platform to fetch it by web address (platform-apis.md 2.3
 * and 6.2): Instagram takes media only from a public address, TikTok photo posts only from a
 * domain verified with TikTok. Two hosts: the Instagram account's linked Facebook Page (photos,
 * Facebook Login only) and the owner's S3-compatible bucket (main/staging/).
 *
 * A staged file is named by a `ref` (a Page photo id, a bucket object key) that the publisher keeps
 * in its step results together with the host's `kind`, so the file is found and removed even after
 * a crash or after the owner changed the bucket settings.
 */
export type StagingHostKind = 'page' | 'bucket';

/** A photo's bytes as they leave the machine, or a (large) file streamed from disk. */
export type StagingFile = UploadFile | { filePath: string; size: number; contentType: string; fileName: string };

export interface MediaStagingHost {
  readonly kind: StagingHostKind;
  /** Puts the file on the host; resolves with its ref. Reports progress 0..1 for large files. */
  stage(file: StagingFile, progress: (fraction: number) => void, signal: AbortSignal): Promise<string>;
  /** The address the platform fetches from, made right before the call that needs it (signed addresses expire). */
  addressOf(ref: string): Promise<string>;
  /** Removes staged files, each on its own; a file already gone counts as removed. Resolves with the failures. */
  remove(refs: readonly string[]): Promise<{ ref: string; error: unknown }[]>;
}

/** Which addresses a bucket hands out: pre-signed GET addresses, or the owner's public (TikTok-verified) domain. */
export type BucketAddresses = 'presigned' | 'public';

/** The owner's bucket as the publishers see it; main/staging/ builds it from the saved settings and the vault. */
export interface StagingBucket {
  /** The bucket as a staging host, or null while none is set up (or, for `public`, no verified public domain). */
  host(addresses: BucketAddresses): Promise<MediaStagingHost | null>;
  /** What planning and the composer need to know, read without the secret. */
  capabilities(): { canStage: boolean; canServeTikTokPhotos: boolean };
}
