import type { TargetActions, TargetStatus } from '../../../preload/contract';
import { TargetLockedError } from './schedulingErrors';
import type { TargetRecord } from './targetRecords';

/** What the owner may ask of a target from the calendar, the queue or the tray. */
export type TargetOperation = 'reschedule' | 'publishNow' | 'retry' | 'cancel';

/**
 * The state machine's edges the owner drives, by the state they start from. What is being
 * published or is out is never touched; the engine owns every other edge.
 */
const ALLOWED_FROM: Record<TargetOperation, ReadonlySet<TargetStatus>> = {
  // A missed post moves back to scheduled at its new time.
  reschedule: new Set(['scheduled', 'missed']),
  // A draft only with an account and nothing a platform would refuse (checked by the caller).
  publishNow: new Set(['scheduled', 'missed', 'draft']),
  retry: new Set(['failed', 'needs_attention']),
  // Back to draft; "Skip" for a missed post.
  cancel: new Set(['scheduled', 'missed', 'failed', 'needs_attention']),
};

/** Throws TARGET_LOCKED, in words, when the target's state does not allow the operation. */
export function assertAllowed(operation: TargetOperation, record: Pick<TargetRecord, 'platform' | 'status'>): void {
  if (!ALLOWED_FROM[operation].has(record.status)) throw new TargetLockedError(record.platform, record.status, operation);
}

/** The buttons a target's details show. `draftReady`: a draft has an account and no error. */
export function allowedActions(status: TargetStatus, draftReady: boolean): TargetActions {
  return {
    publishNow: ALLOWED_FROM.publishNow.has(status) && (status !== 'draft' || draftReady),
    retry: ALLOWED_FROM.retry.has(status),
    reschedule: ALLOWED_FROM.reschedule.has(status),
    cancel: ALLOWED_FROM.cancel.has(status),
  };
}
