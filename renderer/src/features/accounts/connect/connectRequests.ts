import type { AccountSummary, RequestOf } from '../../../../../preload/contract';
import { networkOf } from './signInNetworks';

/** What starting a sign-in asks main for: which network, demo or live, and whether to re-ask declined permissions. */
export type ConnectRequest = RequestOf<'accounts.beginConnect'>;

/** Signs in again for an account, the same way it was connected. */
export function reconnectRequest(account: Pick<AccountSummary, 'loginPath' | 'isDemo'>): ConnectRequest {
  return { network: networkOf(account), demo: account.isDemo };
}

/**
 * Signs in again to allow permissions the owner declined. Only Facebook Login needs asking
 * explicitly (Meta otherwise skips what was declined before); the others show them again anyway.
 */
export function askAgainRequest({ network, demo }: ConnectRequest): ConnectRequest {
  return network === 'meta' ? { network, demo, reconsent: true } : { network, demo };
}
