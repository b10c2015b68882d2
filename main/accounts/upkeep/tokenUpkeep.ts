import type { DeveloperAppKind, LoginPath } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import { accountSecretName, type AccountRecord, type AccountsRepository } from '../accountsRepository';
import type { PlatformAccess, PlatformAccessFor } from '../platformAccess';
import { SecretMissingError, type TokenVault } from '../tokenVault';
import type { AccountCheck, CheckResult } from './accountCheck';
import type { ExpiryAlerts } from './expiryAlerts';
import { checkFacebookLogin } from './facebookLoginCheck';
import { checkInstagramLogin } from './instagramLoginCheck';
import { checkTikTokLogin } from './tiktokLoginCheck';
import { classifyUpkeepFailure, type LeftAsItWas, type UpkeepFailure } from './upkeepFailure';

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
  /**
   * Checks one account now, exactly as the pass does (TikTok: a refresh), for publishing when a
   * token is about to lapse. Throws what the check threw (after recording it as the pass would);
   * an account that is not connected is SecretMissingError.
   */
  refreshAccount(accountId: string): Promise<void>;
}

/** How one account's check ended, shared by everyone who asked for it meanwhile. */
type AccountOutcome = { kind: 'checked'; result: CheckResult } | { kind: 'failed'; error: unknown; failure: UpkeepFailure };

const CHECKS: Record<LoginPath, AccountCheck> = {
  instagram_login: checkInstagramLogin,
  tiktok_login: checkTikTokLogin,
  facebook_login: checkFacebookLogin,
};

/**
 * Token upkeep (issue 4: the owner never thinks about tokens until a platform really needs them
 * to sign in again). Each account is checked on its own, one after the other, so one failure
 * never stops the others; then the owner is alerted about what is close to ending or broken.
 *
 * One check per account at a time, whoever asks: the daily pass and publishing (refreshAccount)
 * join a check already running for the account instead of starting a second. TikTok rotates its
 * refresh token on every refresh, so two refreshes racing would leave one of them holding a
 * retired token, and the account signed out.
 */
export function createTokenUpkeep(deps: TokenUpkeepDeps): TokenUpkeep {
  let running: Promise<UpkeepReport> | undefined;
  const checking = new Map<string, Promise<AccountOutcome>>();

  function checkAccount(account: AccountRecord, access: () => Promise<PlatformAccess>): Promise<AccountOutcome> {
    const inFlight = checking.get(account.id);
    if (inFlight) return inFlight;
    const check = runCheck(account, access).finally(() => checking.delete(account.id));
    checking.set(account.id, check);
    return check;
  }

  /** Runs the account's check and records what it found on the account; never throws. */
  async function runCheck(account: AccountRecord, access: () => Promise<PlatformAccess>): Promise<AccountOutcome> {
    try {
      const result = await CHECKS[account.loginPath](account, { vault: deps.vault, access, now: deps.now });
      if (result.kind !== 'deadlinePassed') {
        deps.accounts.markChecked(account.id, result.grantedScopes);
        if (result.kind === 'refreshed' && result.tiktokCreator) deps.accounts.setTikTokCreator(account.id, result.tiktokCreator);
      }
      return { kind: 'checked', result };
    } catch (error) {
      const failure = classifyUpkeepFailure(error, account.loginPath);
      const about = { accountId: account.id, platform: account.platform, loginPath: account.loginPath };
      if (failure.kind === 'reconnect') {
        deps.accounts.markNeedsReconnect(account.id, failure.reason);
        deps.logger.warn({ ...about, reason: failure.reason }, 'upkeep: account needs reconnecting');
      } else if (failure.kind === 'leave') {
        // Platform and vault errors carry redacted messages; the logger redacts once more.
        deps.logger.warn({ ...about, why: failure.why, error: describe(error) }, 'upkeep: account left as it was; next pass tries again');
      }
      return { kind: 'failed', error, failure };
    }
  }

  /** True when the account's stored state changed. */
  const changedBy = (outcome: AccountOutcome) =>
    outcome.kind === 'checked' ? outcome.result.kind !== 'deadlinePassed' : outcome.failure.kind === 'reconnect';

  async function pass(): Promise<UpkeepReport> {
    const report: UpkeepReport = { refreshed: 0, verified: 0, needsReconnect: 0, skipped: [], developerAppsMissing: [], alerted: 0 };
    const accessFor = oncePerPass(deps.platformAccessFor);
    let changed = false;
    for (const account of deps.accounts.records()) {
      const outcome = await checkAccount(account, () => accessFor(account.isDemo));
      count(account, outcome, report);
      changed = changedBy(outcome) || changed;
    }
    report.alerted = deps.alerts.alertDue(deps.accounts.list());
    if (changed) deps.onAccountsChanged();
    const { skipped, ...counts } = report;
    deps.logger.info({ ...counts, skipped: skipped.length }, 'upkeep: pass done');
    return report;
  }

  function count(account: AccountRecord, outcome: AccountOutcome, report: UpkeepReport): void {
    if (outcome.kind === 'checked') {
      const { result } = outcome;
      if (result.kind === 'deadlinePassed') report.skipped.push({ accountId: account.id, reason: 'deadline_passed' });
      else if (result.kind === 'refreshed') report.refreshed += 1;
      else report.verified += 1;
      return;
    }
    const { failure } = outcome;
    switch (failure.kind) {
      case 'reconnect':
        report.needsReconnect += 1;
        return;
      case 'developerAppMissing':
        if (!report.developerAppsMissing.includes(failure.app)) {
          report.developerAppsMissing.push(failure.app);
          deps.logger.warn({ app: failure.app }, 'upkeep: developer app not set up; its accounts wait');
        }
        report.skipped.push({ accountId: account.id, reason: 'developer_app_missing' });
        return;
      case 'leave':
        report.skipped.push({ accountId: account.id, reason: failure.why });
        return;
    }
  }

  return {
    runPass() {
      running ??= pass().finally(() => {
        running = undefined;
      });
      return running;
    },
    async refreshAccount(accountId) {
      const account = deps.accounts.get(accountId);
      if (!account) throw new SecretMissingError(accountSecretName(accountId, 'access_token'));
      const outcome = await checkAccount(account, () => deps.platformAccessFor(account.isDemo));
      if (changedBy(outcome)) deps.onAccountsChanged();
      if (outcome.kind === 'failed') throw outcome.error;
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
