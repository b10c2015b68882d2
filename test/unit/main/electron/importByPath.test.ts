/** The desktop import's batching: paths in calls the contract accepts, results back in file order. */
import { describe, expect, it, vi } from 'vitest';
import { channels, type MediaImportResult, type Result } from '../../../../preload/contract';
import { IMPORT_PATHS_PER_CALL, importByPath } from '../../../../preload/importByPath';

const failedFor = (path: string): MediaImportResult => ({ outcome: 'failed', fileName: path, message: 'stand-in' });

describe('importByPath', () => {
  it('sends at most the contract’s batch of paths per call, and answers one result per file in order', async () => {
    const files = Array.from({ length: 230 }, (_, index) => ({ name: `f${index}.jpg`, size: 1, path: index % 50 === 7 ? '' : `/p/f${index}.jpg` }));
    const importPaths = vi.fn(async (paths: string[]): Promise<Result<MediaImportResult[]>> => {
      // What main's guard would check.
      expect(channels['media.importPaths'].request.safeParse({ paths }).success).toBe(true);
      return { ok: true, value: paths.map(failedFor) };
    });

    const result = await importByPath(files, (file) => (file as (typeof files)[number]).path, importPaths);

    expect(importPaths.mock.calls.map(([paths]) => paths.length)).toEqual([IMPORT_PATHS_PER_CALL, IMPORT_PATHS_PER_CALL, 25]);
    expect(result.ok).toBe(true);
    const value = result.ok ? result.value : [];
    expect(value).toHaveLength(230);
    value.forEach((entry, index) => {
      if (index % 50 === 7) expect(entry).toMatchObject({ fileName: `f${index}.jpg`, message: expect.stringMatching(/is not a file on this computer/) });
      else expect(entry.fileName).toBe(`/p/f${index}.jpg`);
    });
  });

  it('passes main’s refusal on as it is', async () => {
    const refusal: Result<MediaImportResult[]> = { ok: false, code: 'FORBIDDEN_SENDER', message: 'no' };
    expect(await importByPath([{ name: 'a.jpg', size: 1 }], () => '/a.jpg', async () => refusal)).toBe(refusal);
  });

  it('calls main not at all when no file has a path', async () => {
    const importPaths = vi.fn();
    const result = await importByPath([{ name: 'pasted.png', size: 1 }], () => '', importPaths);
    expect(importPaths).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: true, value: [{ outcome: 'failed', fileName: 'pasted.png' }] });
  });
});
