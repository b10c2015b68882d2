import pino from 'pino';
import type { Logger } from '../../../../../main/diagnostics/logger';

/** A real pino logger whose lines a test can read back (level, message, fields). */
export function capturingLogger(): { logger: Logger; lines: { level: number; msg: string; [field: string]: unknown }[] } {
  const lines: { level: number; msg: string; [field: string]: unknown }[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
  return { logger, lines };
}
