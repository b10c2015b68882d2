import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { closeToTrayHint, closeToTrayHintText } from '../../../../main/electron/closeToTrayHint';
import { createPreferencesService } from '../../../../main/store/preferences';

/** The preferences document survives "restarts": each run makes a new hint over the same store. */
function preferencesOnDisk() {
  return createPreferencesService({ store: {} }, 'Europe/London');
}

function answering(checkboxChecked: boolean) {
  return vi.fn(async (_options: MessageBoxOptions): Promise<MessageBoxReturnValue> => ({ response: 0, checkboxChecked }));
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the close-to-tray hint', () => {
  it('is shown the first time closing hides the window, and not again in the same run', async () => {
    const showMessageBox = answering(false);
    const hidden = closeToTrayHint({ showMessageBox, flags: preferencesOnDisk(), platform: 'win32', logger: createSilentLogger() });
    hidden();
    hidden();
    await settle();
    hidden();
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    expect(showMessageBox.mock.calls[0]![0]).toMatchObject({
      message: 'Outpost is still running',
      detail: 'Outpost keeps publishing from the tray. Quit from the tray menu.',
      checkboxLabel: "Don't show this again",
      checkboxChecked: false,
      buttons: ['OK'],
    });
  });

  it('is shown again in the next run unless the owner ticked "Don\'t show this again"', async () => {
    const flags = preferencesOnDisk();
    const firstRun = answering(false);
    closeToTrayHint({ showMessageBox: firstRun, flags, platform: 'win32', logger: createSilentLogger() })();
    await settle();
    expect(flags.flag('trayHintDismissed')).toBe(false);

    const secondRun = answering(true);
    closeToTrayHint({ showMessageBox: secondRun, flags, platform: 'win32', logger: createSilentLogger() })();
    await settle();
    expect(secondRun).toHaveBeenCalledTimes(1);
    expect(flags.flag('trayHintDismissed')).toBe(true);

    const thirdRun = answering(false);
    closeToTrayHint({ showMessageBox: thirdRun, flags, platform: 'win32', logger: createSilentLogger() })();
    await settle();
    expect(thirdRun).not.toHaveBeenCalled();
  });

  it('tells Linux owners, whose tray icon may be invisible, that launching Outpost again opens the window', () => {
    expect(closeToTrayHintText('linux').detail).toBe(
      'Outpost keeps publishing from the tray. Quit from the tray menu. If you cannot see its icon, launching Outpost again opens this window.',
    );
    expect(closeToTrayHintText('darwin').detail).toBe('Outpost keeps publishing from the menu bar. Quit from the menu bar menu.');
  });

  it('survives a dialog that cannot be shown', async () => {
    const showMessageBox = vi.fn(async (): Promise<MessageBoxReturnValue> => {
      throw new Error('no display');
    });
    const flags = preferencesOnDisk();
    closeToTrayHint({ showMessageBox, flags, platform: 'linux', logger: createSilentLogger() })();
    await settle();
    expect(flags.flag('trayHintDismissed')).toBe(false);
  });
});
