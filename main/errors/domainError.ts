import type { ErrorCode } from '../../preload/contract';

/**
 * An error the owner can act on. Services throw subclasses of this; the IPC guard turns them into
 * typed `{ ok: false, code, message, action }` results. Anything that is not a DomainError is
 * reported to the renderer as INTERNAL with a generic message, and its details stay in the log.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly action?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The action exists in the desktop app but cannot be done in this mode. */
export class NotAvailableError extends DomainError {
  constructor(message: string, action?: string) {
    super('NOT_AVAILABLE', message, action);
  }
}
