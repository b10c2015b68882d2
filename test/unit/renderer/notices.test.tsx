import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../preload/contract';
import { createToastQueue, showToast, type ToastTone } from '../../../renderer/src/ui/toast/toastQueue';
import { createFakeApi } from './fakeApi';
import { renderApp } from './renderApp';

const movedAside: Notice = {
  id: 'database-moved-aside',
  level: 'warning',
  title: 'Your database was damaged',
  body: 'Outpost moved it aside and started a fresh one. Nothing was deleted.',
};

describe('notices', () => {
  it('shows start-up notices from app.info as toasts, once though app.info is read twice', async () => {
    renderApp(createFakeApi({ appInfo: { startupNotices: [movedAside] } }));

    await screen.findByRole('alertdialog', { name: 'Your database was damaged' });
    await act(() => Promise.resolve()); // let every app.info read (StrictMode starts twice) answer
    const toasts = screen.getAllByRole('alertdialog', { name: 'Your database was damaged' });
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toHaveTextContent('Outpost moved it aside and started a fresh one. Nothing was deleted.');
  });

  it('shows notices pushed by main as toasts, each one once', async () => {
    const { fake } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Calendar' });
    const update: Notice = { id: 'n-1', level: 'info', title: 'Publishing resumed', body: 'You are back online.' };

    act(() => {
      fake.emit('notice', update);
      fake.emit('notice', update);
    });

    expect(await screen.findAllByRole('alertdialog', { name: 'Publishing resumed' })).toHaveLength(1);
  });

  it('tells the owner, once, when their settings cannot be loaded', async () => {
    const fake = createFakeApi();
    fake.handle('settings.get', () => ({ ok: false, code: 'INTERNAL', message: 'Preferences are unreadable.' }));
    renderApp(fake);

    await screen.findAllByRole('alertdialog', { name: "Couldn't load your settings" });
    await act(() => Promise.resolve()); // let every load started (StrictMode starts twice) answer
    const toasts = screen.getAllByRole('alertdialog', { name: "Couldn't load your settings" });
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toHaveTextContent('Preferences are unreadable.');
  });

  it('keeps a warning until it is dismissed', async () => {
    const { user } = renderApp(createFakeApi({ appInfo: { startupNotices: [movedAside] } }));
    const toast = await screen.findByRole('alertdialog', { name: 'Your database was damaged' });

    await user.click(within(toast).getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByRole('alertdialog', { name: 'Your database was damaged' })).not.toBeInTheDocument();
  });

  it('lets news and confirmations fade, but never problems', () => {
    const timeoutOf = (tone: ToastTone) => {
      const queue = createToastQueue();
      showToast(queue, { tone, title: tone });
      return queue.visibleToasts[0]?.timeout;
    };
    const timeouts = { info: timeoutOf('info'), success: timeoutOf('success'), warning: timeoutOf('warning'), error: timeoutOf('error') };
    expect(timeouts.warning).toBeUndefined();
    expect(timeouts.error).toBeUndefined();
    expect(timeouts.info).toBeGreaterThan(0);
    expect(timeouts.success).toBeGreaterThan(0);
  });

  it('keeps a toast with an action (Undo) until the owner acts or dismisses it', () => {
    const queue = createToastQueue();
    showToast(queue, { tone: 'info', title: 'Draft deleted', action: { label: 'Undo', onAction: () => undefined } });

    expect(queue.visibleToasts[0]?.timeout).toBeUndefined();
  });
});
