import type { KeyringStatus } from '../../../../preload/contract';

/** Keyring backends as the owner knows them; main reports Electron's and its own names. */
const BACKEND_NAMES: Record<string, string> = {
  gnome_libsecret: 'GNOME Keyring',
  kwallet: 'KDE Wallet',
  kwallet5: 'KDE Wallet',
  kwallet6: 'KDE Wallet',
  macos_keychain: 'the macOS Keychain',
  windows_dpapi: 'Windows data protection',
  basic_text: 'weak protection (no keyring)',
  'outpost-development-key': 'a development key (browser mode, for testing only)',
};

/** "GNOME Keyring"; an unknown backend keeps its own name, and none reads "unknown". */
function keyringBackendName(backend: string | null): string {
  if (backend === null) return 'unknown';
  return BACKEND_NAMES[backend] ?? backend;
}

/** One plain sentence about where sign-ins are kept now. */
export function keyringSummary(status: KeyringStatus): string {
  switch (status.state) {
    case 'protected':
      return `Your sign-ins and app secrets are encrypted and protected by ${keyringBackendName(status.backend)}.`;
    case 'weak_accepted':
      return 'This computer has no password keyring, and you accepted weaker storage: other programs on this computer could read your saved sign-ins.';
    case 'weak_refused':
      return 'This computer has no password keyring. Outpost asks you before storing a sign-in with weak protection.';
    case 'unavailable':
      return 'The keyring cannot be reached right now. If it is locked, unlock it; Outpost tries again the next time it needs a sign-in.';
  }
}
