import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BridgeServerFrame } from '../../../preload/contract';
import { startBrowserModeServer, type BrowserModeServer } from '../../../main/browser-mode/server';
import { makeTempDirectory } from '../../support/tempDirectory';

/** A bridge client like the renderer's, over real WebSocket on loopback. */
function connect(server: BrowserModeServer, options: { token?: string; origin?: string } = {}) {
  const url = new URL(server.url);
  const token = options.token ?? url.searchParams.get('token')!;
  const socket = new WebSocket(`ws://${url.host}/bridge?token=${encodeURIComponent(token)}`, {
    origin: options.origin ?? server.origin,
  });
  const frames: BridgeServerFrame[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(data.toString()) as BridgeServerFrame));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
  let nextId = 0;
  const waitFor = async <T extends BridgeServerFrame>(match: (frame: BridgeServerFrame) => frame is T): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const found = frames.find(match);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('no matching frame arrived');
  };
  const invoke = async (channel: string, payload?: unknown) => {
    const id = nextId++;
    socket.send(JSON.stringify({ id, channel, payload }));
    const reply = await waitFor((f): f is Extract<BridgeServerFrame, { kind: 'reply' }> => f.kind === 'reply' && f.id === id);
    return reply.result as { ok: boolean; value?: unknown; code?: string };
  };
  return { socket, opened, frames, invoke, waitFor };
}

describe('browser-mode server', () => {
  let data: ReturnType<typeof makeTempDirectory>;
  let server: BrowserModeServer;

  beforeEach(async () => {
    data = makeTempDirectory('browser-mode');
    const renderer = join(data.path, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Outpost</title>');
    server = await startBrowserModeServer({
      dataDirectory: join(data.path, 'data'),
      appVersion: '9.9.9',
      renderer: { kind: 'static', directory: renderer },
    });
  });
  afterEach(async () => {
    await server.close();
    data.remove();
  });

  it('listens on 127.0.0.1 only and serves the renderer with a strict CSP', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Outpost</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`connect-src 'self' ${server.origin.replace('http:', 'ws:')}`);
  });

  it('refuses to serve files outside the renderer directory', async () => {
    const response = await fetch(`${server.origin}/..%2F..%2Fpackage.json`);
    expect(response.status).toBe(403);
  });

  it('answers contract calls over the socket with the same typed results as the app', async () => {
    const client = connect(server);
    await client.opened;
    const info = await client.invoke('app.info');
    expect(info).toMatchObject({ ok: true, value: { name: 'Outpost', version: '9.9.9', mode: 'browser' } });
    expect(await client.invoke('settings.set', { theme: 'neon' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await client.invoke('no.such.channel')).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    expect(await client.invoke('diagnostics.openLogFolder')).toMatchObject({ ok: false, code: 'NOT_AVAILABLE' });
    client.socket.close();
  });

  it('pushes settings.changed to every connected page', async () => {
    const writer = connect(server);
    const watcher = connect(server);
    await Promise.all([writer.opened, watcher.opened]);
    await writer.invoke('settings.set', { theme: 'dark' });
    const event = await watcher.waitFor(
      (f): f is Extract<BridgeServerFrame, { kind: 'event' }> => f.kind === 'event' && f.event === 'settings.changed',
    );
    expect(event.payload).toMatchObject({ theme: 'dark' });
    writer.socket.close();
    watcher.socket.close();
  });

  it('drops malformed frames and keeps serving', async () => {
    const client = connect(server);
    await client.opened;
    client.socket.send('not json');
    client.socket.send(JSON.stringify({ id: -1, channel: 'app.info' }));
    expect(await client.invoke('settings.get')).toMatchObject({ ok: true });
    client.socket.close();
  });

  it('refuses a socket with the wrong token', async () => {
    await expect(connect(server, { token: 'guessed' }).opened).rejects.toThrow('HTTP 403');
  });

  it('refuses a socket opened by another origin, even with the token', async () => {
    await expect(connect(server, { origin: 'http://evil.localhost:8080' }).opened).rejects.toThrow('HTTP 403');
  });
});
