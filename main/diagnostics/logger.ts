import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { createStream } from 'rotating-file-stream';
import { redactSecrets } from './redactSecrets';

export type Logger = pino.Logger;

export interface LoggerOptions {
  logDirectory: string;
  level?: pino.LevelWithSilent;
  /** Also echo to stdout (browser mode and development). */
  echo?: boolean;
}

export interface FileLogger {
  logger: Logger;
  /** Flushes and closes the file; call on quit. */
  close(): Promise<void>;
}

/**
 * Structured JSON logs in `<data>/logs/main.log`, rotated daily or at 5 MB, 7 files kept. Every
 * line passes through `redactSecrets` before it is written, so no caller can leak a token by
 * accident. pino writes to the stream in-process (no worker-thread transport), which keeps the
 * bundled main process simple.
 */
export function createFileLogger({ logDirectory, level = 'info', echo = false }: LoggerOptions): FileLogger {
  mkdirSync(logDirectory, { recursive: true });
  const file = createStream('main.log', { path: logDirectory, size: '5M', interval: '1d', maxFiles: 7 });
  const sink = {
    write(line: string) {
      file.write(line);
      if (echo) process.stdout.write(line);
    },
  };
  const logger = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: { streamWrite: redactSecrets },
    },
    sink,
  );
  return {
    logger,
    close: () => new Promise((resolve) => file.end(() => resolve())),
  };
}

/** A logger that drops everything, for unit tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
