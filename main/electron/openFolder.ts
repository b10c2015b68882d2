import { shell } from 'electron';
import { DomainError } from '../errors/domainError';

/**
 * Opens a folder in the system file manager. `shell.openPath` does not reject: it resolves with an
 * error message, or an empty string on success, so the message is turned into a DomainError the
 * renderer can show, with the path so the owner can go there by hand.
 */
export async function openFolderInFileManager(path: string): Promise<void> {
  const problem = await shell.openPath(path);
  if (problem) {
    throw new DomainError('INTERNAL', `Outpost could not open the folder: ${problem}`, `Open it yourself: ${path}`);
  }
}
