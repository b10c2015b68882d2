import type { ServerResponse } from 'node:http';
import type { ErrorResult } from '../../preload/contract';

/** Browser mode's plain HTTP answers: never sniffed, never cached. */

export function errorResult(code: ErrorResult['code'], message: string, action?: string): ErrorResult {
  return { ok: false, code, message, ...(action && { action }) };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  response.end(text);
}
