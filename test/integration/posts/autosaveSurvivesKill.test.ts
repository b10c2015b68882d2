import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutpostCore } from '../../../main/core';
import { makeTempDirectory } from '../../support/tempDirectory';
import { createTestCore } from '../../support/testCore';
import { editNumber, FIRST_EDITS, typedText } from './fixtures/typingPlan';

const typist = fileURLToPath(new URL('./fixtures/typeUntilKilled.ts', import.meta.url));

type Child = ChildProcessByStdio<null, Readable, Readable>;

/** Every "saved <n> <postId>" line the child printed, until its output ends. */
function acknowledgements(child: Child, onLine: (edit: number, postId: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^saved (\d+) (\S+)$/.exec(line);
      if (match) onLine(Number(match[1]), match[2]!);
    });
    lines.on('close', resolve);
  });
}

describe('autosave and a killed app', () => {
  let data: ReturnType<typeof makeTempDirectory>;
  let child: Child | undefined;
  let reopened: OutpostCore | undefined;

  beforeEach(() => {
    data = makeTempDirectory('autosave-kill');
  });
  afterEach(async () => {
    // A failed assertion must not leave the typist running.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    await reopened?.close();
    reopened = undefined;
    data.remove();
  });

  it('finds the last acknowledged text intact after a SIGKILL in the middle of typing', async () => {
    const typing: Child = spawn(process.execPath, ['--import', 'tsx', typist, data.path], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = typing;
    let stderr = '';
    typing.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      typing.once('exit', (code, signal) => resolve({ code, signal })),
    );

    let lastAcknowledged = 0;
    let postId = '';
    let killedAfter = 0;
    const outputEnded = acknowledgements(typing, (edit, id) => {
      lastAcknowledged = edit;
      postId = id;
      // The first edits are in; kill it a moment later, while it keeps saving more.
      if (edit !== FIRST_EDITS) return;
      setTimeout(() => {
        killedAfter = lastAcknowledged;
        typing.kill('SIGKILL');
      }, 20);
    });
    const exit = await exited;
    await outputEnded;

    expect(exit, stderr).toEqual({ code: null, signal: 'SIGKILL' });
    // It was killed mid-activity: saves went on after the first edits.
    expect(killedAfter).toBeGreaterThan(FIRST_EDITS);
    expect(lastAcknowledged).toBeGreaterThanOrEqual(killedAfter);

    ({ core: reopened } = createTestCore(data.path));
    expect(reopened.database.notices).toEqual([]);
    expect(reopened.database.db.prepare('PRAGMA quick_check').all()).toEqual([{ quick_check: 'ok' }]);
    const { post } = await reopened.handlers['posts.get']({ postId });
    // The last edit the child heard back about, or the one after it whose save had committed
    // when the kill came before it could print: never older, never a mix of two.
    const found = editNumber(post.body);
    expect([lastAcknowledged, lastAcknowledged + 1]).toContain(found);
    expect(post.body).toBe(typedText(found!));
    expect(post.targets).toMatchObject([{ id: 'kill-target', caption: 'A caption of its own for Facebook', status: 'draft' }]);
    // And the drafts list has it, once.
    expect((await reopened.handlers['posts.listDrafts']({})).map((summary) => summary.id)).toEqual([postId]);
  });
});
