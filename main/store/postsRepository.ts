import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './transaction';
import { toUtcInstant } from './utcInstant';

/** The states of DESIGN.md's target state machine, as the schema's CHECK lists them. */
export type TargetStatus =
  | 'draft'
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'failed'
  | 'needs_attention'
  | 'missed';

/** A post as the owner wrote it once. */
export interface NewPost {
  id: string;
  body: string;
  /** ISO-8601 instant; also the post's and its targets' first `updated_at`. */
  createdAt: string;
}

/** One destination of a post: its account, caption variant, schedule and status. */
export interface NewTarget {
  id: string;
  /** Null while the owner has not chosen the account. */
  accountId: string | null;
  status: TargetStatus;
  /** ISO-8601 instant, stored in UTC; null while unscheduled. */
  dueAtUtc: string | null;
  /** The IANA zone the owner scheduled in. */
  timezone: string | null;
  /** Null means "use the post's body". */
  caption: string | null;
}

/** One entry of the calendar: a scheduled target with the text of its post. */
export interface CalendarEntry {
  targetId: string;
  postId: string;
  accountId: string | null;
  status: TargetStatus;
  dueAtUtc: string;
  timezone: string | null;
  caption: string | null;
  body: string;
}

export interface PostWithTargets {
  post: NewPost;
  targets: readonly NewTarget[];
}

export interface PostsRepository {
  /** Stores a post and all its targets as one change: all of them or, on any error, none. */
  insertPostWithTargets(post: NewPost, targets: readonly NewTarget[]): void;
  /**
   * Stores many posts (an import, the demo data) as one change. Much faster than one call each
   * inside a caller's transaction, where every call pays for its own savepoint.
   */
  insertPostsWithTargets(entries: readonly PostWithTargets[]): void;
  /** Targets due in [from, to), earliest first (ties by target id): the calendar's month or week. */
  listTargetsDueBetween(fromIso: string, toIso: string): CalendarEntry[];
}

/** Posts and their targets. Statements are prepared once per repository and reused. */
export function createPostsRepository(db: DatabaseSync): PostsRepository {
  const insertPost = db.prepare(
    'INSERT INTO posts (id, body, created_at, updated_at) VALUES (:id, :body, :createdAt, :createdAt)',
  );
  const insertTarget = db.prepare(
    `INSERT INTO targets (id, post_id, account_id, status, due_at_utc, timezone, caption, updated_at)
     VALUES (:id, :postId, :accountId, :status, :dueAtUtc, :timezone, :caption, :updatedAt)`,
  );
  // Columns are aliased to CalendarEntry's property names, and the STRICT tables' types and CHECKs
  // guarantee the values' types, so rows are returned as they come without copying.
  const selectDueBetween = db.prepare(
    `SELECT t.id AS targetId, t.post_id AS postId, t.account_id AS accountId, t.status AS status,
            t.due_at_utc AS dueAtUtc, t.timezone AS timezone, t.caption AS caption, p.body AS body
       FROM targets t JOIN posts p ON p.id = t.post_id
      WHERE t.due_at_utc >= :from AND t.due_at_utc < :to
      ORDER BY t.due_at_utc, t.id`,
  );

  /** Inserts without a transaction of its own; callers wrap it. */
  function insertOne({ post, targets }: PostWithTargets): void {
    const createdAt = toUtcInstant(post.createdAt);
    insertPost.run({ id: post.id, body: post.body, createdAt });
    for (const target of targets) {
      insertTarget.run({
        id: target.id,
        postId: post.id,
        accountId: target.accountId,
        status: target.status,
        dueAtUtc: target.dueAtUtc === null ? null : toUtcInstant(target.dueAtUtc),
        timezone: target.timezone,
        caption: target.caption,
        updatedAt: createdAt,
      });
    }
  }

  return {
    insertPostWithTargets(post, targets) {
      inTransaction(db, () => insertOne({ post, targets }));
    },

    insertPostsWithTargets(entries) {
      inTransaction(db, () => {
        for (const entry of entries) insertOne(entry);
      });
    },

    listTargetsDueBetween(fromIso, toIso) {
      const rows = selectDueBetween.all({ from: toUtcInstant(fromIso), to: toUtcInstant(toIso) });
      return rows as unknown as CalendarEntry[];
    },
  };
}
