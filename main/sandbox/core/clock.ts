/**
 * The sandbox's sense of time. Every rule that depends on time (token expiry, container
 * processing, the 24-hour publishing window, scheduled Page posts, per-minute TikTok limits,
 * insight growth) reads `now()` from one of these, never `Date.now()`, so tests move time with
 * `advance(ms)` instead of waiting.
 */
export interface SandboxClock {
  /** Milliseconds since the Unix epoch, as the sandbox sees it. */
  now(): number;
  /** Moves the sandbox's time forward; negative values are refused. */
  advance(ms: number): void;
}

function checkAdvance(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`The sandbox clock only moves forward (got ${ms} ms).`);
}

/** A clock that stands still until told to move: what tests use. */
export function createManualClock(startMs: number = Date.UTC(2026, 0, 15, 9, 0, 0)): SandboxClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      checkAdvance(ms);
      current += ms;
    },
  };
}

/**
 * Real time plus an offset that `advance` grows: what demo mode and `npm run sandbox` use, so a
 * scheduled post goes out when its time comes and a developer can still fast-forward.
 */
export function createSystemClock(realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
  return {
    now: () => realNow() + offset,
    advance: (ms) => {
      checkAdvance(ms);
      offset += ms;
    },
  };
}
