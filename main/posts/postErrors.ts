import type { Platform, TargetStatus } from '../../preload/contract';
import { DomainError } from '../errors/domainError';
import { PLATFORM_NAMES } from '../platforms/platformNames';


/** The post does not exist, or it is in the bin (restore it first). */
export class PostNotFoundError extends DomainError {
  constructor(readonly postId: string) {
    super('NOT_FOUND', 'This post does not exist any more.', 'It may have been deleted; open it from the drafts list again.');
  }
}

/** A target names an account of another platform (a bug in the caller, said in words). */
export class TargetAccountError extends DomainError {
  constructor(accountPlatform: Platform, targetPlatform: Platform) {
    super(
      'VALIDATION_FAILED',
      `A ${PLATFORM_NAMES[accountPlatform]} account cannot be used for the ${PLATFORM_NAMES[targetPlatform]} version of the post.`,
      'Choose another account for that destination.',
    );
  }
}

const LOCKED_WORDS: Record<Exclude<TargetStatus, 'draft'>, { is: string; action: string }> = {
  scheduled: { is: 'is scheduled', action: 'Unschedule it first.' },
  publishing: { is: 'is being published right now', action: 'Wait until it is published.' },
  published: { is: 'has been published', action: 'It stays with the post as its history; duplicate the post to write a new version.' },
  failed: { is: 'failed to publish', action: 'Deal with it in the schedule first.' },
  needs_attention: { is: 'needs your attention', action: 'Deal with it in the schedule first.' },
  missed: { is: 'missed its time', action: 'Deal with it in the schedule first.' },
};

/**
 * The owner tried to remove a destination (or bin a post) that scheduling owns, or to edit a post
 * that is being or has been published: only drafts can go from the composer, and what was sent
 * stays as it was sent, so nothing disappears or is rewritten by a stray click.
 */
export class TargetLockedError extends DomainError {
  constructor(platform: Platform | null, status: Exclude<TargetStatus, 'draft'>, change: 'removed' | 'edited') {
    const words = LOCKED_WORDS[status];
    const subject = platform === null ? 'A destination of this post' : `The ${PLATFORM_NAMES[platform]} version of this post`;
    super('VALIDATION_FAILED', `${subject} ${words.is}, so it cannot be ${change}.`, words.action);
  }
}

/** A save failed for lack of disk space; the renderer keeps the text and saves again later. */
export class PostDiskFullError extends DomainError {
  constructor(cause: unknown) {
    super(
      'DISK_FULL',
      'The disk is full. Your text is still in the editor; free some space and Outpost saves it again.',
      undefined,
      { cause },
    );
  }
}

/** A fix was asked for an item the post does not show (it was removed meanwhile). */
export class MediaNotInPostError extends DomainError {
  constructor(readonly mediaId: string) {
    super('NOT_FOUND', 'This photo or video is not part of the post any more.', 'Add it to the post again to fix it.');
  }
}
