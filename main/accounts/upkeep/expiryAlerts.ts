import type { DatabaseSync } from 'node:sqlite';
import type { AccountSummary, Notice } from '../../../preload/contract';
import { alertMessage } from './alertWording';
import { dueAlerts } from './dueAlerts';

export interface ExpiryAlerts {
  /** Tells the owner about each deadline or broken sign-in they have not heard of yet; returns how many. */
  alertDue(accounts: readonly AccountSummary[]): number;
}

export interface ExpiryAlertsDeps {
  db: DatabaseSync;
  /** A desktop notification, seen even with the window closed. The shell provides it; it must not throw. */
  notify(message: { title: string; body: string }): void;
  /** The in-app toast. */
  emitNotice(notice: Notice): void;
  /** The owner's IANA time zone, read at each alert (it can change in Settings). */
  timezone: () => string;
  now: () => Date;
}

/**
 * Alerts once per (account, kind, subject), remembered in account_alerts, so a daily pass does
 * not nag: the same deadline warns once, a new deadline (after signing in again) warns again.
 */
export function createExpiryAlerts(deps: ExpiryAlertsDeps): ExpiryAlerts {
  const claim = deps.db.prepare(
    'INSERT INTO account_alerts (account_id, kind, subject, alerted_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const forgetReconnect = deps.db.prepare("DELETE FROM account_alerts WHERE account_id = ? AND kind = 'needs_reconnect'");

  return {
    alertDue(accounts) {
      const now = deps.now();
      let sent = 0;
      for (const account of accounts) {
        const due = dueAlerts(account.health, now);
        // A sign-in that works again may break again later for the same reason; that must alert again.
        if (!due.some((alert) => alert.kind === 'needs_reconnect')) forgetReconnect.run(account.id);
        for (const alert of due) {
          if (Number(claim.run(account.id, alert.kind, alert.subject, now.toISOString()).changes) === 0) continue;
          const message = alertMessage(account, alert, deps.timezone());
          const level = alert.kind === 'needs_reconnect' ? 'error' : 'warning';
          deps.emitNotice({ id: `account-alert:${account.id}:${alert.kind}`, level, ...message });
          deps.notify(message);
          sent += 1;
        }
      }
      return sent;
    },
  };
}
