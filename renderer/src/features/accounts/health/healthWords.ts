import type { AccountSummary } from '../../../../../preload/contract';
import { dateWithDistance, daysFromToday, wordList } from '../../../lib/dates';

/** An account's health as the card says it: a short label and a line or two of detail. */
export interface HealthWords {
  tone: 'ok' | 'attention' | 'problem';
  label: string;
  details: string[];
}

/** How far ahead a deadline is worth mentioning on the card (main turns the account "expiring" then too). */
const WARNING_DAYS = 7;

/** Instagram Login and TikTok sign-ins are refreshed by Outpost before they lapse; Facebook Login ones are not. */
export function renewsAutomatically(account: Pick<AccountSummary, 'loginPath' | 'health'>): boolean {
  return account.loginPath !== 'facebook_login' && account.health.tokenExpiresAt !== null;
}

/** The features a missing permission affects, each once, in main's order. */
function affectedFeatures(account: Pick<AccountSummary, 'health'>): string[] {
  return [...new Set(account.health.missingPermissions.map((missing) => missing.feature))];
}

/**
 * `where`: on the card the words can point to its Details; in Details they need not.
 */
export function healthWords(account: AccountSummary, now: Date, timeZone: string, where: 'card' | 'details'): HealthWords {
  const { health } = account;
  switch (health.state) {
    case 'needs_reconnect':
      return {
        tone: 'problem',
        label: 'Reconnect needed',
        details: [health.reason ?? 'The platform no longer accepts the saved sign-in.'],
      };
    case 'missing_permission':
      return {
        tone: 'attention',
        label: 'Missing permission',
        details: [
          `Affects: ${wordList(affectedFeatures(account))}.`,
          ...(where === 'card' ? ['You can ask for it again in Details.'] : []),
        ],
      };
    case 'expiring': {
      const soon = (instant: string | null) =>
        instant !== null && daysFromToday(new Date(instant), now, timeZone) <= WARNING_DAYS ? new Date(instant) : null;
      const token = soon(health.tokenExpiresAt);
      const dataAccess = soon(health.dataAccessExpiresAt);
      return {
        tone: 'attention',
        label: 'Expiring soon',
        details: [
          ...(token ? [`Expires on ${dateWithDistance(token, now, timeZone)}`] : []),
          ...(dataAccess ? [`Data access ends on ${dateWithDistance(dataAccess, now, timeZone)}`] : []),
          'Reconnect before then to keep posting.',
        ],
      };
    }
    case 'connected':
      return { tone: 'ok', label: 'Connected', details: renewsAutomatically(account) ? ['Sign-in renews automatically'] : [] };
  }
}
