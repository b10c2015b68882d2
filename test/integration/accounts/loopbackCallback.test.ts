import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { listenForOAuthCallback, type LoopbackCallback } from '../../../main/accounts/oauth/loopbackCallback';
import {
  AuthorizationCancelledError,
  AuthorizationDeniedError,
  AuthorizationTimedOutError,
  LoopbackPortBusyError,
} from '../../../main/accounts/oauth/oauthErrors';

const STATE = 'expected-state-value-0123456789';
const logger = createSilentLogger();
let flow: LoopbackCallback | undefined;

afterEach(() => {
  flow?.cancel();
  flow = undefined;
});

const start = async (options: { port?: number; timeoutMs?: number } = {}) => {
  flow = await listenForOAuthCallback({ port: 0, path: '/callback/', expectedState: STATE, logger, ...options });
  return flow;
};
const visit = (url: string, init?: RequestInit) => fetch(url, { redirect: 'manual', ...init });
const callbackUrl = (flow: LoopbackCallback, query: Record<string, string>) =>
  `${flow.redirectUri}?${new URLSearchParams(query).toString()}`;

/** The listener is gone: a new connection to its port is refused. */
async function expectClosed(flow: LoopbackCallback) {
  await expect(visit(flow.redirectUri)).rejects.toThrow();
}

describe('OAuth loopback callback', () => {
  it('binds 127.0.0.1 and gives the exact redirect URI to register', async () => {
    const f = await start();
    expect(f.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\/$/);
  });

  it('accepts the one valid callback, answers with a page sending the owner back, then closes', async () => {
    const f = await start();
    const response = await visit(callbackUrl(f, { code: 'the-code', state: STATE }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('return to Outpost');
    await expect(f.code).resolves.toBe('the-code');
    await expectClosed(f);
  });

  it('uses the fixed port it was given (Meta registers the exact URI)', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const f = await start({ port: free });
    expect(f.redirectUri).toBe(`http://127.0.0.1:${free}/callback/`);
  });

  it.each([
    ['a wrong state', { code: 'x', state: 'someone-elses-state-0123456789a' }, 400],
    ['a missing state', { code: 'x' }, 400],
    ['a missing code', { state: STATE }, 400],
  ])('refuses %s and keeps waiting for the real callback', async (_name, query, status) => {
    const f = await start();
    expect((await visit(callbackUrl(f, query as Record<string, string>))).status).toBe(status);
    await visit(callbackUrl(f, { code: 'real', state: STATE }));
    await expect(f.code).resolves.toBe('real');
  });

  it('refuses another path and other methods', async () => {
    const f = await start();
    const origin = new URL(f.redirectUri).origin;
    expect((await visit(`${origin}/other?code=x&state=${STATE}`)).status).toBe(404);
    expect((await visit(callbackUrl(f, { code: 'x', state: STATE }), { method: 'POST' })).status).toBe(405);
    await visit(callbackUrl(f, { code: 'real', state: STATE }));
    await expect(f.code).resolves.toBe('real');
  });

  it('turns error=access_denied with the right state into a cancelled sign-in', async () => {
    const f = await start();
    const response = await visit(callbackUrl(f, { error: 'access_denied', state: STATE }));
    expect(await response.text()).toContain('Nothing was connected');
    const error = await f.code.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationDeniedError);
    expect(error).toMatchObject({ code: 'AUTH_CANCELLED' });
    await expectClosed(f);
  });

  it('ignores an access_denied with a wrong state, so a stray page cannot end the attempt', async () => {
    const f = await start();
    expect((await visit(callbackUrl(f, { error: 'access_denied', state: 'wrong-state' }))).status).toBe(400);
    await visit(callbackUrl(f, { code: 'real', state: STATE }));
    await expect(f.code).resolves.toBe('real');
  });

  it('refuses a second callback on a kept-alive connection after the first one won', async () => {
    const f = await start();
    await visit(callbackUrl(f, { code: 'first', state: STATE }));
    await expect(f.code).resolves.toBe('first');
    const second = await visit(callbackUrl(f, { code: 'second', state: STATE })).catch(() => null);
    if (second) expect(second.status).toBe(410);
    await expect(f.code).resolves.toBe('first');
  });

  it('stops waiting when the owner cancels in Outpost', async () => {
    const f = await start();
    f.cancel();
    await expect(f.code).rejects.toBeInstanceOf(AuthorizationCancelledError);
    await expectClosed(f);
  });

  it('times out and closes', async () => {
    const f = await start({ timeoutMs: 50 });
    await expect(f.code).rejects.toBeInstanceOf(AuthorizationTimedOutError);
    await expectClosed(f);
  });

  it('says which port is busy', async () => {
    const f = await start();
    const port = Number(new URL(f.redirectUri).port);
    const error = await listenForOAuthCallback({ port, path: '/callback/', expectedState: STATE, logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoopbackPortBusyError);
    expect((error as Error).message).toContain(String(port));
  });

  it('never echoes request content into its page', async () => {
    const f = await start();
    const response = await visit(callbackUrl(f, { code: '<script>alert(1)</script>', state: STATE }));
    const body = await response.text();
    expect(body).not.toContain('<script>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
