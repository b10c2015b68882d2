import type { IncomingHttpHeaders } from 'node:http';

/**
 * The request and response shapes every sandbox handler sees. The HTTP server turns Node's
 * IncomingMessage into a SandboxRequest (body already read and parsed) and writes back whatever
 * SandboxResponse the handler returns, so handlers stay plain functions that tests can call.
 */

/** Which real service a request is addressed to, decided by the first path segment. */
export type HostKey =
  | 'metaGraph'
  | 'metaDialog'
  | 'metaUpload'
  | 'instagramGraph'
  | 'instagramApi'
  | 'tiktokApi'
  | 'tiktokAuth'
  | 'tiktokUpload'
  | 'cdn'
  | 'control';

export interface UploadedFile {
  field: string;
  filename: string | null;
  contentType: string | null;
  bytes: Buffer;
}

export type FormFields = Record<string, string | string[]>;

export type RequestBody =
  | { kind: 'empty' }
  | { kind: 'form'; fields: FormFields }
  | { kind: 'json'; value: unknown }
  | { kind: 'multipart'; fields: FormFields; files: UploadedFile[] }
  | { kind: 'raw'; bytes: Buffer; contentType: string | null }
  | { kind: 'invalid'; contentType: string; reason: string };

export interface SandboxRequest {
  host: HostKey;
  method: string;
  /** The path after the host's prefix, always starting with '/'. */
  path: string;
  url: URL;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: RequestBody;
  /** The body as received, whatever its Content-Type (upload hosts read this). */
  bytes: Buffer;
  /** Filled by the router from `:name` segments. */
  routeParams: Record<string, string>;
  /**
   * True when a dropped-connection fault cut the body short: `body` holds only what arrived,
   * the handler may keep it (as a real upload server would) and nothing is sent back.
   */
  connectionDropped: boolean;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string or Buffer is sent as is; anything else is sent as JSON. */
  body?: unknown;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, body, headers: { 'content-type': 'application/json; charset=UTF-8', ...headers } };
}

export function htmlResponse(status: number, html: string): SandboxResponse {
  return { status, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } };
}

export function redirectResponse(location: string): SandboxResponse {
  return { status: 302, body: '', headers: { location } };
}

export function headerValue(request: SandboxRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
