import {
  ABOUT_TO_EXCEED_PERCENT,
  peakPercent,
  type AppUsage,
  type BusinessUseCaseUsage,
  type UsageHeaders,
} from './usageHeaders';

/**
 * Which developer app a usage figure belongs to. Calls to graph.facebook.com and the upload host
 * spend the Facebook app's budget; graph.instagram.com calls spend the Instagram Login app's.
 */
export type UsageApp = 'facebookApp' | 'instagramApp';

export interface UsageObservation {
  app: UsageApp;
  observedAt: Date;
  headers: UsageHeaders;
}

export interface UsageSnapshot {
  apps: { app: UsageApp; usage: AppUsage; observedAt: Date }[];
  accounts: { accountId: string; usage: BusinessUseCaseUsage[]; observedAt: Date }[];
}

/**
 * The latest usage Meta reported, per app and per account (the business or object id of the BUC
 * header), so the scheduler can slow down before the platform says no.
 */
export interface UsageLedger {
  record(observation: UsageObservation): void;
  snapshot(): UsageSnapshot;
  /**
   * When calls for this account (or, without one, any call) should resume, or null when there is
   * no reason to wait. App-level pauses apply to every account: the app budget is shared.
   */
  suggestedPauseUntil(accountId?: string): Date | null;
}

/**
 * Mixpost's backoff [S60]: an app above 90 percent pauses an hour; a BUC entry pauses for the
 * platform's `estimated_time_to_regain_access` minutes, or an hour when it says 0 but is above
 * 90 percent.
 */
const ABOUT_TO_EXCEED_PAUSE_MS = 60 * 60_000;

export function createUsageLedger({ now }: { now: () => Date }): UsageLedger {
  const apps = new Map<UsageApp, { usage: AppUsage; observedAt: Date }>();
  const accounts = new Map<string, { usage: BusinessUseCaseUsage[]; observedAt: Date }>();

  return {
    record({ app, observedAt, headers }) {
      // Each header is the platform's current figure, so the latest one replaces the last.
      if (headers.appUsage) apps.set(app, { usage: headers.appUsage, observedAt });
      for (const [accountId, usage] of Object.entries(headers.businessUseCaseUsage ?? {})) {
        accounts.set(accountId, { usage, observedAt });
      }
    },

    snapshot() {
      return {
        apps: [...apps].map(([app, entry]) => ({ app, ...entry })),
        accounts: [...accounts].map(([accountId, entry]) => ({ accountId, ...entry })),
      };
    },

    suggestedPauseUntil(accountId) {
      const candidates: number[] = [];
      for (const { usage, observedAt } of apps.values()) {
        if (peakPercent(usage) > ABOUT_TO_EXCEED_PERCENT) candidates.push(observedAt.getTime() + ABOUT_TO_EXCEED_PAUSE_MS);
      }
      const account = accountId === undefined ? undefined : accounts.get(accountId);
      if (account) {
        for (const entry of account.usage) {
          const pause = businessUseCasePauseMs(entry);
          if (pause > 0) candidates.push(account.observedAt.getTime() + pause);
        }
      }
      const until = Math.max(...candidates, -Infinity);
      return until > now().getTime() ? new Date(until) : null;
    },
  };
}

function businessUseCasePauseMs(entry: BusinessUseCaseUsage): number {
  if (entry.estimatedMinutesToRegainAccess > 0) return entry.estimatedMinutesToRegainAccess * 60_000;
  return peakPercent(entry) > ABOUT_TO_EXCEED_PERCENT ? ABOUT_TO_EXCEED_PAUSE_MS : 0;
}
