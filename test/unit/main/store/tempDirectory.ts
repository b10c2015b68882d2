import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test of the calling suite its own empty directory, removed afterwards. Returns a
 * function that reads the current test's directory.
 */
export function useTempDirectory(): () => string {
  let directory: string | undefined;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'outpost-store-'));
  });
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
    directory = undefined;
  });
  return () => {
    if (!directory) throw new Error('useTempDirectory: read the directory inside a test');
    return directory;
  };
}
