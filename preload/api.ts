/**
 * Builds `window.api` from the contract over any transport that can invoke a channel and
 * subscribe to an event. The Electron preload passes `ipcRenderer`-backed functions; browser mode
 * passes a WebSocket-backed pair. Either way the renderer sees the same named functions, and never
 * the transport itself.
 */
import {
  channelNames,
  eventNames,
  type Channel,
  type ErrorResult,
  type EventName,
  type EventPayloadOf,
  type MediaImportResult,
  type RequestOf,
  type ResponseOf,
  type Result,
} from './contract';

/**
 * A file the owner picked or dropped: the DOM's `File`, described by the part Outpost reads (this
 * file compiles without DOM types). Each transport gets at the bytes its own way: the desktop
 * preload asks Electron for the file's path, browser mode streams the file to its server.
 */
export interface ImportableFile {
  readonly name: string;
  readonly size: number;
}

export interface BridgeTransport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  /** Calls `listener` with each payload of `event`; returns a function that stops it. */
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Imports files into the media library, one result per file in order; absent where files cannot travel. */
  importFiles?(files: readonly ImportableFile[]): Promise<Result<MediaImportResult[]>>;
}

type NamespaceOf<C> = C extends `${infer NS}.${string}` ? NS : never;
type MethodOf<C, NS extends string> = C extends `${NS}.${infer M}` ? M : never;

/** A channel whose request is `undefined` becomes a zero-argument function. */
type CallFor<C extends Channel> = [RequestOf<C>] extends [undefined]
  ? () => Promise<Result<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

export type OutpostApi = {
  [NS in NamespaceOf<Channel>]: {
    [M in MethodOf<Channel, NS>]: CallFor<`${NS}.${M}` & Channel>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
  /**
   * Imports picked or dropped files into the media library: one result per file, in order; a bad
   * file is a `failed` result, never a thrown error. NOT_AVAILABLE where files cannot reach main.
   */
  importFiles(files: readonly ImportableFile[]): Promise<Result<MediaImportResult[]>>;
};

const IMPORT_NOT_AVAILABLE: ErrorResult = {
  ok: false,
  code: 'NOT_AVAILABLE',
  message: 'Files cannot be imported from this page.',
  action: 'Open Outpost (the desktop app, or browser mode) and import them there.',
};

export function createOutpostApi(transport: BridgeTransport): OutpostApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (request?: unknown) => transport.invoke(channel, request);
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return transport.subscribe(event, listener);
  };
  const importFiles = (files: readonly ImportableFile[]) =>
    transport.importFiles ? transport.importFiles(files) : Promise.resolve(IMPORT_NOT_AVAILABLE);
  return Object.freeze({ ...api, on, importFiles }) as unknown as OutpostApi;
}
