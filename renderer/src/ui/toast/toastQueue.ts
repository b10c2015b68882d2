import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface ToastContent {
  tone: ToastTone;
  title: string;
  body?: string;
  /** One button beside the text ("Undo"); pressing it runs `onAction` and closes the toast. */
  action?: { label: string; onAction: () => void };
}

export type AppToastQueue = ToastQueue<ToastContent>;

/** How long a toast stays: confirmations and news fade; problems stay until the owner dismisses them. */
const TIMEOUT_MS: Record<ToastTone, number | undefined> = {
  info: 6000,
  success: 4000,
  warning: undefined,
  error: undefined,
};

/** At most three at a time, so a burst of notices never covers the window. */
export function createToastQueue(): AppToastQueue {
  return new ToastQueue<ToastContent>({ maxVisibleToasts: 3 });
}

/**
 * A toast with an action stays until the owner dismisses it or acts: someone reaching it by
 * keyboard (F6) or screen reader needs the time, and an Undo that vanishes is no Undo.
 */
export function showToast(queue: AppToastQueue, content: ToastContent): string {
  const timeout = content.action ? undefined : TIMEOUT_MS[content.tone];
  return queue.add(content, timeout === undefined ? {} : { timeout });
}
