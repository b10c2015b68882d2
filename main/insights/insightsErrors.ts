import { DomainError } from '../errors/domainError';

/** Errors of the insights channels, as the owner reads them. */

export class InsightPostNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'This post is not in the insights history any more.', 'Its account may have been disconnected with its history; go back to the dashboard.');
  }
}

export class InsightsAccountNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'This account is no longer connected, so its insights cannot be refreshed.', 'Reconnect the account from Accounts.');
  }
}

/** The platform asked Outpost to slow down for this account: a refresh now would be refused. */
export class InsightsOnHoldError extends DomainError {
  constructor(accountName: string, until: string) {
    super('RATE_LIMITED', `${accountName} asked Outpost to slow down, so insights cannot be refreshed right now.`, `Try again after ${until}.`);
  }
}
