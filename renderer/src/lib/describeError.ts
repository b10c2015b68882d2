import type { ErrorResult } from '../../../preload/contract';

/** An error result in the owner's words: main's message, then what they can do about it, when main says. */
export function describeError(error: ErrorResult): string {
  return error.action ? `${error.message} ${error.action}` : error.message;
}
