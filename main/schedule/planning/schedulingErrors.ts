import type { Platform, TargetStatus, ValidationIssue } from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';
import type { TargetOperation } from './targetActions';
import { PLATFORM_NAMES } from '../../platforms/platformNames';


const OPERATION_WORDS: Record<TargetOperation, string> = {
  reschedule: 'moved to another time',
  publishNow: 'published now',
  retry: 'tried again',
  cancel: 'cancelled',
};

const STATUS_WORDS: Record<TargetStatus, { is: string; action: string }> = {
  draft: { is: 'is a draft', action: 'Schedule it from the composer.' },
  scheduled: { is: 'is scheduled and has not failed', action: 'Use Publish now, Reschedule or Cancel.' },
  publishing: { is: 'is being published right now', action: 'Wait until it is published.' },
  published: { is: 'has been published', action: 'It stays in the calendar as sent; duplicate the post to publish it again.' },
  failed: { is: 'failed to publish', action: 'Use Retry, or Cancel to take it back to drafts.' },
  needs_attention: { is: 'is waiting for you', action: 'Use Retry once the problem is fixed, or Cancel to take it back to drafts.' },
  missed: { is: 'missed its time', action: 'Use Publish now, Reschedule or Skip.' },
};

/** The target's state does not allow what was asked (moving a post that is already out, say). */
export class TargetLockedError extends DomainError {
  constructor(platform: Platform, status: TargetStatus, operation: TargetOperation) {
    const words = STATUS_WORDS[status];
    super('TARGET_LOCKED', `The ${PLATFORM_NAMES[platform]} post ${words.is}, so it cannot be ${OPERATION_WORDS[operation]}.`, words.action);
  }
}

/** The time asked for cannot be used. */
export class ScheduleInvalidError extends DomainError {
  constructor(message: string, action: string) {
    super('SCHEDULE_INVALID', message, action);
  }

  static inThePast(shownTime: string): ScheduleInvalidError {
    return new ScheduleInvalidError(`${shownTime} has already passed.`, 'Choose a time from now on.');
  }

  static noQueueSlots(accountName: string): ScheduleInvalidError {
    return new ScheduleInvalidError(`No posting times are set for ${accountName}.`, 'Set them in Posting times, or choose a time.');
  }

  static queueFull(accountName: string, weeks: number): ScheduleInvalidError {
    return new ScheduleInvalidError(
      `Every posting time of ${accountName} in the next ${weeks} weeks is taken.`,
      'Add posting times in Posting times, or choose a time.',
    );
  }
}

/**
 * The post cannot be scheduled yet. The message lists what to fix (the validation's errors), so
 * the owner can act on it even where the composer's issue list is not in view.
 */
export class PostNotReadyError extends DomainError {
  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
    super(
      'POST_NOT_READY',
      errors.length === 0
        ? 'This post has nowhere to go yet: choose where to post it.'
        : `This post is not ready to schedule. ${errors.join(' ')}`,
      'Fix this in the composer, then schedule it again.',
    );
  }
}

/** Every destination of the post is already scheduled, being published or out: nothing to do. */
export class NothingToScheduleError extends DomainError {
  constructor() {
    super(
      'POST_NOT_READY',
      'Every destination of this post is already scheduled or sent.',
      'Change their times in the calendar, or add a destination in the composer.',
    );
  }
}

/** The target asked for is not in the schedule (deleted, or its post is in the bin). */
export class TargetNotFoundError extends DomainError {
  constructor(readonly targetId: string) {
    super('NOT_FOUND', 'This post is not in the schedule any more.', 'It may have been deleted; look for it in the calendar again.');
  }
}

/** Posting times were set for an account that is not connected (any more). */
export class AccountNotFoundError extends DomainError {
  constructor(readonly accountId: string) {
    super('NOT_FOUND', 'This account is not connected any more.', 'Connect it again in Accounts to set its posting times.');
  }
}
