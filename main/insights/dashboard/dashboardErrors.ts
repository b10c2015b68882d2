import { DomainError } from '../../errors/domainError';

export class InsightPostNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'This post is not in the insights history any more.', 'Its account may have been disconnected with its history; go back to the dashboard.');
  }
}
