import type { DeveloperAppKind } from '../../../../../preload/contract';
import { describeError } from '../../../lib/describeError';
import type { ConnectEnding } from '../accountsStore';
import { SIGN_IN_NETWORKS } from './signInNetworks';

/** What the progress view says after a sign-in ended without accounts. */
export interface ConnectNote {
  /** calm: nothing went wrong (the owner changed their mind); problem: something to act on. */
  tone: 'calm' | 'problem';
  text: string;
  /** The developer app whose setup guide fixes it, when that is the fix. */
  setupKind: DeveloperAppKind | null;
}

const CANCELLED_HERE = 'Sign-in cancelled; nothing was connected.';
const CANCELLED_IN_BROWSER = 'You cancelled in the browser; nothing was connected.';

const calm = (text: string): ConnectNote => ({ tone: 'calm', text, setupKind: null });
const problem = (text: string, setupKind: DeveloperAppKind | null = null): ConnectNote => ({ tone: 'problem', text, setupKind });

/** The note for how a sign-in ended, in the owner's words, per error code. */
export function connectNote(ending: ConnectEnding): ConnectNote {
  if (ending.kind === 'cancelled') return calm(CANCELLED_HERE);
  const { error, request } = ending;
  const { site } = SIGN_IN_NETWORKS[request.network];
  switch (error.code) {
    case 'AUTH_CANCELLED':
      return calm(CANCELLED_IN_BROWSER);
    case 'PORT_IN_USE': {
      const port = /port (\d+)/.exec(error.message)?.[1];
      return problem(
        port
          ? `Another program on this computer is using port ${port}, which Outpost needs to receive the sign-in from your browser. Close that program (or another Outpost window) and try again.`
          : describeError(error),
      );
    }
    case 'DEVELOPER_APP_MISSING':
      return problem(`Connecting to ${site} needs your own developer app first. The setup guide takes you through it, once.`, request.network);
    case 'DEVELOPER_APP_REJECTED':
      return problem(`${describeError(error)} Check the app's details in the setup guide.`, request.network);
    default:
      return problem(describeError(error));
  }
}
