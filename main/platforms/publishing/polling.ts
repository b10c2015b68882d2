import type { StepContext } from '../publisher';
import type { PollCadence } from './publishingTimes';

/**
 * Asks `look` until it answers something other than null, sleeping between looks on the step's
 * clock (so tests move time instead of waiting), and throws `tooLong()` once the cadence's limit
 * has passed without an answer.
 */
export async function pollUntil<T>(
  context: Pick<StepContext, 'now' | 'sleep'>,
  cadence: PollCadence,
  look: () => Promise<T | null>,
  tooLong: () => Error,
): Promise<T> {
  const deadline = context.now().getTime() + cadence.limitMs;
  for (let round = 0; ; round += 1) {
    const found = await look();
    if (found !== null) return found;
    if (context.now().getTime() >= deadline) throw tooLong();
    await context.sleep(Math.min(cadence.maxMs, cadence.firstMs * 2 ** round));
  }
}
