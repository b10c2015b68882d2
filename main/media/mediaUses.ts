/**
 * Which posts use which items, as SQL common table expressions the repository's reads and the
 * delete share: a post's media, and an Instagram reel's cover image (a target's
 * `options.coverMediaId`), the same places the composer swaps an item for its fixed copy. A
 * target's own selection is a subset of its post's media, so it adds no post. `live_uses` leaves
 * out posts in the bin. `scope` is a condition on `media_id`, so that a query about a few items
 * reads only their rows of `post_media` (indexed by media id).
 *
 * The cover is read with CASE so that a malformed `options` value is skipped, never an error.
 */
export function mediaUses(scope: string): string {
  return `
    uses (media_id, post_id) AS (
      SELECT pm.media_id, pm.post_id FROM post_media pm WHERE pm.media_id ${scope}
      UNION
      SELECT covers.media_id, covers.post_id FROM (
        SELECT CASE WHEN json_valid(t.options) THEN json_extract(t.options, '$.coverMediaId') END AS media_id, t.post_id
          FROM targets t WHERE t.options IS NOT NULL
      ) covers WHERE covers.media_id ${scope}
    ),
    live_uses (media_id, post_id) AS (
      SELECT uses.media_id, uses.post_id FROM uses JOIN posts p ON p.id = uses.post_id WHERE p.deleted_at IS NULL
    ),
    usage (media_id, used_by) AS (SELECT media_id, count(*) FROM live_uses GROUP BY media_id)`;
}

/** Posts that would publish an item soon: taking it out of them would change what goes out. */
export const LOCKED_STATUSES = "('scheduled', 'publishing')";
