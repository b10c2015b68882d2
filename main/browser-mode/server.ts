import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import Conf from 'conf';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  BROWSER_BRIDGE_PATH,
  BROWSER_BRIDGE_TOKEN_PARAMETER,
  BridgeInvokeFrame,
  isChannel,
  type BridgeServerFrame,
  type Channel,
  type EventName,
  type Result,
} from '../../preload/contract';
import { metaCallbackPort } from '../accounts/connect/metaCallbackPort';
import { createDevelopmentCipher } from '../accounts/developmentCipher';
import { createOutpostCore } from '../core';
import { createFileLogger } from '../diagnostics/logger';
import { NotAvailableError } from '../errors/domainError';
import { registerChannels } from '../ipc/registerChannels';
import type { SenderInfo } from '../ipc/senderGuard';
import { mediaRoutePath } from '../media/mediaRoutes';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy';
import { dataPaths } from '../store/dataDirectory';
import { createBridgeRecorder } from './bridgeRecorder';
import { createMediaHttpHandler } from './mediaHttp';
import { sameSecret } from './sameSecret';
import { createStaticHandler } from './staticFiles';

export type RendererSource = { kind: 'static'; directory: string } | { kind: 'vite'; configFile: string };

export interface BrowserModeOptions {
  dataDirectory: string;
  appVersion: string;
  renderer: RendererSource;
  /** 0 picks a free port. */
  port?: number;
  /** Appends every reply and event sent to the page to this file (the secret scan reads it). */
  recordFramesTo?: string;
  echoLogs?: boolean;
}

export interface BrowserModeServer {
  /** The address to open, with the per-run token. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Generous for settings-sized messages, small enough that a hostile page cannot exhaust memory. */
const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * Browser mode: the same main-process services and IPC registration as the app, with the contract
 * carried over a WebSocket on loopback. The socket accepts a connection only from our own origin
 * with the random token of this run, so another local page or process cannot drive the app.
 * Development and test only; the packaged app never includes it.
 */
export async function startBrowserModeServer(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = randomBytes(24).toString('base64url');
  const paths = dataPaths(options.dataDirectory);
  const { logger, close: closeLogger } = createFileLogger({
    logDirectory: paths.logs,
    echo: options.echoLogs ?? false,
  });
  const httpServer = createServer();
  await listen(httpServer, options.port ?? 0);
  const origin = `http://${HOST}:${(httpServer.address() as AddressInfo).port}`;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const record = createBridgeRecorder(options.recordFramesTo);
  const broadcast = (event: EventName, payload: unknown) => {
    const frame = JSON.stringify({ kind: 'event', event, payload } satisfies BridgeServerFrame);
    record(frame);
    for (const client of sockets.clients) client.send(frame);
  };

  const core = createOutpostCore({
    mode: 'browser',
    appVersion: options.appVersion,
    dataDirectory: options.dataDirectory,
    logger,
    preferencesBackend: new Conf({ cwd: options.dataDirectory, configName: 'preferences', projectName: 'outpost' }),
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    emit: broadcast,
    openFolder: async (path) => {
      throw new NotAvailableError('Opening folders works in the desktop app only.', `The folder is ${path}`);
    },
    // No system browser to drive from here: the page opens the sign-in in a new tab itself.
    openAuthorizationPage: async () => false,
    // No OS keyring outside Electron: a development key file (browser mode is for development and tests).
    secretCipher: async () => createDevelopmentCipher(join(options.dataDirectory, 'dev-secret.key')),
    metaCallbackPort: metaCallbackPort(process.env),
    env: process.env,
    // No desktop to notify from here; the same notice shows in the page.
    notify: () => {},
    // Served below, same origin as the page (so the CSP's img-src 'self' covers it), with the token.
    mediaUrl: (variant, id) => `${origin}${mediaRoutePath(variant, id)}?${BROWSER_BRIDGE_TOKEN_PARAMETER}=${token}`,
  });

  const routes = new Map<Channel, (sender: SenderInfo, payload: unknown) => Promise<Result<unknown>>>();
  registerChannels({
    register: (channel, listener) => routes.set(channel, listener),
    handlers: core.handlers,
    trustedOrigins: new Set([origin]),
    logger,
  });
  // The socket was opened by a top-level page of our origin (checked at upgrade), so that is the
  // sender every message carries into the same guard the app uses.
  const sender: SenderInfo = { senderFrame: { url: `${origin}/`, parent: null } };

  sockets.on('connection', (socket: WebSocket) => {
    socket.on('message', async (data) => {
      const frame = parseFrame(data.toString());
      if (!frame) {
        logger.warn('browser-mode: dropped a malformed frame');
        return;
      }
      const route = isChannel(frame.channel) ? routes.get(frame.channel) : undefined;
      const result: Result<unknown> = route
        ? await route(sender, frame.payload)
        : { ok: false, code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${frame.channel.slice(0, 64)}` };
      if (socket.readyState === socket.OPEN) {
        const reply = JSON.stringify({ kind: 'reply', id: frame.id, result } satisfies BridgeServerFrame);
        record(reply);
        socket.send(reply);
      }
    });
  });

  const vite = options.renderer.kind === 'vite' ? await startViteMiddleware(options.renderer.configFile, httpServer) : null;
  const serveStatic =
    options.renderer.kind === 'static'
      ? createStaticHandler(options.renderer.directory, contentSecurityPolicy([origin.replace('http:', 'ws:')]))
      : null;

  const serveMedia = createMediaHttpHandler({ media: core.media, origin, token, uploadDirectory: paths.uploads, logger });

  httpServer.on('request', (request, response) => {
    if (serveMedia(request, response)) return;
    if (vite) vite.middlewares(request, response);
    else void serveStatic?.(request, response);
  });
  httpServer.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname !== BROWSER_BRIDGE_PATH) {
      if (!vite) socket.destroy(); // Vite's HMR socket handles its own upgrades.
      return;
    }
    if (request.headers.origin !== origin || !sameSecret(url.searchParams.get(BROWSER_BRIDGE_TOKEN_PARAMETER), token)) {
      logger.warn({ origin: request.headers.origin ?? null }, 'browser-mode: refused a bridge connection');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });

  logger.info({ origin }, 'browser-mode: started');
  return {
    url: `${origin}/?${BROWSER_BRIDGE_TOKEN_PARAMETER}=${token}`,
    origin,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await vite?.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await core.close();
      await closeLogger();
    },
  };
}

function parseFrame(text: string): BridgeInvokeFrame | null {
  try {
    const parsed = BridgeInvokeFrame.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function startViteMiddleware(configFile: string, httpServer: ReturnType<typeof createServer>) {
  // Imported lazily: only `npm run dev:browser` needs Vite at run time.
  const { createServer: createViteServer } = await import('vite');
  return createViteServer({
    configFile,
    mode: 'renderer',
    appType: 'spa',
    server: { middlewareMode: true, hmr: { server: httpServer } },
  });
}
