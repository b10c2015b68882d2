import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the system temp dir, with a function that removes it. */
export function makeTempDirectory(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `outpost-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
