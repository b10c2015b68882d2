import type { Result } from '../../../preload/contract';

/**
 * Every channel answers with a Result, but the transport itself can still fail (main restarting,
 * the browser-mode socket closed). This turns such a throw into an ordinary error result, so
 * callers handle one shape and the owner reads one kind of message.
 */
export async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch {
    return {
      ok: false,
      code: 'INTERNAL',
      message: "Outpost's background service did not answer.",
      action: 'Try again in a moment. If it keeps happening, restart Outpost.',
    };
  }
}
