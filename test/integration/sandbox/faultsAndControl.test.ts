import { describe, expect, it } from 'vitest';
import { createManualClock, demoIds, startSandbox } from '../../../main/sandbox';
import { call, START, useSandbox, type GraphErrorBody } from './sandboxHarness';

async function outcome(url: string): Promise<string> {
  try {
    const result = await call<GraphErrorBody>('GET', url);
    return result.status === 200 ? 'ok' : `${result.status}:${result.body.error.code}`;
  } catch {
    return 'network';
  }
}

describe('faults', () => {
  const ctx = useSandbox();
  const me = () => `${ctx.sandbox.urls.metaGraph}/v23.0/me?access_token=${ctx.sandbox.control.tokens.issueMetaUserToken().access_token}`;

  it('injects a 5xx in Graph shape, once', async () => {
    ctx.sandbox.control.faults.inject({ kind: 'serverError', status: 503 });
    const url = me();
    const failed = await call<GraphErrorBody>('GET', url);
    expect(failed.status).toBe(503);
    expect(failed.body.error).toMatchObject({ code: 2, is_transient: true });
    expect((await call('GET', url)).status).toBe(200);
  });

  it.each([
    [4, 'x-app-usage'],
    [17, 'x-app-usage'],
    [613, 'x-app-usage'],
    [32, 'x-business-use-case-usage'],
    [80002, 'x-business-use-case-usage'],
  ])('injects throttling code %i with the matching usage header', async (code, header) => {
    ctx.sandbox.control.faults.inject({ kind: 'throttle', code });
    const result = await call<GraphErrorBody>('GET', me());
    expect(result.body.error.code).toBe(code);
    expect(result.body.error.is_transient).toBe(true);
    const usage = JSON.parse(result.headers.get(header) ?? 'null') as unknown;
    expect(usage).not.toBeNull();
    if (code === 4) expect(usage).toMatchObject({ call_count: 100 });
    if (header === 'x-business-use-case-usage') {
      const entry = Object.values(usage as Record<string, { call_count: number; estimated_time_to_regain_access: number }[]>)[0]?.[0];
      expect(entry).toMatchObject({ call_count: 100, estimated_time_to_regain_access: 5 });
    }
  });

  it('drops the connection: the client sees a network error, then the next call works', async () => {
    ctx.sandbox.control.faults.inject({ kind: 'dropConnection' });
    const url = me();
    await expect(fetch(url)).rejects.toThrow();
    expect((await call('GET', url)).status).toBe(200);
  });

  it('drops the response after doing the work', async () => {
    const url = me();
    ctx.sandbox.control.faults.inject({ kind: 'dropResponse', match: { pathIncludes: '/permissions' } });
    const permissions = url.replace('/me?', '/me/permissions?');
    await expect(fetch(permissions, { method: 'DELETE' })).rejects.toThrow();
    // The deletion happened although the answer was lost: the token no longer works.
    const after = await call<GraphErrorBody>('GET', url);
    expect(after.body.error).toMatchObject({ code: 190, error_subcode: 458 });
  });

  it('answers a one-off expired-token fault with 190/463', async () => {
    ctx.sandbox.control.faults.inject({ kind: 'tokenExpired' });
    const result = await call<GraphErrorBody>('GET', me());
    expect(result.body.error).toMatchObject({ code: 190, error_subcode: 463 });
  });

  it('adds latency and still answers', async () => {
    ctx.sandbox.control.faults.inject({ kind: 'latency', latencyMs: 20 });
    expect((await call('GET', me())).status).toBe(200);
    expect(ctx.sandbox.control.faults.log().map((entry) => entry.kind)).toEqual(['latency']);
  });

  it('a 20% failure rate gives the same faults for the same seed', async () => {
    const runOnce = async () => {
      const sandbox = await startSandbox({ seed: 'mixed', clock: createManualClock(START), settings: { limits: { appCallsPerHour: 100_000 } } });
      try {
        const url = `${sandbox.urls.metaGraph}/v23.0/me?access_token=${sandbox.control.tokens.issueMetaUserToken().access_token}`;
        sandbox.control.faults.setFailureRate({ rate: 0.2, kinds: ['serverError', 'throttle', 'dropConnection'] });
        const outcomes: string[] = [];
        for (let i = 0; i < 100; i++) outcomes.push(await outcome(url));
        return outcomes;
      } finally {
        await sandbox.close();
      }
    };
    const first = await runOnce();
    expect(await runOnce()).toEqual(first);
    const failures = first.filter((item) => item !== 'ok');
    expect(failures.length).toBeGreaterThan(8);
    expect(failures.length).toBeLessThan(35);
    expect(failures).toContain('network');
    expect(failures.some((item) => item.startsWith('500:') || item.startsWith('503:'))).toBe(true);
  });
});

describe('mixed faults across every host', () => {
  const errors: unknown[] = [];
  const ctx = useSandbox({ onInternalError: (error) => errors.push(error), settings: { limits: { appCallsPerHour: 100_000 } } });

  it('200 calls at a 20% fault rate: each answers in its platform shape or drops, and no token leaks', async () => {
    const { urls, control } = ctx.sandbox;
    const meta = control.tokens.issueMetaUserToken().access_token;
    const instagram = control.tokens.issueInstagramToken().access_token;
    const tiktok = control.tokens.issueTikTokToken().access_token;
    control.faults.setFailureRate({ rate: 0.2, kinds: ['serverError', 'throttle', 'dropConnection', 'dropResponse', 'latency', 'tokenExpired'] });
    const requests: (() => Promise<Response>)[] = [
      () => fetch(`${urls.metaGraph}/v23.0/me?access_token=${meta}`),
      () => fetch(`${urls.metaGraph}/v23.0/me/accounts?access_token=${meta}`),
      () => fetch(`${urls.instagramGraph}/v23.0/me?fields=username&access_token=${instagram}`),
      () => fetch(`${urls.metaGraph}/v23.0/${demoIds.instagramAccountId}/content_publishing_limit?access_token=${meta}`),
      () => fetch(`${urls.tiktokApi}/v2/user/info/?fields=open_id`, { headers: { authorization: `Bearer ${tiktok}` } }),
      () => fetch(`${urls.metaUpload}/ig-api-upload/v23.0/1`, { method: 'POST', headers: { authorization: `OAuth ${meta}` }, body: 'x' }),
      () => fetch(`${urls.instagramApi}/oauth/access_token`, { method: 'POST', body: new URLSearchParams({ client_id: '1' }) }),
    ];
    let answered = 0;
    let dropped = 0;
    for (let i = 0; i < 200; i++) {
      const request = requests[i % requests.length] as () => Promise<Response>;
      try {
        const response = await request();
        const text = await response.text();
        for (const token of [meta, instagram, tiktok]) expect(text).not.toContain(token);
        expect(() => JSON.parse(text) as unknown).not.toThrow();
        answered += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        dropped += 1;
      }
    }
    expect(answered + dropped).toBe(200);
    expect(dropped).toBeGreaterThan(0);
    const kinds = new Set(control.faults.log().map((entry) => entry.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
  });
});

describe('HTTP control endpoint', () => {
  const ctx = useSandbox();

  it('shows the overview with the demo accounts', async () => {
    const result = await call<{ urls: Record<string, string>; demo: { meta: { pageName: string } }; now: number }>('GET', `${ctx.sandbox.urls.control}/`);
    expect(result.body.demo.meta.pageName).toBe("Rosie's Bakery");
    expect(result.body.urls.metaGraph).toBe(ctx.sandbox.urls.metaGraph);
    expect(result.body.now).toBe(START);
  });

  it('moves the clock', async () => {
    const result = await call<{ now: number }>('POST', `${ctx.sandbox.urls.control}/clock/advance`, { json: { ms: 90_000 } });
    expect(result.body.now).toBe(START + 90_000);
    expect(ctx.sandbox.control.clock.now()).toBe(START + 90_000);
  });

  it('injects faults and a failure rate, lists and clears them', async () => {
    expect((await call('POST', `${ctx.sandbox.urls.control}/faults`, { json: { kind: 'serverError', times: 2, match: { hosts: ['tiktokApi'] } } })).status).toBe(200);
    expect((await call('POST', `${ctx.sandbox.urls.control}/faults/failure-rate`, { json: { rate: 0.2 } })).status).toBe(200);
    const listed = await call<{ requestFaults: { kind: string; remaining: number }[]; failureRate: { rate: number } }>('GET', `${ctx.sandbox.urls.control}/faults`);
    expect(listed.body.requestFaults).toEqual([expect.objectContaining({ kind: 'serverError', remaining: 2 })]);
    expect(listed.body.failureRate.rate).toBe(0.2);
    await call('DELETE', `${ctx.sandbox.urls.control}/faults`);
    const cleared = await call<{ requestFaults: unknown[]; failureRate: unknown }>('GET', `${ctx.sandbox.urls.control}/faults`);
    expect(cleared.body).toMatchObject({ requestFaults: [], failureRate: null });
  });

  it('refuses malformed control input', async () => {
    const result = await call<{ error: string }>('POST', `${ctx.sandbox.urls.control}/faults`, { json: { kind: 'meteor' } });
    expect(result.status).toBe(400);
    expect((await call('POST', `${ctx.sandbox.urls.control}/clock/advance`, { json: { ms: -5 } })).status).toBe(400);
    expect((await call('GET', `${ctx.sandbox.urls.control}/clock/advance`)).status).toBe(405);
  });

  it('issues, expires and revokes tokens', async () => {
    const issued = await call<{ access_token: string }>('POST', `${ctx.sandbox.urls.control}/tokens/meta`, { json: {} });
    const url = `${ctx.sandbox.urls.metaGraph}/v23.0/me?access_token=${issued.body.access_token}`;
    expect((await call('GET', url)).status).toBe(200);
    await call('POST', `${ctx.sandbox.urls.control}/tokens/revoke`, { json: { token: issued.body.access_token, reason: 'password_changed' } });
    expect((await call<GraphErrorBody>('GET', url)).body.error).toMatchObject({ code: 190, error_subcode: 460 });
    const other = ctx.sandbox.control.tokens.issueMetaUserToken().access_token;
    await call('POST', `${ctx.sandbox.urls.control}/tokens/expire`, { json: { platform: 'meta' } });
    const expired = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me?access_token=${other}`);
    expect(expired.body.error).toMatchObject({ code: 190, error_subcode: 463 });
    expect(expired.body.error.message).toMatch(/^Error validating access token: Session has expired on /);
    expect(expired.body.error.message).not.toContain(other);
  });

  it('hosts test media', async () => {
    const jpeg = await fetch(`${ctx.sandbox.urls.control}/media/image.jpg?width=100&height=80`);
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await jpeg.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const uploaded = await call<{ url: string }>('POST', `${ctx.sandbox.urls.control}/media`, { body: Buffer.from('hello'), headers: { 'content-type': 'text/plain' } });
    expect(uploaded.status).toBe(201);
    expect(await (await fetch(uploaded.body.url)).text()).toBe('hello');
  });

  it('resets to the demo world', async () => {
    const access = ctx.sandbox.control.tokens.issueMetaUserToken().access_token;
    await call('POST', `${ctx.sandbox.urls.control}/reset`);
    const result = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me?access_token=${access}`);
    expect(result.body.error.code).toBe(190);
  });
});
