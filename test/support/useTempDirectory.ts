import { afterEach, beforeEach } from 'vitest';
import { makeTempDirectory } from './tempDirectory';

/**
 * Gives each test of the calling vitest suite its own empty directory, removed afterwards.
 * Returns a function that reads the current test's directory.
 */
export function useTempDirectory(prefix = 'test'): () => string {
  let directory: ReturnType<typeof makeTempDirectory> | undefined;
  beforeEach(() => {
    directory = makeTempDirectory(prefix);
  });
  afterEach(() => {
    directory?.remove();
    directory = undefined;
  });
  return () => {
    if (!directory) throw new Error('useTempDirectory: read the directory inside a test');
    return directory.path;
  };
}
