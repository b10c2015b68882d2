import type { DatabaseSync } from 'node:sqlite';
import type { Platform, TargetStatus } from '../../../preload/contract';
import { inTransaction } from '../../../main/store/transaction';

export interface BenchAccount {
  id: string;
  platform: Platform;
}

/** A target as scheduling (or a crash in the middle of publishing) leaves it. */
export interface BenchTarget {
  id: string;
  account: BenchAccount;
  status: Extract<TargetStatus, 'scheduled' | 'publishing'>;
  dueAtMs: number;
}

/**
 * Instagram's `content_publishing_limit` as if read from the platform, far above the posts a bench
 * makes, so the engine consults the posting ledger on every claim (as it does for Instagram) and
 * never holds a target at the limit.
 */
const BENCH_PUBLISHING_LIMIT = JSON.stringify({ quotaTotal: 100_000, quotaUsage: 0, quotaDurationSeconds: 86_400 });

/** Connected demo accounts, as connecting them leaves the rows. */
export function insertAccounts(db: DatabaseSync, accounts: readonly BenchAccount[], at: Date): void {
  const insert = db.prepare(
    `INSERT INTO accounts (id, platform, platform_account_id, display_name, is_demo, created_at, connected_at, login_path, publishing_limit)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  for (const { id, platform } of accounts) {
    const loginPath = platform === 'tiktok' ? 'tiktok_login' : 'facebook_login';
    const limit = platform === 'instagram' ? BENCH_PUBLISHING_LIMIT : null;
    insert.run(id, platform, `p-${id}`, `Bench ${id}`, at.toISOString(), at.toISOString(), loginPath, limit);
  }
}

/**
 * One post per target, all in one transaction. A target in 'publishing' is left as a crash right
 * after its claim leaves it: attempt 1, no step started.
 */
export function insertTargets(db: DatabaseSync, targets: readonly BenchTarget[], at: Date): void {
  const insertPost = db.prepare('INSERT INTO posts (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insertTarget = db.prepare(
    `INSERT INTO targets (id, post_id, account_id, platform, status, due_at_utc, timezone, attempt, updated_at, position)
     VALUES (?, ?, ?, ?, ?, ?, 'Europe/Berlin', ?, ?, 0)`,
  );
  const stamp = at.toISOString();
  inTransaction(db, () => {
    for (const { id, account, status, dueAtMs } of targets) {
      const postId = `post-${id}`;
      insertPost.run(postId, `Bench post ${id}: a few lines about the week's news.`, stamp, stamp);
      insertTarget.run(id, postId, account.id, account.platform, status, new Date(dueAtMs).toISOString(), status === 'publishing' ? 1 : 0, stamp);
    }
  });
}

/** How many targets are in each status: what the benches check their runs against. */
export function countByStatus(db: DatabaseSync): Record<string, number> {
  const rows = db.prepare('SELECT status, count(*) AS n FROM targets GROUP BY status ORDER BY status').all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map(({ status, n }) => [status, n]));
}
