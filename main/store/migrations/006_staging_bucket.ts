import type { Migration } from './migration';

/**
 * The owner's media staging bucket (issue 7): an S3-compatible bucket Instagram and TikTok fetch
 * photos and videos from. One row at most (id 1): the endpoint (null = AWS S3), region, bucket,
 * access key id, path-style switch, the public address for TikTok photos and whether its domain
 * is verified with TikTok. The secret access key lives in the token vault (`staging-bucket:secret`),
 * never here.
 */
export const stagingBucketMigration: Migration = {
  version: 6,
  name: 'staging bucket',
  up(db) {
    db.exec(`
      CREATE TABLE staging_bucket (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        endpoint TEXT,
        region TEXT NOT NULL,
        bucket TEXT NOT NULL,
        access_key_id TEXT NOT NULL,
        force_path_style INTEGER NOT NULL CHECK (force_path_style IN (0, 1)),
        public_base_url TEXT,
        public_domain_verified INTEGER NOT NULL CHECK (public_domain_verified IN (0, 1)),
        saved_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
