import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';

/**
 * Instagram's `content_publishing_limit` as last read before a publish (platform-apis.md 2.2),
 * kept per account in `accounts.publishing_limit` so the posting ledger can warn while planning
 * with the platform's own numbers instead of the fallback.
 */
export const PublishingLimitReading = z.object({
  quotaTotal: z.number().int().nonnegative(),
  quotaUsage: z.number().int().nonnegative(),
  quotaDurationSeconds: z.number().int().positive(),
  /** When it was read (ISO instant): the usage is of the window ending then. */
  readAt: z.string(),
});
export type PublishingLimitReading = z.infer<typeof PublishingLimitReading>;

export interface PublishingLimits {
  record(accountId: string, reading: PublishingLimitReading): void;
  /** The last reading, or null when there is none (or it no longer reads: then it is read again). */
  read(accountId: string): PublishingLimitReading | null;
}

export function createPublishingLimits(db: DatabaseSync): PublishingLimits {
  const update = db.prepare('UPDATE accounts SET publishing_limit = ? WHERE id = ?');
  const select = db.prepare('SELECT publishing_limit FROM accounts WHERE id = ?');
  return {
    record(accountId, reading) {
      update.run(JSON.stringify(PublishingLimitReading.parse(reading)), accountId);
    },
    read(accountId) {
      const row = select.get(accountId) as { publishing_limit: string | null } | undefined;
      if (!row?.publishing_limit) return null;
      try {
        const parsed = PublishingLimitReading.safeParse(JSON.parse(row.publishing_limit));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}
