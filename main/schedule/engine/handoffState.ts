/**
 * What `targets.handoff` holds (JSON) for platform-side scheduling (Facebook Pages):
 *  - `handing`: the hand-over steps are running; doubles as the claim, so it never runs twice;
 *  - `handed`: the platform holds the post; `dueAt` and `fingerprint` are what it was given;
 *  - `declined`: not handed over (the publisher does not accept it, or the hand-over failed), so
 *    Outpost publishes it itself. Remembered with the due time and the last edit it was decided
 *    for (`contentAt`), and decided again when either changes.
 * Null: never considered.
 */
export type Handoff =
  | { state: 'handing' }
  | { state: 'handed'; scheduledPostId: string; dueAt: string; fingerprint: string }
  | { state: 'declined'; dueAt: string; contentAt: string };

export function parseHandoff(json: string | null): Handoff | null {
  return json === null ? null : (JSON.parse(json) as Handoff);
}

/** SQL: the target (alias `t`) is Outpost's to publish (not held by a hand-over). */
export const PUBLISHED_BY_APP = `(t.handoff IS NULL OR json_extract(t.handoff, '$.state') = 'declined')`;
