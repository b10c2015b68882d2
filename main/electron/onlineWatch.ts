import type { Logger } from '../diagnostics/logger';

/** How often the connection is looked at. `net.isOnline()` is a cheap local check, not a request. */
export const ONLINE_CHECK_INTERVAL_MS = 30_000;

export interface OnlineWatch {
  /** Looks now (on resume, as a laptop wakes onto a network). */
  check(): void;
  stop(): void;
}

/**
 * Electron's main process has no "online" event, so the connection is polled: when it comes back
 * (offline, then online) publishing that waited for the network is retried at once instead of at
 * the next timer. Only the edge counts; staying online does nothing.
 */
export interface OnlineWatchOptions {
  /** `net.isOnline()`. */
  isOnline: () => boolean;
  /** The connection came back. */
  onOnline: () => void;
  logger: Logger;
}

export function watchOnline({ isOnline, onOnline, logger }: OnlineWatchOptions): OnlineWatch {
  let online = isOnline();
  const check = () => {
    const now = isOnline();
    if (now === online) return;
    online = now;
    logger.info({ online }, now ? 'network: back online' : 'network: offline');
    if (now) onOnline();
  };
  const timer = setInterval(check, ONLINE_CHECK_INTERVAL_MS);
  return { check, stop: () => clearInterval(timer) };
}
