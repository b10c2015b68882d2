import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Our entry in the XDG autostart folder (~/.config/autostart). */
export const AUTOSTART_FILE_NAME = 'outpost.desktop';

/**
 * One argument of a desktop entry's Exec key, always quoted (XDG Desktop Entry spec, "The Exec
 * key"): inside the quotes `"`, `` ` ``, `$` and `\` take a backslash; then the whole value is a
 * string, whose own escaping doubles every backslash again; `%` is written `%%` so it is not read
 * as a field code. A path with a line break cannot be written at all.
 */
export function execArgument(argument: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(argument)) throw new Error(`Cannot start "${argument}" at login: its path has a control character.`);
  const quoted = `"${argument.replace(/[\\"`$]/g, '\\$&')}"`;
  return quoted.replaceAll('\\', '\\\\').replaceAll('%', '%%');
}

export function autostartEntry(executable: string, args: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Outpost',
    'Comment=Publishes scheduled posts in the background',
    `Exec=${[execArgument(executable), ...args].join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Writes the entry, replacing any earlier one. Called on every start while launch at login is on:
 * an AppImage's path is wherever the owner keeps the file, and changes when they update it. The
 * file is written beside its final name and renamed, so the session never reads half an entry.
 */
export function writeAutostartEntry(directory: string, executable: string, args: readonly string[]): void {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, AUTOSTART_FILE_NAME);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, autostartEntry(executable, args), { mode: 0o644 });
  renameSync(partial, file);
}

export function removeAutostartEntry(directory: string): void {
  rmSync(join(directory, AUTOSTART_FILE_NAME), { force: true });
}
