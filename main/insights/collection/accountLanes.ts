/**
 * One piece of work at a time per account (a pass, the daily run and the owner's refreshes all
 * go through it), so Outpost never makes two calls for one account at once; different accounts
 * run side by side.
 */
export function createAccountLanes() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(accountId: string, work: () => Promise<T>): Promise<T> {
      const result = (tails.get(accountId) ?? Promise.resolve()).then(work);
      const tail = result.catch(() => undefined);
      tails.set(accountId, tail);
      void tail.then(() => {
        if (tails.get(accountId) === tail) tails.delete(accountId);
      });
      return result;
    },
  };
}

/** Runs `work` over `items` with at most `limit` at a time, in order of the list. */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
