/**
 * Browser mode (development and tests): builds `window.api` from the same contract over a
 * WebSocket to the Node process that runs Outpost's services. The page is opened with the run's
 * token in its address; without one this is not browser mode and there is no api to build.
 */
import { createOutpostApi, type BridgeTransport, type OutpostApi } from '../../../preload/api';
import {
  BROWSER_BRIDGE_PATH,
  BROWSER_BRIDGE_TOKEN_PARAMETER,
  type BridgeServerFrame,
  type EventName,
  type Notice,
  type ErrorResult,
} from '../../../preload/contract';
import { uploadFiles } from './browserUpload';

const DISCONNECTED: ErrorResult = {
  ok: false,
  code: 'INTERNAL',
  message: 'Lost the connection to the Outpost browser-mode server.',
  action: 'Restart `npm run dev:browser` and open the address it prints.',
};

export function createBrowserModeApi(): OutpostApi | null {
  const token = new URLSearchParams(window.location.search).get(BROWSER_BRIDGE_TOKEN_PARAMETER);
  if (!token) return null;
  return createOutpostApi(createSocketTransport(token));
}

function createSocketTransport(token: string): BridgeTransport {
  const address = new URL(BROWSER_BRIDGE_PATH, window.location.href);
  address.protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  address.search = new URLSearchParams({ [BROWSER_BRIDGE_TOKEN_PARAMETER]: token }).toString();
  const socket = new WebSocket(address);
  const opened = new Promise<boolean>((resolve) => {
    socket.addEventListener('open', () => resolve(true), { once: true });
    socket.addEventListener('close', () => resolve(false), { once: true });
  });
  const pending = new Map<number, (result: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 0;

  const deliver = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  socket.addEventListener('message', (message: MessageEvent<string>) => {
    const frame = JSON.parse(message.data) as BridgeServerFrame;
    if (frame.kind === 'reply') {
      pending.get(frame.id)?.(frame.result);
      pending.delete(frame.id);
    } else {
      deliver(frame.event, frame.payload);
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) resolve(DISCONNECTED);
    pending.clear();
    const notice: Notice = {
      id: 'browser-mode-disconnected',
      level: 'error',
      title: 'Disconnected',
      body: `${DISCONNECTED.message} ${DISCONNECTED.action}`,
    };
    deliver('notice', notice);
  });

  return {
    async invoke(channel, payload) {
      if (!(await opened) || socket.readyState !== WebSocket.OPEN) return DISCONNECTED;
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, channel, payload }));
      });
    },
    subscribe(event: EventName, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    // Files do not go over the socket: each is streamed to the server in its own request.
    importFiles: (files) => uploadFiles(token, files),
  };
}
