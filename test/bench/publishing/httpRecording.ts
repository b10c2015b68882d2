import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { request, type ClientRequest, type OutgoingHttpHeaders } from 'node:http';

/** One request as it left this process: what a bare client needs to send it again, byte for byte. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Node announces every node:http client request on this channel before it is sent (axios's adapter included). */
const REQUEST_CREATED = 'http.client.request.created';

type Written = string | Uint8Array | null | undefined | (() => void);

function bytesOf(chunk: Written, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** Keeps what is written to `outgoing` and, once it ends, adds the whole request to `into`. */
function keepBody(outgoing: ClientRequest, into: RecordedRequest[]): void {
  const chunks: Buffer[] = [];
  const write = outgoing.write.bind(outgoing) as (...args: unknown[]) => boolean;
  const end = outgoing.end.bind(outgoing) as (...args: unknown[]) => ClientRequest;
  outgoing.write = ((chunk: Written, ...rest: unknown[]) => {
    const bytes = bytesOf(chunk, rest[0]);
    if (bytes) chunks.push(Buffer.from(bytes));
    return write(chunk, ...rest);
  }) as ClientRequest['write'];
  outgoing.end = ((chunk?: Written, ...rest: unknown[]) => {
    const bytes = bytesOf(chunk, rest[0]);
    if (bytes) chunks.push(Buffer.from(bytes));
    into.push({ method: outgoing.method, path: outgoing.path, headers: outgoing.getHeaders(), body: Buffer.concat(chunks) });
    return end(chunk, ...rest);
  }) as ClientRequest['end'];
}

/** Runs `work` and records every node:http request it sends, in the order they finished sending. */
export async function recordRequests<T>(work: () => Promise<T>): Promise<{ result: T; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  const onCreated = (message: unknown) => keepBody((message as { request: ClientRequest }).request, requests);
  subscribe(REQUEST_CREATED, onCreated);
  try {
    return { result: await work(), requests };
  } finally {
    unsubscribe(REQUEST_CREATED, onCreated);
  }
}

/** Counts the node:http requests sent from now until `stop()` (a subscriber that only adds one). */
export function countRequests(): { stop(): number } {
  let count = 0;
  const onCreated = () => void count++;
  subscribe(REQUEST_CREATED, onCreated);
  return {
    stop() {
      unsubscribe(REQUEST_CREATED, onCreated);
      return count;
    },
  };
}

export interface ReplayedAnswer {
  status: number;
  body: Buffer;
}

/**
 * Sends the requests again with bare node:http, one after the other, to `port` on 127.0.0.1 (the
 * default agent, which keeps connections alive as axios's does), reading each answer whole without
 * parsing it.
 */
export async function replayRequests(requests: readonly RecordedRequest[], port: number): Promise<ReplayedAnswer[]> {
  const answers: ReplayedAnswer[] = [];
  for (const recorded of requests) {
    answers.push(
      await new Promise<ReplayedAnswer>((resolve, reject) => {
        const outgoing = request({ host: '127.0.0.1', port, method: recorded.method, path: recorded.path, headers: recorded.headers }, (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: Buffer.concat(chunks) }));
          answer.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end(recorded.body);
      }),
    );
  }
  return answers;
}
