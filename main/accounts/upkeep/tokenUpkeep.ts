import type { DeveloperAppKind, LoginPath } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import type { AccountRecord, AccountsRepository } from '../accountsRepository';
import type { PlatformAccess, PlatformAccessFor } from '../platformAccess';
import type { TokenVault } from '../tokenVault';
import type { AccountCheck, CheckResult } from './accountCheck';
import type { ExpiryAlerts } from './expiryAlerts';
import { checkFacebookLogin } from './facebookLoginCheck';
import { checkInstagramLogin } from './instagramLoginCheck';
import { checkTikTokLogin } from './tiktokLoginCheck';
import { classifyUpkeepFailure, type LeftAsItWas } from './upkeepFailure';

export interface TokenUpkeepDeps {
  accounts: AccountsRepository;
  vault: TokenVault;
  platformAccessFor: PlatformAccessFor;
  alerts: ExpiryAlerts;
  logger: Logger;
  now: () => Date;
  /** Something about the accounts changed (a refresh, a check, a broken sign-in): tell the renderer. */
  onAccountsChanged(): void;
}

export interface UpkeepReport {
  /** Tokens renewed (Instagram Login, TikTok). */
  refreshed: number;
  /** Sign-ins the platform confirmed without a refresh. */
  verified: number;
  /** Accounts the owner must sign in again for. */
  needsReconnect: number;
  /** Accounts left as they were this pass, and why. */
  skipped: { accountId: string; reason: LeftAsItWas }[];
  /** Developer apps the owner has to set up before these accounts can be kept alive. */
  developerAppsMissing: DeveloperAppKind[];
  /** Alerts sent to the owner after the pass. */
  alerted: number;
}

export interface TokenUpkeep {
  /** One pass over every account; a call while a pass runs gets that pass's report. */
  runPass(): Promise<UpkeepReport>;
}

const CHECKS: Record<LoginPath, AccountCheck> = {
  instagram_login: checkInstagramLogin,
  tiktok_login: checkTikTokLogin,
  facebook_login: checkFacebookLogin,
};

/**
 * Token upkeep (issue 4: the owner never thinks about tokens until a platform really needs them
 * to sign in again). Each account is checked on its own, one after the other, so one failure
 * never stops the others; then the owner is alerted about what is close to ending or broken.
 */
export function createTokenUpkeep(deps: TokenUpkeepDeps): TokenUpkeep {
  let running: Promise<UpkeepReport> | undefined;

  async function pass(): Promise<UpkeepReport> {
    const report: UpkeepReport = { refreshed: 0, verified: 0, needsReconnect: 0, skipped: [], developerAppsMissing: [], alerted: 0 };
    const accessFor = oncePerPass(deps.platformAccessFor);
    let changed = false;
    for (const account of deps.accounts.records()) {
      try {
        const result = await CHECKS[account.loginPath](account, { vault: deps.vault, access: () => accessFor(account.isDemo), now: deps.now });
        changed = recordResult(account, result, report) || changed;
      } catch (error) {
        changed = recordFailure(account, error, report) || changed;
      }
    }
    report.alerted = deps.alerts.alertDue(deps.accounts.list());
    if (changed) deps.onAccountsChanged();
    const { skipped, ...counts } = report;
    deps.logger.info({ ...counts, skipped: skipped.length }, 'upkeep: pass done');
    return report;
  }

  /** True when the account's stored state changed. */
  function recordResult(account: AccountRecord, result: CheckResult, report: UpkeepReport): boolean {
    if (result.kind === 'deadlinePassed') {
      report.skipped.push({ accountId: account.id, reason: 'deadline_passed' });
      return false;
    }
    deps.accounts.markChecked(account.id, result.grantedScopes);
    if (result.kind === 'refreshed' && result.tiktokCreator) deps.accounts.setTikTokCreator(account.id, result.tiktokCreator);
    if (result.kind === 'refreshed') report.refreshed += 1;
    else report.verified += 1;
    return true;
  }

  function recordFailure(account: AccountRecord, error: unknown, report: UpkeepReport): boolean {
    const failure = classifyUpkeepFailure(error, account.loginPath);
    const about = { accountId: account.id, platform: account.platform, loginPath: account.loginPath };
    switch (failure.kind) {
      case 'reconnect':
        deps.accounts.markNeedsReconnect(account.id, failure.reason);
        report.needsReconnect += 1;
        deps.logger.warn({ ...about, reason: failure.reason }, 'upkeep: account needs reconnecting');
        return true;
      case 'developerAppMissing':
        if (!report.developerAppsMissing.includes(failure.app)) {
          report.developerAppsMissing.push(failure.app);
          deps.logger.warn({ app: failure.app }, 'upkeep: developer app not set up; its accounts wait');
        }
        report.skipped.push({ accountId: account.id, reason: 'developer_app_missing' });
        return false;
      case 'leave':
        report.skipped.push({ accountId: account.id, reason: failure.why });
        // Platform and vault errors carry redacted messages; the logger redacts once more.
        deps.logger.warn({ ...about, why: failure.why, error: describe(error) }, 'upkeep: account left as it was; next pass tries again');
        return false;
    }
  }

  return {
    runPass() {
      running ??= pass().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

/** Asks for each environment's platforms at most once per pass, and only when an account needs them. */
function oncePerPass(platformAccessFor: PlatformAccessFor): (isDemo: boolean) => Promise<PlatformAccess> {
  const asked = new Map<boolean, Promise<PlatformAccess>>();
  return (isDemo) => {
    let access = asked.get(isDemo);
    if (!access) asked.set(isDemo, (access = platformAccessFor(isDemo)));
    return access;
  };
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
