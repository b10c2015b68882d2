import type { AccountSummary } from '../../../preload/contract';
import type { DueAlert } from './dueAlerts';
import { PLATFORM_NAMES } from '../../platforms/platformNames';


/**
 * An alert in the owner's words: which account, what happens when, what to do. Deadlines are
 * days in the owner's time zone ("12 December"): they are at most a week away, so the year and
 * the hour would only add noise.
 */
export function alertMessage(account: AccountSummary, alert: DueAlert, timeZone: string): { title: string; body: string } {
  const who = `${account.displayName} (${PLATFORM_NAMES[account.platform]})`;
  const day = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone }).format(new Date(alert.subject));
  switch (alert.kind) {
    case 'needs_reconnect':
      return { title: 'Sign-in needed', body: `${who}: ${alert.subject} Reconnect to keep publishing.` };
    case 'token_expiry':
      return { title: 'Sign-in ending soon', body: `${who}: the saved sign-in ends on ${day()}. Reconnect to keep publishing.` };
    case 'data_access_expiry':
      return { title: 'Sign-in ending soon', body: `${who}: data access ends on ${day()}. Reconnect to keep publishing.` };
  }
}
