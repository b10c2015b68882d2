import { DomainError } from '../errors/domainError';
import { isDiskFull } from '../store/databaseErrors';
import { describeFormat, type MediaFormat } from './mediaFormats';

/**
 * Why a file cannot become a media item, or why a library action was refused. The import turns
 * these into a `failed` outcome for the one file (message and action as written here); the other
 * actions let them travel to the renderer as typed error results.
 */

/** Empty, truncated, corrupt, or not what its name says: Outpost cannot read a picture from it. */
export class MediaUnreadableError extends DomainError {
  constructor(message: string, action: string, options?: { cause?: unknown }) {
    super('MEDIA_UNREADABLE', message, action, options);
  }
}

/** The bytes start like a format we read, but the picture or video in them cannot be decoded. */
export class MediaDamagedError extends MediaUnreadableError {
  constructor(fileName: string, format: MediaFormat, cause?: unknown) {
    super(
      `"${fileName}" is ${describeFormat(format)}, but it is damaged or incomplete.`,
      'Copy it again from where it came from (a copy or download may have been cut short), then import it again.',
      cause === undefined ? undefined : { cause },
    );
  }
}

/** A real format, read correctly, that none of the platforms accepts (PDF, MKV, sound only...). */
export class MediaUnsupportedError extends DomainError {
  constructor(message: string, action: string) {
    super('MEDIA_UNSUPPORTED', message, action);
  }
}

/** The file to import could not be opened at all (moved, a folder, no permission). */
export class MediaSourceError extends DomainError {
  constructor(message: string, action: string, options?: { cause?: unknown }) {
    super('NOT_FOUND', message, action, options);
  }
}

export class MediaNotFoundError extends DomainError {
  constructor(readonly mediaId: string) {
    super('NOT_FOUND', 'This photo or video is not in the media library any more.', 'It may have been deleted; refresh the library.');
  }
}

/** Deleting would pull the item out of a post that is about to go out. */
export class MediaInUseError extends DomainError {
  constructor(readonly scheduledPostCount: number) {
    super(
      'MEDIA_IN_USE',
      scheduledPostCount === 1
        ? 'A scheduled post uses this photo or video, so it cannot be deleted.'
        : `${scheduledPostCount} scheduled posts use this photo or video, so it cannot be deleted.`,
      'Unschedule those posts or take the item out of them first.',
    );
  }
}

/** A fix that does not apply to this item (a video, a crop outside the picture, nothing to do). */
export class MediaFixRefusedError extends DomainError {
  constructor(message: string, action?: string) {
    super('VALIDATION_FAILED', message, action);
  }
}

/** The disk filled up while copying or writing; whatever was half-written has been removed. */
export class MediaDiskFullError extends DomainError {
  constructor(fileName: string, cause: unknown) {
    super(
      'DISK_FULL',
      `The disk is full, so "${fileName}" could not be copied into Outpost's media library. Nothing else was changed.`,
      'Free some space on the disk, then import it again.',
      { cause },
    );
  }
}

/** ffprobe or ffmpeg is missing from this installation or cannot be started. */
export class MediaToolUnavailableError extends DomainError {
  constructor(tool: string, detail: string, cause?: unknown) {
    super(
      'INTERNAL',
      `Outpost's video tool (${tool}) cannot be started: ${detail}`,
      'Reinstall Outpost. Photos can still be imported meanwhile.',
      cause === undefined ? undefined : { cause },
    );
  }
}

/**
 * Out of space: ENOSPC or a full database (the store's check), a quota (EDQUOT), or libvips
 * reporting a failed write in words, since sharp's errors carry no code.
 */
export function isOutOfSpace(error: unknown): boolean {
  if (isDiskFull(error)) return true;
  if (!(error instanceof Error)) return false;
  if ('code' in error && error.code === 'EDQUOT') return true;
  return /no space left on device|disk quota exceeded/i.test(error.message);
}
