import type { KeyringStatus } from '../../preload/contract';
import { KeyringUnavailableError, WEAK_KEYRING_BACKEND, WeakKeyringError } from './keyringErrors';
import type { SecretCipher } from './secretCipher';

/**
 * What Settings shows about where sign-ins are kept. Asking for the cipher may prompt the OS
 * keyring; that is what the owner asked for by opening this view.
 */
export async function readKeyringStatus(getCipher: () => Promise<SecretCipher>): Promise<KeyringStatus> {
  try {
    const { backend } = await getCipher();
    return { backend, state: backend === WEAK_KEYRING_BACKEND ? 'weak_accepted' : 'protected' };
  } catch (error) {
    if (error instanceof WeakKeyringError) return { backend: WEAK_KEYRING_BACKEND, state: 'weak_refused' };
    if (error instanceof KeyringUnavailableError) return { backend: null, state: 'unavailable' };
    throw error;
  }
}
