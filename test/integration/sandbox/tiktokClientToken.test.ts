import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Sandbox } from '../../../main/sandbox';
import { useTempDirectory } from '../../support/useTempDirectory';
import { call, useSandbox } from './sandboxHarness';

/**
 * TikTok's client access token (grant_type=client_credentials, TikTok's "Client Access Token
 * Management" page): what Outpost's "test connection" for a TikTok app calls.
 */
interface ClientTokenBody {
  access_token?: string;
  expires_in?: number;
  token_type?: string;
  error?: string;
  error_description?: string;
}

function clientToken(sandbox: Sandbox, form: Record<string, string> = {}) {
  const demo = sandbox.control.demo().tiktok;
  return call<ClientTokenBody>('POST', `${sandbox.urls.tiktokApi}/v2/oauth/token/`, {
    form: { client_key: demo.clientKey, client_secret: demo.clientSecret, grant_type: 'client_credentials', ...form },
  });
}

describe('TikTok client access token (client_credentials)', () => {
  const ctx = useSandbox();
  const tempDirectory = useTempDirectory('sandbox-client-token');

  it('issues a 2-hour Bearer token for the right client key and secret', async () => {
    const result = await clientToken(ctx.sandbox);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ access_token: expect.stringMatching(/^clt\./), expires_in: 7200, token_type: 'Bearer' });
    const record = ctx.sandbox.control.state().tokens[result.body.access_token!];
    expect(record).toMatchObject({ platform: 'tiktok', kind: 'app', appId: ctx.sandbox.control.demo().tiktok.clientKey });
  });

  it('refuses a wrong secret and a wrong key alike: 401 invalid_client', async () => {
    for (const form of [{ client_secret: 'A'.repeat(32) }, { client_key: 'awnotthedemoapp1' }] as Record<string, string>[]) {
      const result = await clientToken(ctx.sandbox, form);
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({ error: 'invalid_client', error_description: 'Client key or secret is incorrect.' });
      expect(result.body.access_token).toBeUndefined();
    }
  });

  it('is strict about its parameters', async () => {
    const result = await clientToken(ctx.sandbox, { scope: 'user.info.basic' });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_request');
  });

  it('acts for nobody: the creator endpoints refuse it', async () => {
    const token = (await clientToken(ctx.sandbox)).body.access_token!;
    const answer = await call<{ error: { code: string } }>('GET', `${ctx.sandbox.urls.tiktokApi}/v2/user/info/`, {
      query: { fields: 'open_id' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('access_token_invalid');
  });

  it('records the token in the secret ledger, so the secret scan looks for it', async () => {
    const ledger = join(tempDirectory(), 'ledger.txt');
    vi.stubEnv('OUTPOST_SANDBOX_SECRET_LEDGER', ledger);
    try {
      const token = (await clientToken(ctx.sandbox)).body.access_token!;
      expect(readFileSync(ledger, 'utf8').split('\n')).toContain(token);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
