import { describe, expect, it, vi } from 'vitest';
import type { MediaImportResult } from '../../../../preload/contract';
import { importPathsFromRenderer } from '../../../../main/ipc/importablePaths';

/** A stand-in library: one answer per path it is given, naming the path, so the order can be checked. */
function fakeLibrary() {
  return vi.fn(async (paths: string[]): Promise<MediaImportResult[]> =>
    paths.map((path) => ({ outcome: 'failed', fileName: `library saw ${path}`, message: 'stand-in' })),
  );
}

describe('importing paths from the renderer', () => {
  it('passes absolute paths to the library and refuses relative ones file by file, in order', async () => {
    const library = fakeLibrary();

    const results = await importPathsFromRenderer(['/home/rosie/photo.jpg', 'relative/photo.jpg', '/home/rosie/clip.mp4'], library);

    expect(library).toHaveBeenCalledExactlyOnceWith(['/home/rosie/photo.jpg', '/home/rosie/clip.mp4']);
    expect(results).toEqual([
      { outcome: 'failed', fileName: 'library saw /home/rosie/photo.jpg', message: 'stand-in' },
      { outcome: 'failed', fileName: 'photo.jpg', message: 'Outpost was not given the full location of this file.', action: expect.any(String) },
      { outcome: 'failed', fileName: 'library saw /home/rosie/clip.mp4', message: 'stand-in' },
    ]);
  });

  it('does not call the library when no path is absolute', async () => {
    const library = fakeLibrary();
    const results = await importPathsFromRenderer(['missing.png'], library);
    expect(library).not.toHaveBeenCalled();
    expect(results).toMatchObject([{ outcome: 'failed', fileName: 'missing.png' }]);
  });
});
