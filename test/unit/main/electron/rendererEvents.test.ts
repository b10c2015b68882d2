import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_PREFIX, type EventPayloadOf } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { createRendererEmitter } from '../../../../main/electron/rendererEvents';
import { FakeWebContents } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

const notice: EventPayloadOf<'notice'> = { id: 'db-moved', level: 'warning', title: 'Database moved aside', body: 'A fresh one was started.' };

function emitterFor(contents: FakeWebContents | undefined) {
  const logger = createSilentLogger();
  const error = vi.spyOn(logger, 'error');
  const emit = createRendererEmitter(() => contents as unknown as WebContents | undefined, logger);
  return { emit, error };
}

describe('createRendererEmitter', () => {
  it('sends a valid event to the window under the event prefix', () => {
    const contents = new FakeWebContents();
    emitterFor(contents).emit('notice', notice);
    expect(contents.sent).toEqual([{ channel: `${IPC_EVENT_PREFIX}notice`, args: [notice] }]);
  });

  it('drops, and logs, a payload that does not match the contract', () => {
    const contents = new FakeWebContents();
    const { emit, error } = emitterFor(contents);
    emit('notice', { ...notice, level: 'catastrophic' } as unknown as EventPayloadOf<'notice'>);
    emit('settings.changed', { theme: 'dark' } as unknown as EventPayloadOf<'settings.changed'>);
    expect(contents.sent).toEqual([]);
    expect(error).toHaveBeenCalledTimes(2);
  });

  it('sends only what the schema knows, so nothing extra leaks to the renderer', () => {
    const contents = new FakeWebContents();
    emitterFor(contents).emit('notice', { ...notice, accessToken: 'EAAB-secret' } as EventPayloadOf<'notice'>);
    expect(contents.sent[0]?.args[0]).toEqual(notice);
  });

  it('does nothing when there is no window or it is destroyed', () => {
    expect(() => emitterFor(undefined).emit('notice', notice)).not.toThrow();
    const contents = new FakeWebContents();
    contents.destroyed = true;
    emitterFor(contents).emit('notice', notice);
    expect(contents.sent).toEqual([]);
  });
});
