import type { AccountSummary } from '../../../../../preload/contract';
import type { ToastContent } from '../../../ui/toast/toastQueue';
import { signInSite } from './accountWords';

/** The toast after a disconnect: what happened on the platform, to the saved sign-in, and to the history. */
export function disconnectedToast(account: AccountSummary, revokedOnPlatform: boolean, keepHistory: boolean): ToastContent {
  const site = signInSite(account);
  const access = revokedOnPlatform
    ? `Outpost's access was removed on ${site}, and the saved sign-in deleted.`
    : `The saved sign-in was deleted. Another connected account uses the same ${site} sign-in, so Outpost keeps its access there until you disconnect that one too.`;
  const history = keepHistory ? 'Its post history is kept.' : 'Its post history was deleted.';
  return { tone: 'success', title: `${account.displayName} disconnected`, body: `${access} ${history}` };
}
