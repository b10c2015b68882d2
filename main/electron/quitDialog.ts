import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { ScheduledItem } from '../../preload/contract';
import { oneLine, postCount, shortDueTime, whereItGoes } from './scheduleWording';

/** The dialog lists this many posts, then counts the rest. */
export const QUIT_DIALOG_LINES = 8;
const EXCERPT_MAX = 40;
const KEEP_RUNNING = 0;
const QUIT_ANYWAY = 1;

export interface QuitDialogContext {
  timeZone: string;
  now: Date;
  platform: NodeJS.Platform;
}

/**
 * What the owner reads when quitting would stop posts that go out from this computer: which ones
 * and when (in their time zone), why Outpost must run, and keeping it running as the default.
 */
export function quitDialogText(dueSoon: readonly ScheduledItem[], { timeZone, now, platform }: QuitDialogContext): MessageBoxOptions {
  const one = dueSoon.length === 1;
  const lines = dueSoon.slice(0, QUIT_DIALOG_LINES).map((item) => {
    const when = item.dueAt ? shortDueTime(item.dueAt, now, timeZone) : 'Soon';
    const text = oneLine(item.excerpt, EXCERPT_MAX) || '(no text)';
    return `${when} · ${whereItGoes(item)} · ${text}`;
  });
  const more = dueSoon.length - lines.length;
  if (more > 0) lines.push(`and ${more} more`);
  return {
    type: 'warning',
    message: one ? 'A post is due in the next 24 hours' : `${postCount(dueSoon.length)} are due in the next 24 hours`,
    detail: [
      `${one ? 'It goes' : 'They go'} out from this computer, so Outpost must be running at that time:`,
      '',
      ...lines,
      '',
      `If you quit, ${one ? 'it does' : 'they do'} not go out until Outpost runs again.`,
    ].join('\n'),
    buttons: [platform === 'darwin' ? 'Keep running in the menu bar' : 'Keep running in the tray', 'Quit anyway'],
    defaultId: KEEP_RUNNING,
    cancelId: KEEP_RUNNING,
    // Windows: plain buttons, not command links.
    noLink: true,
  };
}

/** Asks with `quitDialogText`; resolves true when the owner chose "Quit anyway". */
export function askBeforeQuitting(
  showMessageBox: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>,
  context: () => QuitDialogContext,
): (dueSoon: readonly ScheduledItem[]) => Promise<boolean> {
  return async (dueSoon) => (await showMessageBox(quitDialogText(dueSoon, context()))).response === QUIT_ANYWAY;
}
