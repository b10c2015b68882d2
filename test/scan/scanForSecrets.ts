import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface SecretHit {
  file: string;
  /** The secret, shortened so the report itself does not leak it. */
  masked: string;
}

/**
 * Files that legitimately hold the sandbox's secrets: its own state (the simulated platform's
 * database) and the ledger. Chromium profiles hold the browser's history of the sign-in redirect,
 * which is the browser's business, not Outpost's.
 */
const EXEMPT = (path: string) =>
  basename(path) === 'sandbox-state.json' || basename(path) === 'ledger.txt' || /playwright_.*profile/.test(path);

/** Every file below `roots`, read as bytes: logs, reports, databases (a token in clear in SQLite is a leak too). */
export function scanForSecrets(roots: readonly string[], secrets: readonly string[]): { hits: SecretHit[]; files: number; bytes: number } {
  const needles = [...new Set(secrets.filter((s) => s.length >= 12))].map((s) => ({ secret: s, bytes: Buffer.from(s) }));
  const hits: SecretHit[] = [];
  let files = 0;
  let bytes = 0;
  for (const file of roots.flatMap(listFiles)) {
    if (EXEMPT(file)) continue;
    const content = readFileSync(file);
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
