import type { DatabaseSync } from 'node:sqlite';

let savepointSequence = 0;

/**
 * Runs `work` as one atomic change: all of its writes are committed together or none are.
 *
 * At the top level this is `BEGIN IMMEDIATE`, which takes the write lock up front so that a busy
 * database fails (after busy_timeout) before any work is done rather than half-way at the first
 * write. Called inside another transaction it becomes a savepoint, so repository methods that are
 * atomic on their own can also be composed into a larger atomic change (an import, say), and a
 * failing inner call that the caller catches leaves none of its writes behind.
 *
 * `work` must be synchronous: node:sqlite is synchronous, and an `await` inside would let other
 * code write into this transaction.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return inSavepoint(db, work);
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    // A failed COMMIT (SQLITE_BUSY, disk full) leaves the transaction open; end it either way.
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function inSavepoint<T>(db: DatabaseSync, work: () => T): T {
  const name = `outpost_savepoint_${++savepointSequence}`;
  db.exec(`SAVEPOINT ${name}`);
  try {
    const result = work();
    db.exec(`RELEASE ${name}`);
    return result;
  } catch (error) {
    db.exec(`ROLLBACK TO ${name}`);
    db.exec(`RELEASE ${name}`);
    throw error;
  }
}
