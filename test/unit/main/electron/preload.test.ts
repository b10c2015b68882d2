import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, IPC_EVENT_PREFIX, IPC_PREFIX } from '../../../../preload/contract';
import type { OutpostApi } from '../../../../preload/api';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

let api: OutpostApi;
let exposeCalls: unknown[][];

beforeAll(async () => {
  // Importing the preload runs it, as Electron does before the page loads.
  await import('../../../../preload/index');
  exposeCalls = [...fakeElectron.contextBridge.exposeInMainWorld.mock.calls];
  api = fakeElectron.contextBridge.exposed.get('api') as OutpostApi;
});

describe('the preload', () => {
  it('exposes exactly one global, `api`', () => {
    expect(exposeCalls.map(([key]) => key)).toEqual(['api']);
    expect([...fakeElectron.contextBridge.exposed.keys()]).toEqual(['api']);
  });

  it('exposes one named function per contract channel, plus `on` and `importFiles`, and nothing else', () => {
    const exposed = api as unknown as Record<string, unknown>;
    const expectedNamespaces = [...new Set(channelNames.map((channel) => channel.split('.')[0]))];
    expect(Object.keys(exposed).sort()).toEqual([...expectedNamespaces, 'importFiles', 'on'].sort());
    expect(exposed.on).toBeTypeOf('function');
    expect(exposed.importFiles).toBeTypeOf('function');
    const functions: string[] = [];
    for (const namespace of expectedNamespaces) {
      const members = exposed[namespace as string] as Record<string, unknown>;
      for (const [name, value] of Object.entries(members)) {
        expect(value, `${namespace}.${name}`).toBeTypeOf('function');
        functions.push(`${namespace}.${name}`);
      }
    }
    expect(functions.sort()).toEqual([...channelNames].sort());
  });

  it('never exposes ipcRenderer, or anything that reaches it', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(fakeElectron.ipcRenderer);
      for (const key of Object.keys(value as object)) walk((value as Record<string, unknown>)[key]);
    };
    walk(api);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send/i);
  });

  it('invokes the prefixed channel with the payload', async () => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { theme: 'dark' } });
    await expect(api.settings.set({ theme: 'dark' })).resolves.toEqual({ ok: true, value: { theme: 'dark' } });
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(`${IPC_PREFIX}settings.set`, { theme: 'dark' });
    await api.app.info();
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(`${IPC_PREFIX}app.info`, undefined);
  });

  it('hands listeners the payload only, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('notice', listener);
    const payload = { id: 'n1', level: 'info', title: 'Hello', body: 'World' };
    fakeElectron.ipcRenderer.emit(`${IPC_EVENT_PREFIX}notice`, { sender: 'the IpcRendererEvent' }, payload);
    expect(listener).toHaveBeenCalledExactlyOnceWith(payload);
    unsubscribe();
  });

  it("unsubscribing removes exactly that listener and leaves the others' working", () => {
    const channel = `${IPC_EVENT_PREFIX}settings.changed`;
    const before = fakeElectron.ipcRenderer.listenerCount(channel);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.on('settings.changed', first);
    const unsubscribeSecond = api.on('settings.changed', second);
    expect(fakeElectron.ipcRenderer.listenerCount(channel)).toBe(before + 2);

    unsubscribeFirst();
    expect(fakeElectron.ipcRenderer.listenerCount(channel)).toBe(before + 1);
    fakeElectron.ipcRenderer.emit(channel, {}, { theme: 'light' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith({ theme: 'light' });

    unsubscribeFirst(); // a second call must not remove someone else's listener
    expect(fakeElectron.ipcRenderer.listenerCount(channel)).toBe(before + 1);
    unsubscribeSecond();
    expect(fakeElectron.ipcRenderer.listenerCount(channel)).toBe(before);
  });

  it('imports files by their paths on disk, through media.importPaths, one result per file in order', async () => {
    const imported = (fileName: string) => ({ outcome: 'failed', fileName, message: 'stand-in for main’s answer' });
    fakeElectron.ipcRenderer.invoke.mockImplementationOnce(async (_channel, request) => ({
      ok: true,
      value: (request as { paths: string[] }).paths.map((path) => imported(path.split('/').pop()!)),
    }));
    const files = [
      { name: 'cake.jpg', size: 10, path: '/home/rosie/Pictures/cake.jpg' },
      { name: 'pasted.png', size: 10 },
      { name: 'reel.mp4', size: 10, path: '/home/rosie/Videos/reel.mp4' },
    ];

    const result = await api.importFiles(files);

    expect(fakeElectron.webUtils.getPathForFile).toHaveBeenCalledTimes(3);
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(`${IPC_PREFIX}media.importPaths`, {
      paths: ['/home/rosie/Pictures/cake.jpg', '/home/rosie/Videos/reel.mp4'],
    });
    expect(result.ok && result.value.map((entry) => entry.fileName)).toEqual(['cake.jpg', 'pasted.png', 'reel.mp4']);
    expect(result.ok && result.value[1]).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/"pasted\.png" is not a file on this computer/) });
  });

  it('refuses to subscribe to an event that is not in the contract', () => {
    expect(() => (api.on as (event: string, listener: () => void) => () => void)('not-an-event', () => {})).toThrow(
      /Unknown event/,
    );
  });
});
