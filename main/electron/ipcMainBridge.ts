import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_PREFIX } from '../../preload/contract';
import type { RegisterHandler } from '../ipc/registerChannels';
import type { SenderInfo } from '../ipc/senderGuard';

/**
 * What the IPC guard needs to know about who sent a message. `senderFrame` is read once and at
 * once: Electron documents that it becomes null when the frame navigates away or is destroyed,
 * and the guard treats null as untrusted.
 */
export function senderInfoOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): SenderInfo {
  const frame = event.senderFrame;
  return { senderFrame: frame ? { url: frame.url, parent: frame.parent } : null };
}

/**
 * The `register` function `registerChannels` expects, backed by `ipcMain.handle` under the
 * contract's channel prefix. Only the first argument after the event is passed on: the preload
 * sends exactly one payload per call, and anything extra is ignored rather than trusted.
 */
export function ipcMainRegister(ipcMain: IpcMain): RegisterHandler {
  return (channel, listener) => {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => listener(senderInfoOf(event), payload));
  };
}
