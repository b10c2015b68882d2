import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChosenFault } from '../faults/faultPlan';
import { hostPrefixes, resolveHost } from '../urlLayout';
import type { HostService } from './hostService';
import { BodyTooLargeError, parseBody, readBody } from './requestBody';
import type { HostKey, SandboxRequest, SandboxResponse } from './sandboxHttp';

/** The sandbox listens on loopback only. */
export const SANDBOX_HOST = '127.0.0.1';

export interface RequestPipeline {
  services: Record<HostKey, HostService>;
  decideFault(host: HostKey, method: string, path: string): ChosenFault | null;
  /** Runs before a handler: brings time-driven state (containers, scheduled posts) up to now. */
  beforeHandle(): void;
  /** Runs after every request, answered or dropped: persistence. */
  afterRequest(): void;
  /** Unexpected exceptions (bugs in the sandbox); the client gets a 500. */
  onInternalError(error: unknown): void;
}

export interface RunningHttpServer {
  origin: string;
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function writeResponse(res: ServerResponse, response: SandboxResponse): void {
  const headers = { ...response.headers };
  let payload: string | Buffer;
  if (Buffer.isBuffer(response.body) || typeof response.body === 'string') {
    payload = response.body;
  } else if (response.body === undefined) {
    payload = '';
  } else {
    payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=UTF-8';
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

function dropConnection(req: IncomingMessage): void {
  req.socket.destroy();
}

export async function startHttpServer(port: number, pipeline: RequestPipeline): Promise<RunningHttpServer> {
  const server = createServer((req, res) => {
    void handleRequest(req, res).catch((error: unknown) => {
      pipeline.onInternalError(error);
      if (!res.headersSent && !req.socket.destroyed) {
        writeResponse(res, { status: 500, body: { error: { message: 'The sandbox failed unexpectedly.', code: 1 } } });
      }
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const resolved = resolveHost(url.pathname);
    if (!resolved) {
      writeResponse(res, {
        status: 404,
        body: { error: { message: `Nothing is served at ${url.pathname}. Hosts live under: ${Object.values(hostPrefixes).join(', ')}` } },
      });
      return;
    }
    const { host, rest } = resolved;
    const service = pipeline.services[host];
    const fault = pipeline.decideFault(host, method, rest);
    if (fault?.kind === 'latency') await wait(fault.latencyMs);

    const makeRequest = (bytes: Buffer, dropped: boolean): SandboxRequest => ({
      host,
      method,
      path: rest,
      url,
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(bytes, req.headers['content-type']),
      bytes,
      routeParams: {},
      connectionDropped: dropped,
    });

    if (fault?.kind === 'dropConnection') {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > 0 && service.receivePartial) {
        const stopAfter = Math.min(declared - 1, fault.afterBytes ?? Math.floor(declared / 2));
        const partial = await readBody(req, { stopAfter: Math.max(stopAfter, 0) });
        pipeline.beforeHandle();
        await service.receivePartial(makeRequest(partial.bytes, true));
      }
      dropConnection(req);
      pipeline.afterRequest();
      return;
    }

    let bytes: Buffer;
    try {
      ({ bytes } = await readBody(req));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        writeResponse(res, { status: 413, body: { error: { message: error.message } } });
        dropConnection(req);
        return;
      }
      throw error;
    }
    const request = makeRequest(bytes, false);
    pipeline.beforeHandle();
    const response =
      fault && fault.kind !== 'latency' && fault.kind !== 'dropResponse'
        ? service.faultResponse(fault, request)
        : await service.handle(request);
    pipeline.afterRequest();
    if (fault?.kind === 'dropResponse') {
      // The work is done, the answer is lost: the case that makes publishing idempotency matter.
      dropConnection(req);
      return;
    }
    writeResponse(res, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, SANDBOX_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const origin = `http://${SANDBOX_HOST}:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
