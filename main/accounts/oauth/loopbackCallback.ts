import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../diagnostics/logger';
import {
  AuthorizationCancelledError,
  AuthorizationDeniedError,
  AuthorizationTimedOutError,
  LoopbackPortBusyError,
} from './oauthErrors';
import { callbackPage } from './callbackPage';

/** RFC 8252 §8.3: bind the loopback interface by address, never "localhost" or all interfaces. */
const LOOPBACK_HOST = '127.0.0.1';
export const DEFAULT_CALLBACK_TIMEOUT_MS = 5 * 60_000;

export interface LoopbackCallbackOptions {
  /** A fixed port (Meta registers the exact redirect URI) or 0 for any free port (TikTok). */
  port: number;
  /** The callback path registered with the platform, e.g. `/callback/`. */
  path: string;
  /** The `state` this attempt sent; anything else is refused. */
  expectedState: string;
  timeoutMs?: number;
  logger: Logger;
}

export interface LoopbackCallback {
  /** The exact redirect URI to put in the authorization request. */
  redirectUri: string;
  /**
   * Resolves with the authorization code of the one valid callback; rejects with a DomainError
   * when the owner declines, cancels, or lets it time out.
   */
  code: Promise<string>;
  /** Stops waiting (the owner pressed Cancel in Outpost). */
  cancel(): void;
}

/**
 * Receives one OAuth redirect on 127.0.0.1 (RFC 8252 §7.3). It accepts exactly one valid callback,
 * on the expected path with the expected `state`, answers the browser with a page that sends the
 * owner back to Outpost, and closes. Stray requests (another path, a wrong or missing state) are
 * answered and ignored, so they cannot end the real attempt; anything after the outcome is refused.
 */
export async function listenForOAuthCallback(options: LoopbackCallbackOptions): Promise<LoopbackCallback> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS;
  let settle: { resolve(code: string): void; reject(error: Error): void } | undefined;
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The caller may only look at `code` after opening the browser; never leave a rejection unhandled.
  code.catch(() => {});
  let finished = false;

  const server = createServer((request, response) => {
    if (finished) {
      respond(response, 'after-outcome');
      return;
    }
    const outcome = route(request, options);
    respond(response, outcome);
    if (outcome.kind === 'code') finish(() => settle?.resolve(outcome.code));
    if (outcome.kind === 'denied') finish(() => settle?.reject(new AuthorizationDeniedError(outcome.error)));
    if (outcome.kind === 'ignored') options.logger.warn({ reason: outcome.reason }, 'oauth: ignored a loopback request');
  });

  const finish = (conclude: () => void) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    conclude();
    // Let the browser receive its page, then stop listening; closeAllConnections drops keep-alives.
    server.close();
    setImmediate(() => server.closeAllConnections());
  };

  await listen(server, options.port);
  const timer = setTimeout(
    () => finish(() => settle?.reject(new AuthorizationTimedOutError(Math.max(1, Math.round(timeoutMs / 60_000))))),
    timeoutMs,
  );
  timer.unref();
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://${LOOPBACK_HOST}:${port}${options.path}`,
    code,
    cancel: () => finish(() => settle?.reject(new AuthorizationCancelledError())),
  };
}

type Outcome =
  | { kind: 'code'; code: string }
  | { kind: 'denied'; error: string }
  | { kind: 'ignored'; status: number; reason: string };

function route(request: IncomingMessage, options: LoopbackCallbackOptions): Outcome {
  if (request.method !== 'GET') return { kind: 'ignored', status: 405, reason: 'method' };
  const url = new URL(request.url ?? '/', `http://${LOOPBACK_HOST}`);
  if (url.pathname !== options.path) return { kind: 'ignored', status: 404, reason: 'path' };
  if (!sameState(url.searchParams.get('state'), options.expectedState)) {
    return { kind: 'ignored', status: 400, reason: 'state' };
  }
  const error = url.searchParams.get('error');
  if (error) return { kind: 'denied', error: error.slice(0, 64) };
  // Instagram Login appends `#_` to the redirect; fragments never reach the server, but a code
  // copied by hand might carry it.
  const code = url.searchParams.get('code')?.replace(/#_$/, '');
  if (!code) return { kind: 'ignored', status: 400, reason: 'no-code' };
  return { kind: 'code', code };
}

function respond(response: ServerResponse, outcome: Outcome | 'after-outcome'): void {
  const page =
    outcome === 'after-outcome'
      ? callbackPage(410, 'This sign-in is already finished', 'You can close this tab and return to Outpost.')
      : outcome.kind === 'code'
        ? callbackPage(200, 'You are connected', 'You can close this tab and return to Outpost.')
        : outcome.kind === 'denied'
          ? callbackPage(200, 'Sign-in cancelled', 'Nothing was connected. You can close this tab and return to Outpost.')
          : callbackPage(outcome.status, 'This link is not part of the sign-in Outpost started', 'Return to Outpost and start connecting again.');
  response.writeHead(page.status, page.headers);
  response.end(page.body);
}

function sameState(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new LoopbackPortBusyError(port) : error);
    server.once('error', onError);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
