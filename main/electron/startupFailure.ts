import type { App, Dialog } from 'electron';

/**
 * The one way start-up fails: a dialog that says what went wrong (a database written by a newer
 * Outpost, a data directory that cannot be created, ...) and where the log is, then exit. Never a
 * silent crash, and never a half-started app running in the tray. `showErrorBox` works even
 * before `ready` and blocks until the owner dismisses it.
 */
export function reportStartupFailure(
  error: unknown,
  { app, dialog, logDirectory }: { app: App; dialog: Dialog; logDirectory?: string },
): void {
  const message = error instanceof Error ? error.message : String(error);
  const where = logDirectory ? `\n\nDetails are in the log: ${logDirectory}` : '';
  dialog.showErrorBox('Outpost could not start', `${message}${where}`);
  app.exit(1);
}
