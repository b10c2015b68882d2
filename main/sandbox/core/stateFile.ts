import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxState } from '../world/sandboxState';

/**
 * Optional persistence: the whole state as one JSON file, written atomically (temp file, then
 * rename) so a crash never leaves half a file. Writes are coalesced: many requests in one tick
 * produce one write.
 */
export function loadStateFile(path: string): SandboxState | null {
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<SandboxState>;
  if (parsed.schema !== 1) throw new Error(`${path} is not a sandbox state file this version understands (schema ${String(parsed.schema)}).`);
  return parsed as SandboxState;
}

export function writeStateFile(path: string, state: SandboxState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, path);
}

export interface StatePersistence {
  /** Asks for a write soon (coalesced). */
  schedule(): void;
  /** Writes now if a write is pending. */
  flush(): void;
}

export function createStatePersistence(path: string | undefined, current: () => SandboxState): StatePersistence {
  let pending = false;
  const flush = () => {
    if (!pending || !path) return;
    pending = false;
    writeStateFile(path, current());
  };
  return {
    schedule() {
      if (!path || pending) return;
      pending = true;
      setImmediate(flush);
    },
    flush,
  };
}
