import type { DeveloperAppKind } from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';
import type { PlatformError } from '../../platforms/platformErrors';

const PLATFORM_NAMES: Record<DeveloperAppKind, string> = {
  meta: 'Meta (Facebook Login)',
  instagram: 'Instagram Login',
  tiktok: 'TikTok',
};

/** A live sign-in or token refresh needs the owner's developer app, and it is not set up. */
export class DeveloperAppMissingError extends DomainError {
  constructor(readonly kind: DeveloperAppKind) {
    super(
      'DEVELOPER_APP_MISSING',
      `Your ${PLATFORM_NAMES[kind]} developer app is not set up in Outpost yet.`,
      'Open Accounts → Developer apps and follow the setup guide.',
    );
  }
}

/**
 * The platform refused the app id or secret while testing or using them. `cause` is the
 * platform's own answer (redacted, with its codes), kept for the log.
 */
export class DeveloperAppRejectedError extends DomainError {
  constructor(readonly kind: DeveloperAppKind, detail: string, cause?: PlatformError) {
    super(
      'DEVELOPER_APP_REJECTED',
      `${PLATFORM_NAMES[kind]} did not accept this app: ${detail}`,
      'Copy the app id and secret again from the developer dashboard.',
      cause && { cause },
    );
  }
}

/**
 * An app id or secret that does not have the platform's shape. The IPC guard checks this first;
 * main checks again because a value from anywhere else (a test, a later caller) must not reach a
 * platform or the vault unchecked. The message is the contract's hints, never the values.
 */
export class DeveloperAppFormatError extends DomainError {
  constructor(hints: readonly string[]) {
    super('VALIDATION_FAILED', hints.join(' '));
  }
}

/**
 * A development pair in the environment that cannot be used: one half missing, or a value not of
 * the platform's shape. Thrown when the app is used rather than at start-up, so the rest of
 * Outpost works; never silently replaced by the saved app, because the developer meant this one.
 * Names the variable, never its value (it may be the secret).
 */
export class DeveloperAppEnvironmentError extends DomainError {
  constructor(
    readonly kind: DeveloperAppKind,
    readonly variable: string,
    problem: string,
    fix: string,
  ) {
    super('DEVELOPER_APP_MISSING', `${variable} ${problem}`, `${fix} Then start Outpost again.`);
  }
}

/** The saved secret is there but the keyring cannot decrypt it (another session, a reset keyring). */
export class DeveloperAppSecretUnreadableError extends DomainError {
  constructor(readonly kind: DeveloperAppKind) {
    super(
      'DEVELOPER_APP_MISSING',
      `Outpost can no longer read the saved secret of your ${PLATFORM_NAMES[kind]} developer app.`,
      'Open Accounts → Developer apps and enter the app secret again.',
    );
  }
}
