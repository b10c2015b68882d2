import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { askBeforeQuitting, QUIT_DIALOG_LINES, quitDialogText } from '../../../../main/electron/quitDialog';
import { scheduledItem } from './fakePublishingControl';

const context = { timeZone: 'Europe/London', now: new Date('2025-03-10T12:00:00Z'), platform: 'linux' as const };

describe('the quit dialog', () => {
  it('lists each post: time in the owner’s zone, platform, account, excerpt', () => {
    const dialog = quitDialogText(
      [
        scheduledItem({ dueAt: '2025-03-10T15:30:00Z', excerpt: 'Fresh sourdough this morning' }),
        scheduledItem({ dueAt: '2025-03-11T08:00:00Z', platform: 'tiktok', accountName: 'Cafe Nord', excerpt: '' }),
      ],
      context,
    );
    expect(dialog.message).toBe('2 posts are due in the next 24 hours');
    expect(dialog.detail).toBe(
      [
        'They go out from this computer, so Outpost must be running at that time:',
        '',
        "Mon 15:30 · Instagram · Rosie's Bakery · Fresh sourdough this morning",
        'Tue 08:00 · TikTok · Cafe Nord · (no text)',
        '',
        'If you quit, they do not go out until Outpost runs again.',
      ].join('\n'),
    );
  });

  it('keeps running as the default and the answer to Escape', () => {
    const dialog = quitDialogText([scheduledItem()], context);
    expect(dialog.buttons).toEqual(['Keep running in the tray', 'Quit anyway']);
    expect(dialog.defaultId).toBe(0);
    expect(dialog.cancelId).toBe(0);
    expect(quitDialogText([scheduledItem()], { ...context, platform: 'darwin' }).buttons).toEqual([
      'Keep running in the menu bar',
      'Quit anyway',
    ]);
  });

  it('speaks of one post in the singular', () => {
    const dialog = quitDialogText([scheduledItem()], context);
    expect(dialog.message).toBe('A post is due in the next 24 hours');
    expect(dialog.detail).toMatch(/^It goes out from this computer/);
    expect(dialog.detail).toMatch(/If you quit, it does not go out until Outpost runs again\.$/);
  });

  it(`shows ${QUIT_DIALOG_LINES} posts and counts the rest, with long excerpts cut`, () => {
    const items = Array.from({ length: QUIT_DIALOG_LINES + 3 }, (_, index) =>
      scheduledItem({ targetId: `t${index}`, excerpt: `Post ${index} with a caption that goes on for much longer than a line should` }),
    );
    const lines = quitDialogText(items, context).detail!.split('\n');
    const listed = lines.filter((line) => line.startsWith('Tue 09:00'));
    expect(listed).toHaveLength(QUIT_DIALOG_LINES);
    expect(listed[0]).toBe("Tue 09:00 · Instagram · Rosie's Bakery · Post 0 with a caption that goes on for…");
    expect(lines).toContain('and 3 more');
  });

  it('asks and answers true only for "Quit anyway"', async () => {
    const showMessageBox = vi.fn(async (_options: MessageBoxOptions): Promise<MessageBoxReturnValue> => ({ response: 1, checkboxChecked: false }));
    const ask = askBeforeQuitting(showMessageBox, () => context);
    await expect(ask([scheduledItem()])).resolves.toBe(true);
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(ask([scheduledItem()])).resolves.toBe(false);
    expect(showMessageBox.mock.calls[0]![0].message).toBe('A post is due in the next 24 hours');
  });
});
