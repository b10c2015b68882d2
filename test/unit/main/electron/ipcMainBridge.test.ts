import type { IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, IPC_PREFIX } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { DomainError } from '../../../../main/errors/domainError';
import { APP_ORIGIN } from '../../../../main/electron/appScheme';
import { ipcMainRegister, senderInfoOf } from '../../../../main/electron/ipcMainBridge';
import { registerChannels, type ChannelHandlers } from '../../../../main/ipc/registerChannels';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

const preferences = { theme: 'system', timezone: 'UTC', launchAtLogin: false, catchUpGraceMinutes: 120, allowWeakKeyring: false } as const;

const editorState = {
  post: {
    id: 'p1',
    body: '',
    mediaIds: [],
    stripMetadata: true,
    targets: [],
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  },
  validation: { issues: [], measures: [], readyToSchedule: false },
};

function fakeHandlers() {
  return {
    'app.info': vi.fn(() => ({
      name: 'Outpost',
      version: '0.1.0',
      mode: 'desktop' as const,
      dataDirectory: '/data',
      logDirectory: '/data/logs',
      startupNotices: [],
    })),
    'settings.get': vi.fn(() => preferences),
    'settings.set': vi.fn(() => preferences),
    'diagnostics.get': vi.fn(() => ({ text: 'diagnostics' })),
    'diagnostics.openLogFolder': vi.fn(async () => null),
    'accounts.list': vi.fn(() => []),
    'accounts.beginConnect': vi.fn(async () => ({ attemptId: 'a1' })),
    'accounts.finishConnect': vi.fn(async () => ({ attemptId: 'a1', candidates: [], missingScopes: [] })),
    'accounts.cancelConnect': vi.fn(() => null),
    'accounts.confirmConnect': vi.fn(async () => []),
    'accounts.disconnect': vi.fn(async () => ({ revokedOnPlatform: true })),
    'accounts.checkHealth': vi.fn(async () => []),
    'developerApps.list': vi.fn(() => []),
    'developerApps.test': vi.fn(async () => null),
    'developerApps.save': vi.fn(async () => []),
    'developerApps.remove': vi.fn(() => []),
    'media.importPaths': vi.fn(async () => []),
    'media.list': vi.fn(() => []),
    'media.get': vi.fn(() => {
      throw new DomainError('NOT_FOUND', 'This photo or video is not in the media library any more.');
    }),
    'media.delete': vi.fn(async () => null),
    'posts.create': vi.fn(() => editorState),
    'posts.get': vi.fn(() => editorState),
    'posts.save': vi.fn(() => editorState),
    'posts.validate': vi.fn(() => editorState.validation),
    'posts.listDrafts': vi.fn(() => []),
    'posts.duplicate': vi.fn(() => editorState),
    'posts.delete': vi.fn(() => null),
    'posts.restore': vi.fn(() => null),
    'posts.applyMediaFix': vi.fn(async () => ({ ...editorState, fixedMediaId: 'f'.repeat(64) })),
    'keyring.status': vi.fn(async () => ({ backend: 'gnome_libsecret', state: 'protected' as const })),
    'demo.status': vi.fn(() => ({ hasAnyAccount: false, demoAccountCount: 0 })),
    'demo.remove': vi.fn(async () => null),
    'staging.get': vi.fn(() => null),
    'staging.test': vi.fn(async () => ({ ok: true, checks: [] })),
    'staging.save': vi.fn(async () => ({
      endpoint: null,
      region: 'eu-west-1',
      bucket: 'rosies-media',
      accessKeyId: 'AKIAOUTPOSTEXAMPLE01',
      forcePathStyle: false,
      publicBaseUrl: null,
      publicDomainVerifiedWithTikTok: false,
    })),
    'staging.remove': vi.fn(() => null),
    ...scheduleHandlers(),
    ...insightsHandlers(),
  } satisfies ChannelHandlers;
}

/** No history: the bridge tests only need every channel answered. */
function insightsHandlers() {
  const status = { running: false, lastRunAt: null, nextDailyRunAt: null, pendingMeasurements: 0, problems: [] };
  const notFound = () => {
    throw new DomainError('NOT_FOUND', 'This post has no insights.');
  };
  return {
    'insights.dashboard': vi.fn(notFound),
    'insights.post': vi.fn(notFound),
    'insights.refreshPost': vi.fn(notFound),
    'insights.refreshAccount': vi.fn(async () => status),
    'insights.status': vi.fn(() => status),
    'insights.exportCsv': vi.fn(() => ({ fileName: 'outpost-posts.csv', csv: '' })),
    'insights.suggestSlots': vi.fn(() => ({ accountId: 'a1', slots: [], enoughData: false })),
  };
}

/** Nothing scheduled: the bridge tests only need every channel answered. */
function scheduleHandlers() {
  const overview = { paused: false, upcoming: 0, needsAttention: 0, publishing: [], next: null, dueSoonInApp: [] };
  const notFound = () => {
    throw new DomainError('NOT_FOUND', 'This post is not scheduled any more.');
  };
  return {
    'schedule.list': vi.fn(() => []),
    'schedule.listProblems': vi.fn(() => []),
    'schedule.target': vi.fn(notFound),
    'schedule.plan': vi.fn(() => ({ validation: editorState.validation, targets: [] })),
    'schedule.schedulePost': vi.fn(() => []),
    'schedule.reschedule': vi.fn(notFound),
    'schedule.publishNow': vi.fn(notFound),
    'schedule.retry': vi.fn(notFound),
    'schedule.cancel': vi.fn(notFound),
    'schedule.overview': vi.fn(() => overview),
    'schedule.setPaused': vi.fn(({ paused }: { paused: boolean }) => ({ ...overview, paused })),
    'schedule.slots': vi.fn(() => []),
    'schedule.setSlots': vi.fn(() => []),
  } satisfies Partial<ChannelHandlers>;
}

/** An IpcMainInvokeEvent as Electron builds it: the sender's frame, its URL and parent. */
const topFrame = (url: string) => ({ senderFrame: { url, parent: null }, sender: {} });
const subFrame = (url: string) => ({ senderFrame: { url, parent: { url: 'app://outpost/index.html' } }, sender: {} });

let handlers: ReturnType<typeof fakeHandlers>;

beforeEach(() => {
  resetFakeElectron();
  handlers = fakeHandlers();
  registerChannels({
    register: ipcMainRegister(fakeElectron.ipcMain as unknown as IpcMain),
    handlers,
    trustedOrigins: new Set([APP_ORIGIN]),
    logger: createSilentLogger(),
  });
});

describe('the ipcMain bridge, driven through registerChannels', () => {
  it('registers every contract channel under the outpost: prefix, and nothing else', () => {
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(channelNames.map((name) => IPC_PREFIX + name).sort());
  });

  it('passes a message from our top-level frame through to the service', async () => {
    const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, topFrame('app://outpost/index.html'), {
      theme: 'dark',
    });
    expect(result).toEqual({ ok: true, value: preferences });
    expect(handlers['settings.set']).toHaveBeenCalledExactlyOnceWith({ theme: 'dark' });
  });

  it('refuses a subframe, even one on our origin', async () => {
    const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.get`, subFrame('app://outpost/frame.html'));
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    expect(handlers['settings.get']).not.toHaveBeenCalled();
  });

  it.each([
    'https://attacker.example/',
    'app://other/index.html',
    'file:///home/owner/evil.html',
    'http://localhost:5173/',
    'about:blank',
    '',
  ])('refuses a top-level frame from %j', async (url) => {
    const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, topFrame(url), { theme: 'dark' });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    expect(handlers['settings.set']).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone (senderFrame null)', async () => {
    const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}app.info`, { senderFrame: null, sender: {} });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('validates the payload after the sender check', async () => {
    const result = await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, topFrame('app://outpost/'), {
      theme: 'neon',
    });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(handlers['settings.set']).not.toHaveBeenCalled();
  });

  it('passes on only the first argument after the event', async () => {
    await fakeElectron.ipcMain.invoke(`${IPC_PREFIX}settings.set`, topFrame('app://outpost/'), { theme: 'light' }, 'extra');
    expect(handlers['settings.set']).toHaveBeenCalledExactlyOnceWith({ theme: 'light' });
  });
});

describe('senderInfoOf', () => {
  it('copies url and parent of the frame, and null for a missing frame', () => {
    const parent = { url: 'app://outpost/' };
    expect(senderInfoOf({ senderFrame: { url: 'app://outpost/x', parent } } as never)).toEqual({
      senderFrame: { url: 'app://outpost/x', parent },
    });
    expect(senderInfoOf({ senderFrame: null } as never)).toEqual({ senderFrame: null });
  });
});
