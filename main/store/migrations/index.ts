import { initialMigration } from './001_initial';
import { accountsAndSecretsMigration } from './002_accounts_and_secrets';
import { accountUpkeepMigration } from './003_account_upkeep';
import { composerAndMediaMigration } from './004_composer_and_media';
import { schedulingMigration } from './005_scheduling';
import { stagingBucketMigration } from './006_staging_bucket';
import { insightsMigration } from './007_insights';
import { insightsIndexesMigration } from './008_insights_indexes';
import type { Migration } from './migration';

/** Every migration of the schema, in version order. A new migration is appended here. */
export const outpostMigrations: readonly Migration[] = [
  initialMigration,
  accountsAndSecretsMigration,
  accountUpkeepMigration,
  composerAndMediaMigration,
  schedulingMigration,
  stagingBucketMigration,
  insightsMigration,
  insightsIndexesMigration,
];
