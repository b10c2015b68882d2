import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh directory under the system temp dir, with a function that removes it. With
 * `OUTPOST_KEEP_TEST_DATA=1` (the secret scan of `npm test`) it is kept, so the logs written in it
 * can be scanned after the suites end.
 */
export function makeTempDirectory(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `outpost-${prefix}-`));
  const keep = process.env.OUTPOST_KEEP_TEST_DATA === '1';
  return { path, remove: () => (keep ? undefined : rmSync(path, { recursive: true, force: true })) };
}
