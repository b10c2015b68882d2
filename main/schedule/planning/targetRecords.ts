import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  suggestPostType,
  TargetProblem,
  type MediaKind,
  type Platform,
  type PostType,
  type TargetStatus,
} from '../../../preload/contract';
import { toUtcInstant } from '../../store/utcInstant';

/** A target as planning reads it: its row, its post's text and first media, its account's name. */
export interface TargetRecord {
  targetId: string;
  postId: string;
  platform: Platform;
  accountId: string | null;
  /** Null when no account is chosen, or it was disconnected. */
  accountName: string | null;
  postType: PostType;
  /** What goes out: the target's caption variant, else the post's text. */
  caption: string;
  /** The first item it shows: its own media selection's, else the post's. */
  firstMediaId: string | null;
  status: TargetStatus;
  dueAt: string | null;
  timezone: string | null;
  notBefore: string | null;
  problem: TargetProblem | null;
  publishedAt: string | null;
  permalink: string | null;
  lateByMinutes: number | null;
  /**
   * The engine has started or finished handing it to Facebook's own schedule (or decided not to):
   * a cancel must ask the engine to take it back first.
   */
  hasHandoff: boolean;
  /** Facebook holds it (the handoff names the scheduled post): it goes out with the computer off. */
  handedOff: boolean;
}

interface TargetRecordRow {
  id: string;
  post_id: string;
  platform: Platform;
  account_id: string | null;
  account_name: string | null;
  post_type: string | null;
  caption: string | null;
  body: string;
  media_ids: string | null;
  first_post_media: string | null;
  /** JSON array of the post's media kinds; read only for rows stored without a post type. */
  post_media_kinds: string | null;
  status: TargetStatus;
  due_at_utc: string | null;
  timezone: string | null;
  not_before_utc: string | null;
  problem: string | null;
  published_at: string | null;
  permalink: string | null;
  late_by_minutes: number | null;
  handoff: string | null;
}

/** Filters of the calendar; an absent or empty list does not filter. */
export interface TargetFilters {
  accountIds?: readonly string[] | undefined;
  platforms?: readonly Platform[] | undefined;
  statuses?: readonly TargetStatus[] | undefined;
}

export interface TargetRecords {
  one(targetId: string): TargetRecord | undefined;
  /** In the order asked; unknown ids are left out. */
  byIds(targetIds: readonly string[]): TargetRecord[];
  /** Due in [from, to), earliest first. */
  dueBetween(from: string, to: string, filters: TargetFilters): TargetRecord[];
  /** In these states, earliest due first (never-scheduled last). */
  withStatus(statuses: readonly TargetStatus[]): TargetRecord[];
  /** The earliest scheduled target. */
  nextScheduled(): TargetRecord | undefined;
  /** Scheduled targets due before `until` (overdue ones included), earliest first. */
  scheduledDueBefore(until: string): TargetRecord[];
  countByStatus(): ReadonlyMap<TargetStatus, number>;
}

// A target belongs to the schedule while its post is not in the bin. Rows with neither a platform
// nor an account have no destination to show (the composer skips them too).
const FROM = `
  FROM targets t
  JOIN posts p ON p.id = t.post_id AND p.deleted_at IS NULL
  LEFT JOIN accounts a ON a.id = t.account_id
 WHERE coalesce(t.platform, a.platform) IS NOT NULL`;

const SELECT = `
SELECT t.id, t.post_id, coalesce(t.platform, a.platform) AS platform, t.account_id,
       CASE WHEN a.disconnected_at IS NULL THEN a.display_name END AS account_name,
       t.post_type, t.caption, p.body, t.media_ids,
       (SELECT pm.media_id FROM post_media pm WHERE pm.post_id = t.post_id ORDER BY pm.position LIMIT 1) AS first_post_media,
       CASE WHEN t.post_type IS NULL THEN
         (SELECT json_group_array(m.kind) FROM post_media pm JOIN media m ON m.id = pm.media_id WHERE pm.post_id = t.post_id)
       END AS post_media_kinds,
       t.status, t.due_at_utc, t.timezone, t.not_before_utc, t.problem, t.published_at, t.permalink, t.late_by_minutes, t.handoff
${FROM}`;

const DUE_ORDER = 'ORDER BY t.due_at_utc IS NULL, t.due_at_utc, t.id';

/** A list filter as a JSON parameter: null when it does not filter. */
const listParameter = (values: readonly string[] | undefined) => (values && values.length > 0 ? JSON.stringify(values) : null);

/**
 * The engine writes `handoff` as it hands a target over (`handing`, `handed`, `declined`); only a
 * `handed` one names the post Facebook holds.
 */
function isHandedOff(handoff: string | null): boolean {
  if (handoff === null) return false;
  const parsed = JSON.parse(handoff) as { scheduledPostId?: unknown };
  return typeof parsed.scheduledPostId === 'string' && parsed.scheduledPostId !== '';
}

function firstMediaOf(row: TargetRecordRow): string | null {
  if (row.media_ids === null) return row.first_post_media;
  return (JSON.parse(row.media_ids) as string[])[0] ?? null;
}

function toRecord(row: TargetRecordRow): TargetRecord {
  const kinds = row.post_media_kinds === null ? [] : (JSON.parse(row.post_media_kinds) as MediaKind[]);
  return {
    targetId: row.id,
    postId: row.post_id,
    platform: row.platform,
    accountId: row.account_id,
    accountName: row.account_name,
    postType: (row.post_type as PostType | null) ?? suggestPostType(row.platform, kinds),
    caption: row.caption ?? row.body,
    firstMediaId: firstMediaOf(row),
    status: row.status,
    dueAt: row.due_at_utc,
    timezone: row.timezone,
    notBefore: row.not_before_utc,
    problem: row.problem === null ? null : TargetProblem.parse(JSON.parse(row.problem)),
    publishedAt: row.published_at,
    permalink: row.permalink,
    lateByMinutes: row.late_by_minutes,
    hasHandoff: row.handoff !== null,
    handedOff: isHandedOff(row.handoff),
  };
}

/** The read side of the schedule. Statements are prepared once and reused. */
export function createTargetRecords(db: DatabaseSync): TargetRecords {
  const all = (statement: StatementSync, parameters: Record<string, string | null>) =>
    (statement.all(parameters) as unknown as TargetRecordRow[]).map(toRecord);

  const selectOne = db.prepare(`${SELECT} AND t.id = :id`);
  const selectByIds = db.prepare(`${SELECT} AND t.id IN (SELECT value FROM json_each(:ids))`);
  const selectDueBetween = db.prepare(`${SELECT}
    AND t.due_at_utc >= :from AND t.due_at_utc < :to
    AND (:accountIds IS NULL OR t.account_id IN (SELECT value FROM json_each(:accountIds)))
    AND (:platforms IS NULL OR coalesce(t.platform, a.platform) IN (SELECT value FROM json_each(:platforms)))
    AND (:statuses IS NULL OR t.status IN (SELECT value FROM json_each(:statuses)))
    ORDER BY t.due_at_utc, t.id`);
  const selectWithStatus = db.prepare(`${SELECT} AND t.status IN (SELECT value FROM json_each(:statuses)) ${DUE_ORDER}`);
  const selectNextScheduled = db.prepare(`${SELECT} AND t.status = 'scheduled' AND t.due_at_utc IS NOT NULL ORDER BY t.due_at_utc, t.id LIMIT 1`);
  const selectScheduledDueBefore = db.prepare(`${SELECT} AND t.status = 'scheduled' AND t.due_at_utc < :until ORDER BY t.due_at_utc, t.id`);
  const selectCounts = db.prepare(`SELECT t.status AS status, count(*) AS n ${FROM} GROUP BY t.status`);

  return {
    one: (targetId) => all(selectOne, { id: targetId })[0],
    byIds(targetIds) {
      const found = new Map(all(selectByIds, { ids: JSON.stringify(targetIds) }).map((record) => [record.targetId, record]));
      return targetIds.flatMap((id) => found.get(id) ?? []);
    },
    dueBetween: (from, to, filters) =>
      all(selectDueBetween, {
        from: toUtcInstant(from),
        to: toUtcInstant(to),
        accountIds: listParameter(filters.accountIds),
        platforms: listParameter(filters.platforms),
        statuses: listParameter(filters.statuses),
      }),
    withStatus: (statuses) => all(selectWithStatus, { statuses: JSON.stringify(statuses) }),
    nextScheduled: () => all(selectNextScheduled, {})[0],
    scheduledDueBefore: (until) => all(selectScheduledDueBefore, { until }),
    countByStatus: () =>
      new Map((selectCounts.all() as { status: TargetStatus; n: number }[]).map((row) => [row.status, Number(row.n)])),
  };
}
