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
  type EventName,
  type EventPayloadOf,
  type RequestOf,
  type ResponseOf,
  type Result,
} from './contract';

export interface BridgeTransport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  /** Calls `listener` with each payload of `event`; returns a function that stops it. */
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
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
  return Object.freeze({ ...api, on }) as unknown as OutpostApi;
}
