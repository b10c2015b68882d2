import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveEndpoints, type PlatformEndpoints } from '../../../../../main/platforms/endpoints';
import { createPlatformNetworks, type PlatformNetworks } from '../../../../../main/platforms/platformNetworks';
import { createUsageLedger, type UsageLedger } from '../../../../../main/platforms/usageLedger';

/**
 * A loopback HTTP server that answers with canned platform responses, one per request in order,
 * and records what it received. Just enough to drive the clients over real HTTP; the faithful
 * simulator is main/sandbox.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type CannedReply =
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { drop: true }
  | { hang: true };

export interface CannedServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues replies; a request with none queued gets a 599 that fails the test loudly. */
  reply(...replies: CannedReply[]): void;
  close(): Promise<void>;
}

export async function startCannedServer(): Promise<CannedServer> {
  const requests: RecordedRequest[] = [];
  const queue: CannedReply[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      const reply = queue.shift() ?? { status: 599, text: 'no canned reply queued' };
      if ('drop' in reply) return request.socket.destroy();
      if ('hang' in reply) return;
      const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
      response.writeHead(reply.status ?? 200, {
        'Content-Type': reply.json !== undefined ? 'application/json' : 'text/plain',
        ...reply.headers,
      });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every base URL pointed at the server, each under its own prefix so paths show the host. */
export function endpointsFor(server: CannedServer): PlatformEndpoints {
  return resolveEndpoints({
    OUTPOST_META_GRAPH_URL: `${server.baseUrl}/graph`,
    OUTPOST_META_DIALOG_URL: `${server.baseUrl}/dialog`,
    OUTPOST_META_UPLOAD_URL: `${server.baseUrl}/rupload`,
    OUTPOST_INSTAGRAM_GRAPH_URL: `${server.baseUrl}/ig-graph`,
    OUTPOST_INSTAGRAM_API_URL: `${server.baseUrl}/ig-api`,
    OUTPOST_TIKTOK_API_URL: `${server.baseUrl}/tiktok`,
    OUTPOST_TIKTOK_AUTH_URL: `${server.baseUrl}/tiktok-auth`,
  });
}

export const FIXED_NOW = new Date('2026-05-04T10:00:00Z');

export function networksFor(server: CannedServer, now: () => Date = () => FIXED_NOW): {
  networks: PlatformNetworks;
  ledger: UsageLedger;
  endpoints: PlatformEndpoints;
} {
  const ledger = createUsageLedger({ now });
  const endpoints = endpointsFor(server);
  return { networks: createPlatformNetworks({ endpoints, ledger, now }), ledger, endpoints };
}

/** The form fields of a recorded urlencoded body. */
export function formOf(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.body.toString('utf8')));
}

/** Awaits `action` and returns what it rejected with; fails the test when it resolves. */
export async function rejectionOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to reject, but it resolved.');
}
