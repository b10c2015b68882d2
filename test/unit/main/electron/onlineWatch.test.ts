import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { ONLINE_CHECK_INTERVAL_MS, watchOnline } from '../../../../main/electron/onlineWatch';

let online: boolean;
let onOnline: Mock<() => void>;

function watch() {
  return watchOnline({ isOnline: () => online, onOnline, logger: createSilentLogger() });
}

beforeEach(() => {
  vi.useFakeTimers();
  online = true;
  onOnline = vi.fn<() => void>();
});
afterEach(() => vi.useRealTimers());

describe('watching the network', () => {
  it('does nothing while the connection stays up', () => {
    watch();
    vi.advanceTimersByTime(10 * ONLINE_CHECK_INTERVAL_MS);
    expect(onOnline).not.toHaveBeenCalled();
  });

  it('calls once when the connection comes back, at the next check', () => {
    watch();
    online = false;
    vi.advanceTimersByTime(ONLINE_CHECK_INTERVAL_MS);
    online = true;
    vi.advanceTimersByTime(ONLINE_CHECK_INTERVAL_MS - 1);
    expect(onOnline).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onOnline).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(5 * ONLINE_CHECK_INTERVAL_MS);
    expect(onOnline).toHaveBeenCalledOnce();
  });

  it('counts a start without a connection as offline', () => {
    online = false;
    watch();
    online = true;
    vi.advanceTimersByTime(ONLINE_CHECK_INTERVAL_MS);
    expect(onOnline).toHaveBeenCalledOnce();
  });

  it('checks at once when asked (on resume), without waiting for the interval', () => {
    online = false;
    const watcher = watch();
    online = true;
    watcher.check();
    expect(onOnline).toHaveBeenCalledOnce();
  });

  it('stops polling when stopped', () => {
    online = false;
    const watcher = watch();
    watcher.stop();
    online = true;
    vi.advanceTimersByTime(10 * ONLINE_CHECK_INTERVAL_MS);
    expect(onOnline).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
