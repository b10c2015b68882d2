import type { DeveloperAppKind } from '../../../preload/contract';
import { DomainError } from '../../errors/domainError';

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

/** The platform refused the app id or secret while testing or using them. */
export class DeveloperAppRejectedError extends DomainError {
  constructor(readonly kind: DeveloperAppKind, detail: string) {
    super('DEVELOPER_APP_REJECTED', `${PLATFORM_NAMES[kind]} did not accept this app: ${detail}`, 'Copy the app id and secret again from the developer dashboard.');
  }
}
