import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { MediaToolUnavailableError } from './mediaErrors';

/**
 * ffprobe and ffmpeg come as binaries inside npm packages (@ffprobe-installer/ffprobe,
 * @ffmpeg-installer/ffmpeg), one per platform. They are looked up on first use, not at start-up,
 * so a broken installation costs videos only, with a clear message, never the whole app.
 */
export type MediaTool = 'ffprobe' | 'ffmpeg';

const PACKAGES: Record<MediaTool, string> = {
  ffprobe: '@ffprobe-installer/ffprobe',
  ffmpeg: '@ffmpeg-installer/ffmpeg',
};

const require = createRequire(import.meta.url);
const resolved = new Map<MediaTool, string>();

/**
 * A packaged app keeps its node_modules in app.asar, which Node can read but the OS cannot run a
 * program from; electron-builder's `asarUnpack` puts the binaries beside it in app.asar.unpacked.
 */
export function unpackedFromAsar(path: string): string {
  return path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

/**
 * The binary's path, made executable if the package arrived without the exec bit (its postinstall,
 * a chmod, did not run because install scripts are off).
 */
export function mediaToolPath(tool: MediaTool): string {
  const known = resolved.get(tool);
  if (known) return known;
  let path: string;
  try {
    path = unpackedFromAsar((require(PACKAGES[tool]) as { path: string }).path);
  } catch (error) {
    throw new MediaToolUnavailableError(tool, `its package (${PACKAGES[tool]}) has no binary for ${process.platform}-${process.arch}.`, error);
  }
  ensureExecutable(tool, path);
  resolved.set(tool, path);
  return path;
}

export function ensureExecutable(tool: MediaTool, path: string): void {
  try {
    accessSync(path, constants.X_OK);
    return;
  } catch {
    // Not executable (or not there): try to fix the mode once, below.
  }
  try {
    chmodSync(path, 0o755);
    accessSync(path, constants.X_OK);
  } catch (error) {
    throw new MediaToolUnavailableError(tool, `${path} is missing or may not be run, and Outpost could not make it runnable.`, error);
  }
}

export interface ToolRun {
  args: readonly string[];
  timeoutMs: number;
  /** Output beyond this is an error rather than memory without bound. */
  maxOutputBytes: number;
}

/** Runs the tool without a shell; resolves with its standard output as bytes. */
export function runMediaTool(tool: MediaTool, run: ToolRun): Promise<Buffer> {
  const path = mediaToolPath(tool);
  return new Promise((resolve, reject) => {
    execFile(
      path,
      run.args,
      { encoding: 'buffer', timeout: run.timeoutMs, maxBuffer: run.maxOutputBytes, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          // stderr names what went wrong ("moov atom not found"); keep a bounded piece of it.
          reject(new MediaToolFailure(tool, stderr.toString('utf8').trim().slice(-2000) || error.message, error));
          return;
        }
        resolve(stdout);
      },
    );
  });
}

/** The tool ran and refused the file (or took too long): about the file, not the installation. */
export class MediaToolFailure extends Error {
  constructor(
    readonly tool: MediaTool,
    readonly detail: string,
    cause: unknown,
  ) {
    super(`${tool} failed: ${detail}`, { cause });
    this.name = 'MediaToolFailure';
  }
}
