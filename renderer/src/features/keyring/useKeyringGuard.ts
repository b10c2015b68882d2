import type { Result } from '../../../../preload/contract';
import { isKeyringWeak } from './keyringStore';
import { useKeyring } from './useKeyring';

/**
 * For any action that may answer KEYRING_WEAK: hands such an answer to the keyring question,
 * with the action itself as what to run again once the owner accepts. Returns true when it did,
 * so the caller shows nothing else.
 */
export function useKeyringGuard(): (result: Result<unknown> | null, retry: () => unknown) => boolean {
  const ask = useKeyring((state) => state.ask);
  return (result, retry) => {
    if (!isKeyringWeak(result)) return false;
    ask(retry);
    return true;
  };
}
