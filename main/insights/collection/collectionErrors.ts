import { DomainError } from '../../errors/domainError';

export class InsightPostNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'This post is not in Outpost’s insights.', 'Reload the dashboard.');
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
