/**
 * Meta matches redirect URIs exactly, port included (platform-apis.md 1.2), so the owner registers
 * `http://127.0.0.1:8137/callback/` once and Outpost always listens there.
 * `OUTPOST_META_CALLBACK_PORT` moves it (tests pick a free port; 0 means any).
 */
export const DEFAULT_META_CALLBACK_PORT = 8137;

export function metaCallbackPort(env: NodeJS.ProcessEnv): number {
  const raw = env.OUTPOST_META_CALLBACK_PORT?.trim();
  if (!raw) return DEFAULT_META_CALLBACK_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`OUTPOST_META_CALLBACK_PORT must be a port number (0-65535), got "${raw}".`);
  }
  return port;
}
