import type { AccountSummary } from '../../../../../preload/contract';
import { networkOf, SIGN_IN_NETWORKS } from '../connect/signInNetworks';
import { PLATFORMS } from '../platforms';

/** "Rosie Bakes (Instagram)": names an account in buttons, since a Page and its Instagram account often share a name. */
export function accountLabel(account: Pick<AccountSummary, 'displayName' | 'platform'>): string {
  return `${account.displayName} (${PLATFORMS[account.platform].name})`;
}

/** "Instagram account via Rosie's Bakery", "Facebook Page", "TikTok account". */
export function platformLine(account: AccountSummary, linkedName: string | null): string {
  const noun = PLATFORMS[account.platform].accountNoun;
  if (!account.linkedAccountId) return noun;
  return `${noun} via ${linkedName ?? 'a Facebook Page'}`;
}

/** How the account signs in: "Facebook Login, through the Page Rosie's Bakery", "TikTok Login Kit". */
export function signInLine(account: AccountSummary, linkedName: string | null): string {
  const { loginName } = SIGN_IN_NETWORKS[networkOf(account)];
  if (!account.linkedAccountId) return loginName;
  return `${loginName}, through the Page ${linkedName ?? 'it is linked to'}`;
}

/** The site where Outpost's access is granted and removed: "Facebook" for both a Page and its Instagram account. */
export function signInSite(account: AccountSummary): string {
  return SIGN_IN_NETWORKS[networkOf(account)].site;
}
