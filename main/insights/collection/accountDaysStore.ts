import type { DatabaseSync } from 'node:sqlite';
import type { LocalDate } from '../../../preload/contract';
import { inTransaction } from '../../store/transaction';
import type { AccountDay } from '../insightsSource';

/**
 * `account_insight_days`: an account's figures per day. A day the platform revised replaces what
 * was stored. `collected_at` is also when the account's daily run last brought something in, which
 * is how the start-up catch-up knows a daily run was missed (no separate table needed).
 */
export function createAccountDaysStore(db: DatabaseSync) {
  const upsert = db.prepare(`
    INSERT INTO account_insight_days (account_id, day, metric, value, collected_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (account_id, day, metric) DO UPDATE SET value = excluded.value, collected_at = excluded.collected_at`);
  const lastDay = db.prepare('SELECT max(day) AS day FROM account_insight_days WHERE account_id = ?');
  const lastCollected = db.prepare('SELECT max(collected_at) AS at FROM account_insight_days WHERE account_id = ?');
  const lastCollectedOverall = db.prepare('SELECT max(collected_at) AS at FROM account_insight_days');

  return {
    /** Stores the days (a revised day replaces); returns the rows written. */
    store(accountId: string, days: readonly AccountDay[], collectedAt: Date): number {
      const at = collectedAt.toISOString();
      return inTransaction(db, () => {
        let written = 0;
        for (const { day, values } of days) {
          for (const [metric, value] of Object.entries(values)) {
            if (typeof value === 'number' && Number.isFinite(value)) written += Number(upsert.run(accountId, day, metric, value, at).changes);
          }
        }
        return written;
      });
    },
    lastDay(accountId: string): LocalDate | null {
      return (lastDay.get(accountId) as { day: string | null }).day;
    },
    lastCollectedAt(accountId: string): Date | null {
      const { at } = lastCollected.get(accountId) as { at: string | null };
      return at === null ? null : new Date(at);
    },
    latestCollectedAt(): Date | null {
      const { at } = lastCollectedOverall.get() as { at: string | null };
      return at === null ? null : new Date(at);
    },
  };
}

export type AccountDaysStore = ReturnType<typeof createAccountDaysStore>;
