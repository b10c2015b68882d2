/** Finding ffprobe and ffmpeg: inside a packaged app, and without the exec bit. */
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureExecutable, mediaToolPath, runMediaTool, unpackedFromAsar } from '../../../../main/media/mediaTools';
import { useTempDirectory } from '../../../support/useTempDirectory';

const tempDirectory = useTempDirectory('media-tools');

describe('the binaries', () => {
  it('are looked for in app.asar.unpacked when the package sits in app.asar', () => {
    const packaged = ['', 'opt', 'Outpost', 'resources', 'app.asar', 'node_modules', '@ffmpeg-installer', 'linux-x64', 'ffmpeg'].join(sep);
    expect(unpackedFromAsar(packaged)).toBe(['', 'opt', 'Outpost', 'resources', 'app.asar.unpacked', 'node_modules', '@ffmpeg-installer', 'linux-x64', 'ffmpeg'].join(sep));
    const development = ['', 'work', 'outpost', 'node_modules', '@ffmpeg-installer', 'linux-x64', 'ffmpeg'].join(sep);
    expect(unpackedFromAsar(development)).toBe(development);
  });

  it('run here, from the npm packages', async () => {
    const version = await runMediaTool('ffprobe', { args: ['-version'], timeoutMs: 10_000, maxOutputBytes: 1024 * 1024 });
    expect(version.toString('utf8')).toMatch(/^ffprobe version/);
    expect(mediaToolPath('ffmpeg')).toMatch(/@ffmpeg-installer/);
  });

  it.runIf(process.platform !== 'win32')('are made executable when they arrived without the exec bit', () => {
    const binary = join(tempDirectory(), 'ffprobe');
    writeFileSync(binary, '#!/bin/sh\necho ok\n');
    chmodSync(binary, 0o644);
    ensureExecutable('ffprobe', binary);
    expect(statSync(binary).mode & 0o111).not.toBe(0);
  });

  it('say clearly when one is missing', () => {
    expect(() => ensureExecutable('ffmpeg', join(tempDirectory(), 'nothing-here'))).toThrow(
      expect.objectContaining({ code: 'INTERNAL', message: expect.stringMatching(/^Outpost's video tool \(ffmpeg\) cannot be started: .*nothing-here is missing/) }),
    );
  });

  it('report a refusal with what the tool said', async () => {
    await expect(
      runMediaTool('ffprobe', { args: ['-v', 'error', join(tempDirectory(), 'missing.mp4')], timeoutMs: 10_000, maxOutputBytes: 1024 }),
    ).rejects.toMatchObject({ name: 'MediaToolFailure', detail: expect.stringMatching(/No such file or directory/) });
  });
});
