import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../../main/errors/domainError';
import { openFolderInFileManager } from '../../../../main/electron/openFolder';
import { fakeElectron, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule());

beforeEach(() => resetFakeElectron());

describe('openFolderInFileManager', () => {
  it('opens the folder with shell.openPath', async () => {
    await openFolderInFileManager('/data/logs');
    expect(fakeElectron.shell.openPath).toHaveBeenCalledExactlyOnceWith('/data/logs');
  });

  it('turns the error string shell.openPath resolves with into a DomainError naming the path', async () => {
    fakeElectron.shell.openPath.mockResolvedValueOnce('No application is registered to open folders');
    const failure = openFolderInFileManager('/data/logs');
    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toMatchObject({
      message: expect.stringContaining('No application is registered'),
      action: expect.stringContaining('/data/logs'),
    });
  });
});
