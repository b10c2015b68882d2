import type { AccountSummary, LoginPath, SignInNetwork } from '../../../../../preload/contract';

export interface SignInNetworkInfo {
  /** The site the owner signs in on: "Facebook". */
  site: string;
  /** How Outpost signs in there, by the platform's own name. */
  loginName: string;
  /** What to tick in the picker afterwards. */
  pickWhat: string;
  /** What to do on the platform's page, after "Your browser opened Facebook." */
  browserStep: string;
}

export const SIGN_IN_NETWORKS: Record<SignInNetwork, SignInNetworkInfo> = {
  meta: {
    site: 'Facebook',
    loginName: 'Facebook Login',
    pickWhat: 'Tick the Pages and Instagram accounts Outpost should post to.',
    browserStep: 'Choose the Pages to share (their Instagram accounts come with them) and press Continue, then come back here.',
  },
  instagram: {
    site: 'Instagram',
    loginName: 'Instagram Login',
    pickWhat: 'Tick the account Outpost should post to.',
    browserStep: 'Sign in to your professional account and press Allow, then come back here.',
  },
  tiktok: {
    site: 'TikTok',
    loginName: 'TikTok Login Kit',
    pickWhat: 'Tick the account Outpost should post to.',
    browserStep: 'Sign in and allow Outpost access, then come back here.',
  },
};

const NETWORK_OF_LOGIN_PATH: Record<LoginPath, SignInNetwork> = {
  facebook_login: 'meta',
  instagram_login: 'instagram',
  tiktok_login: 'tiktok',
};

/** The sign-in an account was connected through, and so the one that reconnects it. */
export function networkOf(account: Pick<AccountSummary, 'loginPath'>): SignInNetwork {
  return NETWORK_OF_LOGIN_PATH[account.loginPath];
}

/** What the owner does in the browser, in words for the progress view. */
export function browserInstruction(network: SignInNetwork, demo: boolean): string {
  const { site, browserStep } = SIGN_IN_NETWORKS[network];
  return demo
    ? `Your browser opened the demo ${site}, which runs on this computer. Press Allow, then come back here.`
    : `Your browser opened ${site}. ${browserStep}`;
}
