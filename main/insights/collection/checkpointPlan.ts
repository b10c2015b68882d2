import type { InsightCheckpoint, PostType } from '../../../preload/contract';

const HOUR_MS = 60 * 60_000;

/** When a post is measured after it goes out (issue 8). */
const POST_PLAN: readonly (readonly [InsightCheckpoint, number])[] = [
  ['1h', HOUR_MS],
  ['24h', 24 * HOUR_MS],
  ['72h', 72 * HOUR_MS],
  ['7d', 7 * 24 * HOUR_MS],
  ['28d', 28 * 24 * HOUR_MS],
];

/** A story's figures live 24 hours (reference 4.1): measured early, and once more just before the end. */
const STORY_PLAN: readonly (readonly [InsightCheckpoint, number])[] = [
  ['1h', HOUR_MS],
  ['23h', 23 * HOUR_MS],
];
export const STORY_LIFETIME_MS = 24 * HOUR_MS;

export interface PlannedCheckpoint {
  checkpoint: InsightCheckpoint;
  dueAt: Date;
}

const planOf = (kind: PostType) => (kind === 'story' ? STORY_PLAN : POST_PLAN);
const isStoryGone = (kind: PostType, publishedAt: Date, now: Date) =>
  kind === 'story' && now.getTime() >= publishedAt.getTime() + STORY_LIFETIME_MS;

/**
 * The first measurement of a post just registered (published by Outpost or found on the
 * platform). Null when there is nothing to measure: a story found after its 24 hours.
 */
export function firstCheckpoint(kind: PostType, publishedAt: Date, now: Date): PlannedCheckpoint | null {
  if (isStoryGone(kind, publishedAt, now)) return null;
  return checkpointAfter(kind, publishedAt, null);
}

/** The checkpoint that follows `taken` (the first one for null), or null when the plan is complete. */
export function checkpointAfter(kind: PostType, publishedAt: Date, taken: InsightCheckpoint | null): PlannedCheckpoint | null {
  const plan = planOf(kind);
  const index = taken === null ? 0 : plan.findIndex(([checkpoint]) => checkpoint === taken) + 1;
  // A checkpoint not in this kind's plan (0 here) ends it rather than starting it over.
  const entry = taken !== null && index === 0 ? undefined : plan[index];
  return entry ? { checkpoint: entry[0], dueAt: new Date(publishedAt.getTime() + entry[1]) } : null;
}

/**
 * What a measurement taken `now` for the due checkpoint `next` is labelled: the latest checkpoint
 * of the plan that has passed. After the app was off, several may have passed; they would all read
 * the same figures now, so ONE measurement stands for the latest and the earlier ones are skipped
 * (a label earlier than its figures would make the post look better at 24 hours than it was).
 * Null when nothing can be measured any more: a story past its 24 hours answers an empty set.
 */
export function checkpointToTake(kind: PostType, publishedAt: Date, next: InsightCheckpoint, now: Date): InsightCheckpoint | null {
  if (isStoryGone(kind, publishedAt, now)) return null;
  const plan = planOf(kind);
  const from = plan.findIndex(([checkpoint]) => checkpoint === next);
  if (from < 0) return null;
  const elapsed = now.getTime() - publishedAt.getTime();
  let label: InsightCheckpoint = next;
  for (const [checkpoint, offset] of plan.slice(from)) if (offset <= elapsed) label = checkpoint;
  return label;
}
