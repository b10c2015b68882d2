import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DraftsQuery, Platform, TargetStatus } from '../../preload/contract';
import { registerSearchFold, SEARCH_FOLD, searchPattern } from '../store/textSearch';

/** One post of the drafts list, before the service adds its excerpt and thumbnail. */
export interface DraftListing {
  id: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  mediaIds: string[];
  targets: { platform: Platform; accountId: string | null; status: TargetStatus }[];
}

/** The list is for finding a draft, not for paging through history: more than this is refined by search. */
export const DRAFTS_LIST_LIMIT = 500;

type Sort = NonNullable<DraftsQuery['sort']>;

const ORDER_BY: Record<Sort, string> = {
  updated: 'p.updated_at DESC, p.id',
  created: 'p.created_at DESC, p.id',
  text: 'p.body COLLATE NOCASE, p.id',
};

/**
 * Drafts are posts not in the bin with no target beyond "draft" (scheduled posts live in the
 * calendar). The search matches the post's text and every caption variant, in any case
 * (textSearch.ts), and the owner's `%`, `_` and `\` are matched as themselves.
 */
const draftsSql = (sort: Sort) => `
  SELECT p.id, p.body, p.created_at AS createdAt, p.updated_at AS updatedAt FROM posts p
   WHERE p.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.post_id = p.id AND t.status <> 'draft')
     AND (:pattern IS NULL OR ${SEARCH_FOLD}(p.body) LIKE :pattern ESCAPE '\\'
          OR EXISTS (SELECT 1 FROM targets t WHERE t.post_id = p.id AND ${SEARCH_FOLD}(t.caption) LIKE :pattern ESCAPE '\\'))
     AND (:accountId IS NULL OR EXISTS (SELECT 1 FROM targets t WHERE t.post_id = p.id AND t.account_id = :accountId))
   ORDER BY ${ORDER_BY[sort]}
   LIMIT ${DRAFTS_LIST_LIMIT}`;

export function createDraftsListing(db: DatabaseSync) {
  registerSearchFold(db);
  const bySort = Object.fromEntries(
    (Object.keys(ORDER_BY) as Sort[]).map((sort) => [sort, db.prepare(draftsSql(sort))]),
  ) as Record<Sort, StatementSync>;
  // The listed posts' media and targets, two queries for the whole page rather than two per post.
  const mediaOf = db.prepare(
    'SELECT post_id, media_id FROM post_media WHERE post_id IN (SELECT value FROM json_each(?)) ORDER BY post_id, position',
  );
  const targetsOf = db.prepare(`
    SELECT t.post_id, coalesce(t.platform, a.platform) AS platform, t.account_id AS accountId, t.status
      FROM targets t LEFT JOIN accounts a ON a.id = t.account_id
     WHERE t.post_id IN (SELECT value FROM json_each(?)) ORDER BY t.post_id, t.position, t.rowid`);

  return {
    list(query: DraftsQuery): DraftListing[] {
      const parameters = { pattern: searchPattern(query.search), accountId: query.accountId ?? null };
      const posts = bySort[query.sort ?? 'updated'].all(parameters) as unknown as PostListingRow[];
      const listed = new Map<string, DraftListing>(posts.map((post) => [post.id, { ...post, mediaIds: [], targets: [] }]));
      const ids = JSON.stringify([...listed.keys()]);
      for (const row of mediaOf.all(ids) as unknown as MediaListingRow[]) listed.get(row.post_id)?.mediaIds.push(row.media_id);
      for (const { post_id, platform, accountId, status } of targetsOf.all(ids) as unknown as TargetListingRow[]) {
        // A target with neither platform nor account has no destination to show (see draftRows.ts).
        if (platform !== null) listed.get(post_id)?.targets.push({ platform, accountId, status });
      }
      return [...listed.values()];
    },
  };
}

type PostListingRow = Omit<DraftListing, 'mediaIds' | 'targets'>;
type MediaListingRow = { post_id: string; media_id: string };
type TargetListingRow = { post_id: string; platform: Platform | null; accountId: string | null; status: TargetStatus };
