/**
 * The preload: runs in the sandboxed renderer before the page, and exposes exactly one thing,
 * `window.api`, built from the contract by createOutpostApi. `ipcRenderer` itself never crosses
 * the bridge (the page could otherwise call any channel, including other libraries' ones), and
 * event listeners receive only the payload, never the IpcRendererEvent (which carries `sender`).
 * Bundled into one CommonJS file (vite --mode preload) because a sandboxed preload can only
 * require Electron's own modules.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createOutpostApi, type BridgeTransport } from './api';
import { IPC_EVENT_PREFIX, IPC_PREFIX, type MediaImportResult, type Result } from './contract';
import { importByPath } from './importByPath';

const transport: BridgeTransport = {
  invoke: (channel, payload) => ipcRenderer.invoke(IPC_PREFIX + channel, payload),
  subscribe(event, listener) {
    const channel = IPC_EVENT_PREFIX + event;
    // One wrapper per subscription, kept so that unsubscribing removes exactly this listener.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  // The renderer hands over DOM Files; Electron knows where each one is on disk.
  importFiles: (files) =>
    importByPath(
      files,
      (file) => webUtils.getPathForFile(file as File),
      (paths) => ipcRenderer.invoke(`${IPC_PREFIX}media.importPaths`, { paths }) as Promise<Result<MediaImportResult[]>>,
    ),
};

contextBridge.exposeInMainWorld('api', createOutpostApi(transport));
