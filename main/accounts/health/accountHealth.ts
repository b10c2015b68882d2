import type { AccountHealth, LoginPath, Platform } from '../../../preload/contract';
import { missingPermissions } from './featurePermissions';

/** How far ahead an expiry turns the account to "expiring" and alerts the owner. */
export const EXPIRY_WARNING_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Meta's data access lapses 90 days after the owner last used the app (platform-apis.md 1.4). */
export const META_DATA_ACCESS_DAYS = 90;

export interface HealthFacts {
  platform: Platform;
  loginPath: LoginPath;
  grantedScopes: readonly string[];
  /** Set when upkeep or a platform call found that the sign-in no longer works. */
  reconnectReason: string | null;
  tokenExpiresAt: string | null;
  dataAccessExpiresAt: string | null;
  checkedAt: string | null;
}

/** True when the deadline `instant` is now or past. */
export const hasPassed = (instant: string | null, now: Date) => instant !== null && Date.parse(instant) <= now.getTime();

/** An expiry from a platform's `expires_in`: lifetimes always come from the answer, never from constants. */
export const expiryAfter = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

/** True when `instant` falls within the warning window from `now` (or already passed). */
export const isWithinWarning = (instant: string | null, now: Date) =>
  instant !== null && Date.parse(instant) - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;

/**
 * An account's health from what is stored about it, most urgent state first. A deadline that has
 * already passed is "needs reconnect": nothing will work until the owner signs in again.
 */
export function accountHealth(facts: HealthFacts, now: Date): AccountHealth {
  const missing = missingPermissions(facts.loginPath, facts.platform, facts.grantedScopes);
  const reason =
    facts.reconnectReason ??
    (hasPassed(facts.tokenExpiresAt, now)
      ? 'The saved sign-in has expired.'
      : hasPassed(facts.dataAccessExpiresAt, now)
        ? "Meta's 90-day data access has lapsed."
        : null);
  const state = reason
    ? 'needs_reconnect'
    : missing.length > 0
      ? 'missing_permission'
      : isWithinWarning(facts.tokenExpiresAt, now) || isWithinWarning(facts.dataAccessExpiresAt, now)
        ? 'expiring'
        : 'connected';
  return {
    state,
    reason,
    tokenExpiresAt: facts.tokenExpiresAt,
    dataAccessExpiresAt: facts.dataAccessExpiresAt,
    missingPermissions: missing,
    checkedAt: facts.checkedAt,
  };
}

/** When data access lapses for a Facebook Login account signed in at `signedInAt`. */
export const dataAccessExpiry = (signedInAt: Date) => new Date(signedInAt.getTime() + META_DATA_ACCESS_DAYS * DAY_MS).toISOString();
