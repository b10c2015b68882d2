import { afterEach, beforeEach } from 'vitest';
import { createManualClock, startSandbox, type Sandbox, type SandboxOptions } from '../../../main/sandbox';

/**
 * Starts a sandbox on a free port with a manual clock for each test, and a small fetch wrapper.
 * Time moves only with sandbox.control.clock.advance(), so nothing here waits on real time.
 */
export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  query?: Record<string, string | number | boolean>;
  form?: Record<string, string | number | boolean | string[]>;
  json?: unknown;
  headers?: Record<string, string>;
  body?: Buffer | FormData;
  redirect?: 'manual' | 'follow' | 'error';
}

export async function call<T = Record<string, unknown>>(method: string, url: string, options: CallOptions = {}): Promise<HttpResult<T>> {
  const target = new URL(url);
  for (const [key, value] of Object.entries(options.query ?? {})) target.searchParams.set(key, String(value));
  const headers: Record<string, string> = { ...options.headers };
  let body: URLSearchParams | string | Uint8Array | FormData | undefined;
  if (options.form) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.form)) {
      for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
    }
    body = params;
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json; charset=UTF-8';
  } else if (options.body !== undefined) {
    body = options.body instanceof FormData ? options.body : new Uint8Array(options.body);
  }
  const response = await fetch(target, { method, headers, body, redirect: options.redirect ?? 'manual' });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // HTML pages and empty bodies stay text.
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export interface GraphErrorBody {
  error: { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string; is_transient: boolean; error_user_msg?: string };
}

export const START = Date.UTC(2026, 0, 15, 9, 0, 0);

/** A fresh sandbox per test. */
export function useSandbox(options: Partial<SandboxOptions> = {}): { readonly sandbox: Sandbox } {
  const holder: { sandbox: Sandbox } = { sandbox: undefined as unknown as Sandbox };
  beforeEach(async () => {
    holder.sandbox = await startSandbox({ seed: 'test-seed', clock: createManualClock(START), ...options });
  });
  afterEach(async () => {
    await holder.sandbox.close();
  });
  return holder;
}

/** The consent id from a consent page, as a person's browser would submit it. */
export function consentIdFrom(html: string): string {
  const match = /name="consent_id" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`No consent form in:\n${html.slice(0, 400)}`);
  return match[1];
}

export function actionFrom(html: string): string {
  const match = /<form method="post" action="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No form action');
  return match[1].replace(/&#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)));
}
