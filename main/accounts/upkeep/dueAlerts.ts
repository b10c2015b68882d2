import type { AccountHealth } from '../../../preload/contract';
import { isWithinWarning } from '../health/accountHealth';

/** What the owner is told about, once per (account, kind, subject): the table account_alerts. */
export type AlertKind = 'token_expiry' | 'data_access_expiry' | 'needs_reconnect';

/** `subject` is the deadline (ISO) or the reason, so a new deadline or a new reason alerts again. */
export interface DueAlert {
  kind: AlertKind;
  subject: string;
}

/**
 * What an account's health calls for now: "reconnect" when its sign-in is broken (its deadlines
 * no longer matter then), otherwise each deadline within the warning window (EXPIRY_WARNING_DAYS),
 * whatever else the account lacks.
 */
export function dueAlerts(health: AccountHealth, now: Date): DueAlert[] {
  // Health carries a reason exactly when the account needs reconnecting.
  if (health.reason !== null) return [{ kind: 'needs_reconnect', subject: health.reason }];
  const due: DueAlert[] = [];
  if (health.tokenExpiresAt !== null && isWithinWarning(health.tokenExpiresAt, now)) {
    due.push({ kind: 'token_expiry', subject: health.tokenExpiresAt });
  }
  if (health.dataAccessExpiresAt !== null && isWithinWarning(health.dataAccessExpiresAt, now)) {
    due.push({ kind: 'data_access_expiry', subject: health.dataAccessExpiresAt });
  }
  return due;
}
