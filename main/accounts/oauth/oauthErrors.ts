import { DomainError } from '../../errors/domainError';

/** The owner pressed Cancel on the platform's consent page (`error=access_denied`). */
export class AuthorizationDeniedError extends DomainError {
  constructor(readonly platformError: string) {
    super('AUTH_CANCELLED', 'The sign-in was cancelled, so nothing was connected.', 'Connect again when you are ready.');
  }
}

/** The owner cancelled from inside Outpost while the browser was open. */
export class AuthorizationCancelledError extends DomainError {
  constructor() {
    super('AUTH_CANCELLED', 'You cancelled the sign-in.');
  }
}

export class AuthorizationTimedOutError extends DomainError {
  constructor(minutes: number) {
    super(
      'AUTH_TIMEOUT',
      `The sign-in was not finished within ${minutes} minutes, so Outpost stopped waiting.`,
      'Start connecting again and finish in the browser window that opens.',
    );
  }
}

export class LoopbackPortBusyError extends DomainError {
  constructor(readonly port: number) {
    super(
      'PORT_IN_USE',
      `Outpost needs port ${port} on this computer to receive the sign-in, but another program is using it.`,
      `Close the program using port ${port} (or another Outpost window) and try again.`,
    );
  }
}
