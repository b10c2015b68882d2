import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MediaImportResult } from '../../../../preload/contract';
import { importPathsFromRenderer } from '../../../../main/ipc/importablePaths';
import { useTempDirectory } from '../../../support/useTempDirectory';

/** A stand-in library: one answer per path it is given, naming the path, so the order can be checked. */
function fakeLibrary() {
  return vi.fn(async (paths: string[]): Promise<MediaImportResult[]> =>
    paths.map((path) => ({ outcome: 'failed', fileName: `library saw ${path}`, message: 'stand-in' })),
  );
}

describe('importing paths from the renderer', () => {
  const directory = useTempDirectory('import-paths');

  it('passes absolute paths of regular files to the library, and answers for the rest file by file, in order', async () => {
    const photo = join(directory(), 'photo.jpg');
    const clip = join(directory(), 'clip.mp4');
    const folder = join(directory(), 'holiday');
    writeFileSync(photo, 'not really a photo');
    writeFileSync(clip, 'not really a clip');
    mkdirSync(folder);
    const library = fakeLibrary();

    const results = await importPathsFromRenderer(
      [photo, join(directory(), 'gone.jpg'), 'relative/photo.jpg', folder, clip],
      library,
    );

    expect(library).toHaveBeenCalledExactlyOnceWith([photo, clip]);
    expect(results).toEqual([
      { outcome: 'failed', fileName: `library saw ${photo}`, message: 'stand-in' },
      { outcome: 'failed', fileName: 'gone.jpg', message: 'Outpost cannot find this file.', action: expect.any(String) },
      { outcome: 'failed', fileName: 'photo.jpg', message: 'Outpost was not given the full location of this file.', action: expect.any(String) },
      { outcome: 'failed', fileName: 'holiday', message: 'This is a folder or a special file, not a photo or video.', action: expect.any(String) },
      { outcome: 'failed', fileName: `library saw ${clip}`, message: 'stand-in' },
    ]);
  });

  it('does not call the library when no path is importable', async () => {
    const library = fakeLibrary();
    const results = await importPathsFromRenderer([join(directory(), 'missing.png')], library);
    expect(library).not.toHaveBeenCalled();
    expect(results).toMatchObject([{ outcome: 'failed', fileName: 'missing.png' }]);
  });
});
