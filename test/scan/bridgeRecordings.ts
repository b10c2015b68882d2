import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How many bridge frames (replies and events main sent to the page) the end-to-end runs recorded
 * under `directory`. The scan only proves something about the bridge if this is above zero.
 */
export function countRecordedBridgeFrames(directory: string, fileName: string): number {
  let frames = 0;
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== fileName) continue;
    frames += readFileSync(join(entry.parentPath, entry.name), 'utf8').split('\n').filter(Boolean).length;
  }
  return frames;
}
