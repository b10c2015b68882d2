import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../main/store/database';
import { BIG_TRANSACTION_ROWS, COMMITTED_ROWS } from './fixtures/killPlan';

const writer = fileURLToPath(new URL('./fixtures/writeUntilKilled.ts', import.meta.url));

/** Resolves when the child prints `line`; rejects with its stderr if it exits first. */
function waitForLine(child: ChildProcessByStdio<null, Readable, Readable>, line: string): Promise<void> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      if (text === line) resolve();
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`writer exited (code ${code}, signal ${signal}) before "${line}":\n${stderr}`)),
    );
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('a database killed mid-transaction', () => {
  let directory: string;
  let child: ChildProcess | undefined;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'outpost-kill-'));
  });

  afterEach(() => {
    // A failed assertion must not leave the writer running.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    rmSync(directory, { recursive: true, force: true });
  });

  it('reopens consistent: committed rows all there, the killed transaction all or nothing', async () => {
    // node:sqlite needs Node 24; npm scripts put the project's Node 24 first on PATH.
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
    const file = join(directory, 'outpost.db');
    const logger = createSilentLogger();

    const writerProcess = spawn(process.execPath, ['--import', 'tsx', writer, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = writerProcess;
    const exited = exitOf(writerProcess);
    await waitForLine(writerProcess, 'mid-transaction');
    writerProcess.kill('SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The killed transaction had spilled pages into the WAL, so recovery really had work to do.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const reopened = openOutpostDatabase({ file, logger });
    try {
      expect(reopened.notices).toEqual([]);
      expect(reopened.db.prepare('PRAGMA quick_check').all()).toEqual([{ quick_check: 'ok' }]);
      const count = (pattern: string) =>
        reopened.db.prepare('SELECT count(*) AS count FROM posts WHERE id LIKE ?').get(pattern)?.count;
      expect(count('committed-%')).toBe(COMMITTED_ROWS);
      // All or none: a transaction is never seen half-applied.
      expect([0, BIG_TRANSACTION_ROWS]).toContain(count('in-flight-%'));
      // And the database takes new writes after the crash.
      expect(() =>
        reopened.db
          .prepare("INSERT INTO posts (id, body, created_at, updated_at) VALUES ('after', 'x', ?, ?)")
          .run(new Date().toISOString(), new Date().toISOString()),
      ).not.toThrow();
    } finally {
      reopened.close();
    }
  });
});
