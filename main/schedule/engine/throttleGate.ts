import type { LoginPath } from '../../../preload/contract';
import type { ThrottleScope } from '../../platforms/errorClassification';
import type { UsageLedger } from '../../platforms/usageLedger';

/** Whose calls a target makes: the account, and through its sign-in, the developer app. */
export interface GateSubject {
  accountId: string;
  /** The platform's id: Meta's usage headers name accounts by it. */
  platformAccountId: string;
  loginPath: LoginPath;
  isDemo: boolean;
}

/**
 * The developer app whose budget a call spends: every account signed in through it shares it.
 * Demo accounts talk to the sandbox, so their budget is not the live one.
 */
export function appOf(subject: GateSubject): string {
  const app = subject.loginPath === 'facebook_login' ? 'meta' : subject.loginPath === 'instagram_login' ? 'instagram' : 'tiktok';
  return `${subject.isDemo ? 'demo' : 'live'}:${app}`;
}

export interface ThrottleGate {
  /** The platform asked to slow down: nothing goes for the account (or every account of its app) before `until`. */
  hold(subject: GateSubject, scope: ThrottleScope, until: Date): void;
  /** When calls for this account may resume, or null when they may go now. */
  openAt(subject: GateSubject): Date | null;
}

/**
 * Never hammer: a throttled account or app waits for the time the platform named, and a Meta
 * account also waits while its usage headers say it is about to run out (usageLedger.ts). Kept in
 * memory: after a restart the first call finds out again, and the throttled target itself waits in
 * the database (`not_before_utc`).
 */
export function createThrottleGate({ usage, now }: { usage: UsageLedger; now: () => Date }): ThrottleGate {
  const closedUntil = new Map<string, number>();
  const keyOfAccount = (subject: GateSubject) => `account:${subject.accountId}`;
  const keyOfApp = (subject: GateSubject) => `app:${appOf(subject)}`;

  return {
    hold(subject, scope, until) {
      const key = scope === 'app' ? keyOfApp(subject) : keyOfAccount(subject);
      closedUntil.set(key, Math.max(closedUntil.get(key) ?? 0, until.getTime()));
    },
    openAt(subject) {
      const candidates = [closedUntil.get(keyOfAccount(subject)) ?? 0, closedUntil.get(keyOfApp(subject)) ?? 0];
      // Only Meta sends usage headers; TikTok answers rate_limit_exceeded instead (platformNetworks.ts).
      if (subject.loginPath !== 'tiktok_login') candidates.push(usage.suggestedPauseUntil(subject.platformAccountId)?.getTime() ?? 0);
      const until = Math.max(...candidates);
      return until > now().getTime() ? new Date(until) : null;
    },
  };
}
