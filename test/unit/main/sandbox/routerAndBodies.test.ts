import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../../main/sandbox/core/requestBody';
import { parseMultipart } from '../../../../main/sandbox/core/multipart';
import { Router } from '../../../../main/sandbox/core/router';
import { resolveHost } from '../../../../main/sandbox/urlLayout';

describe('router', () => {
  const router = new Router<string>()
    .add('GET', '/v2/user/info/', 'info')
    .add('POST', '/v2/post/publish/status/fetch/', 'status')
    .add('GET', '/:version/dialog/oauth', 'dialog')
    .add('PUT', '/video/*rest', 'upload');

  it('matches literal and parameter segments', () => {
    expect(router.match('GET', '/v2/user/info/')).toEqual({ kind: 'found', handler: 'info', params: {} });
    expect(router.match('GET', '/v23.0/dialog/oauth')).toEqual({ kind: 'found', handler: 'dialog', params: { version: 'v23.0' } });
    expect(router.match('PUT', '/video/a/b')).toEqual({ kind: 'found', handler: 'upload', params: { rest: 'a/b' } });
  });

  it('treats a missing trailing slash as another path, as TikTok does', () => {
    expect(router.match('GET', '/v2/user/info').kind).toBe('not-found');
  });

  it('reports the allowed methods when only the method is wrong', () => {
    expect(router.match('GET', '/v2/post/publish/status/fetch/')).toEqual({ kind: 'method-not-allowed', allowed: ['POST'] });
  });
});

describe('host prefixes', () => {
  it('maps each prefix to its host and keeps the real path after it', () => {
    expect(resolveHost('/graph/v23.0/me')).toEqual({ host: 'metaGraph', rest: '/v23.0/me' });
    expect(resolveHost('/graph-video/v23.0/1/videos')).toEqual({ host: 'metaGraph', rest: '/v23.0/1/videos' });
    expect(resolveHost('/tiktok-api/v2/oauth/token/')).toEqual({ host: 'tiktokApi', rest: '/v2/oauth/token/' });
    expect(resolveHost('/ig')).toEqual({ host: 'instagramGraph', rest: '/' });
    expect(resolveHost('/igx/me')).toBeNull();
  });
});

describe('request bodies', () => {
  it('parses urlencoded forms, keeping repeated keys', () => {
    expect(parseBody(Buffer.from('a=1&b=x%20y&a=2'), 'application/x-www-form-urlencoded')).toEqual({ kind: 'form', fields: { a: ['1', '2'], b: 'x y' } });
  });

  it('parses JSON and reports malformed JSON', () => {
    expect(parseBody(Buffer.from('{"x":1}'), 'application/json; charset=UTF-8')).toEqual({ kind: 'json', value: { x: 1 } });
    expect(parseBody(Buffer.from('{x'), 'application/json')).toMatchObject({ kind: 'invalid' });
  });

  it('keeps anything else as raw bytes', () => {
    const body = parseBody(Buffer.from([0, 1, 2]), 'video/mp4');
    expect(body).toMatchObject({ kind: 'raw', contentType: 'video/mp4' });
  });

  it('parses multipart with text fields and binary files', async () => {
    const form = new FormData();
    form.append('caption', 'Fresh loaves');
    form.append('source', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x0d, 0x0a])], { type: 'image/jpeg' }), 'loaf.jpg');
    const request = new Request('http://x', { method: 'POST', body: form });
    const bytes = Buffer.from(await request.arrayBuffer());
    const body = parseBody(bytes, request.headers.get('content-type') ?? undefined);
    expect(body.kind).toBe('multipart');
    if (body.kind !== 'multipart') return;
    expect(body.fields).toEqual({ caption: 'Fresh loaves' });
    expect(body.files).toHaveLength(1);
    expect(body.files[0]?.field).toBe('source');
    expect(body.files[0]?.filename).toBe('loaf.jpg');
    expect([...(body.files[0]?.bytes ?? [])]).toEqual([0xff, 0xd8, 0xff, 0x00, 0x0d, 0x0a]);
  });

  it('refuses malformed multipart', () => {
    expect(parseMultipart(Buffer.from('--b\r\nno headers end'), 'b')).toBeNull();
    expect(parseBody(Buffer.from('junk'), 'multipart/form-data')).toMatchObject({ kind: 'invalid' });
  });
});
