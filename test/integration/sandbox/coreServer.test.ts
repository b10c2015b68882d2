import { describe, expect, it } from 'vitest';
import { call, START, useSandbox, type GraphErrorBody } from './sandboxHarness';

describe('sandbox core: layout, strictness, errors, usage headers', () => {
  const ctx = useSandbox({ settings: { limits: { appCallsPerHour: 20, businessCallsPerDay: 10 } } });
  const token = () => ctx.sandbox.control.tokens.issueMetaUserToken().access_token;

  it('binds to loopback and exposes one prefix per real host', () => {
    const { urls, env } = ctx.sandbox;
    expect(urls.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(urls.metaGraph).toBe(`${urls.origin}/graph`);
    expect(urls.tiktokApi).toBe(`${urls.origin}/tiktok-api`);
    expect(env.OUTPOST_META_GRAPH_URL).toBe(urls.metaGraph);
    expect(env.OUTPOST_TIKTOK_AUTH_URL).toBe(urls.tiktokAuth);
  });

  it('answers an unknown prefix with a 404 that lists the hosts', async () => {
    const result = await call('GET', `${ctx.sandbox.urls.origin}/nope/v23.0/me`);
    expect(result.status).toBe(404);
    expect(result.text).toContain('/graph');
  });

  it('serves /me with and without a version segment', async () => {
    const access = token();
    const versioned = await call('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access } });
    expect(versioned.status).toBe(200);
    expect(versioned.body).toEqual({ name: 'Rosie Baker', id: '7200000000000001' });
    expect(versioned.headers.get('facebook-api-version')).toBe('v23.0');
    const unversioned = await call('GET', `${ctx.sandbox.urls.metaGraph}/me`, { headers: { authorization: `OAuth ${access}` } });
    expect(unversioned.status).toBe(200);
  });

  it('refuses a too-old version with 2635 and an unknown one as an unknown path', async () => {
    const old = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v12.0/me`, { query: { access_token: token() } });
    expect(old.body.error.code).toBe(2635);
    const future = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v99.0/me`, { query: { access_token: token() } });
    expect(future.body.error.code).toBe(2500);
  });

  it('gives the Graph error shape of reference 5.1', async () => {
    const result = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: 'EAAnotarealtoken' } });
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190, is_transient: false });
    expect(result.body.error.fbtrace_id).toMatch(/^A\w{22}$/);
    expect(result.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('asks for a token when there is none', async () => {
    const me = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`);
    expect(me.body.error.code).toBe(2500);
    const page = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/104000000000001`);
    expect(page.body.error.code).toBe(104);
  });

  it('rejects a misspelled parameter, a nonexistent field and a broken fields list', async () => {
    const access = token();
    const param = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access, feilds: 'id' } });
    expect(param.status).toBe(400);
    expect(param.body.error.code).toBe(100);
    expect(param.body.error.message).toContain('feilds');
    const field = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access, fields: 'id,nmae' } });
    expect(field.body.error.message).toBe('(#100) Tried accessing nonexisting field (nmae) on node type (User)');
    const syntax = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access, fields: 'id{' } });
    expect(syntax.body.error.code).toBe(100);
  });

  it('answers unknown objects, unknown edges and wrong methods as Graph does', async () => {
    const access = token();
    const object = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/999999`, { query: { access_token: access } });
    expect(object.body.error).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
    expect(object.body.error.message).toMatch(/^Unsupported get request\. Object with ID '999999' does not exist/);
    const edge = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me/frends`, { query: { access_token: access } });
    expect(edge.body.error).toMatchObject({ code: 2500, message: 'Unknown path components: /frends' });
    const method = await call<GraphErrorBody>('POST', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { form: { access_token: access } });
    expect(method.body.error.message).toMatch(/^Unsupported post request/);
    const put = await call<GraphErrorBody>('PUT', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { form: { access_token: access } });
    expect(put.body.error.code).toBe(100);
  });

  it('accepts JSON bodies and refuses malformed ones', async () => {
    const bad = await call<GraphErrorBody>('POST', `${ctx.sandbox.urls.metaGraph}/v23.0/oauth/access_token`, {
      body: Buffer.from('{oops'),
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.body.error.code).toBe(100);
  });

  it('reports X-App-Usage that grows with calls, and throttles with code 4 at 100%', async () => {
    const access = token();
    const counts: number[] = [];
    for (let i = 0; i < 20; i++) {
      const result = await call('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access } });
      expect(result.status).toBe(200);
      counts.push((JSON.parse(result.headers.get('x-app-usage') ?? '{}') as { call_count: number }).call_count);
    }
    expect(counts[0]).toBe(5);
    expect(counts[9]).toBe(50);
    expect(counts[19]).toBe(100);
    const throttled = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access } });
    expect(throttled.body.error).toMatchObject({ code: 4, is_transient: true });
    ctx.sandbox.control.clock.advance(60 * 60 * 1000);
    const later = await call('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: access } });
    expect(later.status).toBe(200);
  });

  it('reports X-Business-Use-Case-Usage for Page-token calls, and 80001 when the Page is over budget', async () => {
    const pages = await call<{ data: { access_token: string }[] }>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me/accounts`, { query: { access_token: token() } });
    const pageToken = pages.body.data[0]?.access_token ?? '';
    let last: Record<string, { type: string; call_count: number }[]> = {};
    for (let i = 0; i < 10; i++) {
      const result = await call('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: pageToken } });
      expect(result.status).toBe(200);
      last = JSON.parse(result.headers.get('x-business-use-case-usage') ?? '{}') as typeof last;
    }
    expect(last['104000000000001']?.[0]).toMatchObject({ type: 'pages', call_count: 100 });
    const over = await call<GraphErrorBody>('GET', `${ctx.sandbox.urls.metaGraph}/v23.0/me`, { query: { access_token: pageToken } });
    expect(over.body.error.code).toBe(80001);
    const header = JSON.parse(over.headers.get('x-business-use-case-usage') ?? '{}') as Record<string, { estimated_time_to_regain_access: number }[]>;
    expect(header['104000000000001']?.[0]?.estimated_time_to_regain_access).toBeGreaterThan(0);
  });

  it('starts its clock where the test says', () => {
    expect(ctx.sandbox.control.clock.now()).toBe(START);
  });
});
