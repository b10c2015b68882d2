import type { Notice } from '../../../preload/contract';
import { showToast, type AppToastQueue, type ToastTone } from '../ui/toast/toastQueue';

const toneOfLevel: Record<Notice['level'], ToastTone> = {
  info: 'info',
  warning: 'warning',
  error: 'error',
};

/**
 * Shows main's notices as toasts, each one once: start-up notices are read again whenever the app
 * info is reloaded, and the same notice may also arrive as an event.
 */
export function createNoticeToaster(queue: AppToastQueue): (notice: Notice) => void {
  const shown = new Set<string>();
  return (notice) => {
    if (shown.has(notice.id)) return;
    shown.add(notice.id);
    showToast(queue, { tone: toneOfLevel[notice.level], title: notice.title, body: notice.body });
  };
}
