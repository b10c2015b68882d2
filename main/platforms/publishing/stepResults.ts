import type { PublishedPost, StepResults } from '../publisher';
import { ThrottledError, TransientError } from '../platformErrors';

/**
 * Reading what earlier steps left. A value that is missing means the engine ran a step before
 * the one it depends on: a bug, never the owner's problem, so a plain Error.
 */
export function resultString(results: StepResults, step: string, key: string): string {
  const value = results[step]?.[key];
  if (typeof value !== 'string') throw new Error(`The step ${step} left no ${key}.`);
  return value;
}

export function resultNumber(results: StepResults, step: string, key: string): number {
  const value = results[step]?.[key];
  if (typeof value !== 'number') throw new Error(`The step ${step} left no ${key}.`);
  return value;
}

export function resultStrings(results: StepResults, step: string, key: string): readonly string[] {
  const value = results[step]?.[key];
  if (!Array.isArray(value)) throw new Error(`The step ${step} left no ${key}.`);
  return value;
}

/** The step that every publisher ends with names the post and its address. */
export const PERMALINK_STEP = 'fetchPermalink';

export function publishedFrom(results: StepResults): PublishedPost {
  const permalink = results[PERMALINK_STEP]?.permalink;
  return {
    platformPostId: resultString(results, PERMALINK_STEP, 'postId'),
    permalink: typeof permalink === 'string' ? permalink : null,
  };
}

/**
 * Something read once the post is out (its address). Only a failure worth retrying (the
 * network, a throttle) is passed on; any other gives null, leaving the post published without
 * it rather than failed.
 */
export async function readAfterPublishing<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TransientError || error instanceof ThrottledError) throw error;
    return null;
  }
}
