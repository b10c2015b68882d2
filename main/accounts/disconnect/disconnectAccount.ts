import type { Logger } from '../../diagnostics/logger';
import { DomainError } from '../../errors/domainError';
import { revokeAllPermissions } from '../../platforms/meta/graphUser';
import { revokeTikTokToken } from '../../platforms/tiktok/tiktokRevoke';
import {
  accountSecretName,
  accountSecretPrefix,
  type AccountRecord,
  type AccountSecretKind,
  type AccountsRepository,
} from '../accountsRepository';
import type { PlatformAccessFor } from '../platformAccess';
import type { TokenVault } from '../tokenVault';

export class AccountNotFoundError extends DomainError {
  constructor() {
    super('VALIDATION_FAILED', 'That account is no longer connected.', 'Reload the accounts list.');
  }
}

export interface DisconnectDeps {
  accounts: AccountsRepository;
  vault: TokenVault;
  platformAccessFor: PlatformAccessFor;
  transaction<T>(work: () => T): T;
  onAccountsChanged(): void;
  logger: Logger;
}

/**
 * Disconnects an account: revokes Outpost's access on the platform, deletes the account's secrets,
 * and keeps or deletes its post history. Revocation is best effort (the platform may be
 * unreachable, or the token already dead): the local part always completes and the answer says
 * whether the platform was told. A sign-in shared with other connected accounts (a Meta login
 * covering several Pages) is not revoked, since that would cut those accounts off too.
 */
export async function disconnectAccount(deps: DisconnectDeps, accountId: string, keepHistory: boolean): Promise<{ revokedOnPlatform: boolean }> {
  const record = deps.accounts.get(accountId);
  if (!record) throw new AccountNotFoundError();
  const revokedOnPlatform = deps.accounts.sharesSignIn(record) ? false : await revoke(deps, record);
  deps.transaction(() => {
    deps.vault.removeByPrefix(accountSecretPrefix(record.id));
    deps.accounts.disconnect(record.id, keepHistory);
  });
  deps.logger.info({ account: record.id, platform: record.platform, keepHistory, revokedOnPlatform }, 'accounts: disconnected');
  deps.onAccountsChanged();
  return { revokedOnPlatform };
}

async function revoke(deps: DisconnectDeps, record: AccountRecord): Promise<boolean> {
  const secret = (kind: AccountSecretKind) => deps.vault.read(accountSecretName(record.id, kind));
  try {
    const access = await deps.platformAccessFor(record.isDemo);
    switch (record.loginPath) {
      case 'facebook_login':
        return await revokeAllPermissions(access.networks.metaGraph, { accessToken: await secret('user_token') });
      case 'tiktok_login': {
        const app = await access.app('tiktok');
        await revokeTikTokToken(access.networks.tiktokApi, { clientKey: app.appId, clientSecret: app.appSecret, token: await secret('access_token') });
        return true;
      }
      case 'instagram_login':
        // Instagram Login documents no revocation call; the owner removes the app in Instagram's settings.
        return false;
    }
  } catch (error) {
    deps.logger.warn({ account: record.id, err: error }, 'accounts: could not revoke on the platform');
    return false;
  }
}
