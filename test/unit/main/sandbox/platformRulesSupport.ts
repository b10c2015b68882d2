import { checkSchedulingWindow } from '../../../../main/sandbox/facebook/scheduledPublishTime';
import { GraphError } from '../../../../main/sandbox/meta/graphError';

/** The window check's message, or null when the time is accepted. */
export function checkScheduleWindowError(at: number, now: number): string | null {
  try {
    checkSchedulingWindow(at, now);
    return null;
  } catch (error) {
    if (error instanceof GraphError) return error.message;
    throw error;
  }
}
