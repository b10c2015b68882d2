import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface SecretHit {
  file: string;
  /** The secret, shortened so the report itself does not leak it. */
  masked: string;
}

/**
 * Files that legitimately hold the sandbox's secrets: the ledger and the sandbox's own state (the
 * simulated platform's database, whatever its file is called). Chromium profiles hold the
 * browser's history of the sign-in redirect, which is the browser's business, not Outpost's.
 */
const EXEMPT = (path: string) => basename(path) === 'ledger.txt' || /playwright_.*profile/.test(path);

/** The sandbox's state file: JSON with the top-level shape of main/sandbox/world/sandboxState.ts. */
function isSandboxState(path: string, content: Buffer): boolean {
  if (!path.endsWith('.json')) return false;
  try {
    const parsed = JSON.parse(content.toString('utf8')) as Record<string, unknown>;
    return ['schema', 'serial', 'tokens', 'consents', 'meta', 'tiktok'].every((key) => key in parsed);
  } catch {
    return false;
  }
}

/** Every file below `roots`, read as bytes: logs, reports, databases (a token in clear in SQLite is a leak too). */
export function scanForSecrets(roots: readonly string[], secrets: readonly string[]): { hits: SecretHit[]; files: number; bytes: number } {
  const needles = [...new Set(secrets.filter((s) => s.length >= 12))].map((s) => ({ secret: s, bytes: Buffer.from(s) }));
  const hits: SecretHit[] = [];
  let files = 0;
  let bytes = 0;
  for (const file of roots.flatMap(listFiles)) {
    if (EXEMPT(file)) continue;
    const content = readFileSync(file);
    if (isSandboxState(file, content)) continue;
    files++;
    bytes += content.length;
    for (const { secret, bytes: needle } of needles) {
      if (content.includes(needle)) hits.push({ file, masked: `${secret.slice(0, 6)}…(${secret.length} chars)` });
    }
  }
  return { hits, files, bytes };
}

function listFiles(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(root, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    if (stat.isDirectory()) return listFiles(path);
    return stat.isFile() ? [path] : [];
  });
}
