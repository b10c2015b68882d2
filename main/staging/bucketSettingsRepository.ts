import type { DatabaseSync } from 'node:sqlite';
import type { BucketSettings } from '../../preload/contract';

export interface BucketSettingsRepository {
  get(): BucketSettings | null;
  /** Replaces the one saved bucket; `savedAt` is kept for support (when the settings last changed). */
  save(settings: BucketSettings, savedAt: string): void;
  remove(): void;
}

interface BucketRow {
  endpoint: string | null;
  region: string;
  bucket: string;
  access_key_id: string;
  force_path_style: number;
  public_base_url: string | null;
  public_domain_verified: number;
}

/** The `staging_bucket` row (migration 006): everything about the bucket but its secret key. */
export function createBucketSettingsRepository(db: DatabaseSync): BucketSettingsRepository {
  const select = db.prepare(`
    SELECT endpoint, region, bucket, access_key_id, force_path_style, public_base_url, public_domain_verified
    FROM staging_bucket WHERE id = 1`);
  const upsert = db.prepare(`
    INSERT INTO staging_bucket
      (id, endpoint, region, bucket, access_key_id, force_path_style, public_base_url, public_domain_verified, saved_at)
    VALUES (1, :endpoint, :region, :bucket, :accessKeyId, :forcePathStyle, :publicBaseUrl, :verified, :savedAt)
    ON CONFLICT (id) DO UPDATE SET endpoint = excluded.endpoint, region = excluded.region, bucket = excluded.bucket,
      access_key_id = excluded.access_key_id, force_path_style = excluded.force_path_style,
      public_base_url = excluded.public_base_url, public_domain_verified = excluded.public_domain_verified,
      saved_at = excluded.saved_at`);
  const remove = db.prepare('DELETE FROM staging_bucket');

  return {
    get() {
      const row = select.get() as BucketRow | undefined;
      if (!row) return null;
      return {
        endpoint: row.endpoint,
        region: row.region,
        bucket: row.bucket,
        accessKeyId: row.access_key_id,
        forcePathStyle: row.force_path_style === 1,
        publicBaseUrl: row.public_base_url,
        publicDomainVerifiedWithTikTok: row.public_domain_verified === 1,
      };
    },
    save(settings, savedAt) {
      upsert.run({
        endpoint: settings.endpoint,
        region: settings.region,
        bucket: settings.bucket,
        accessKeyId: settings.accessKeyId,
        forcePathStyle: settings.forcePathStyle ? 1 : 0,
        publicBaseUrl: settings.publicBaseUrl,
        verified: settings.publicDomainVerifiedWithTikTok ? 1 : 0,
        savedAt,
      });
    },
    remove() {
      remove.run();
    },
  };
}
