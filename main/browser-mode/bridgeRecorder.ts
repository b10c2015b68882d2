import { appendFileSync } from 'node:fs';

/**
 * Test instrument: appends every frame main sends to the page (replies and events) to a file, one
 * JSON line each, so the suite's secret scan can prove that no token or app secret ever crossed
 * the bridge. Off unless a path is given (`OUTPOST_BRIDGE_RECORDING`, set by the test harness).
 */
export function createBridgeRecorder(file: string | undefined): (frame: string) => void {
  if (!file) return () => {};
  return (frame) => appendFileSync(file, `${frame}\n`);
}
