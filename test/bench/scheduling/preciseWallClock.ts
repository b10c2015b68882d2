/**
 * How far `performance.timeOrigin + performance.now()` runs ahead of Date.now() (a fraction of a
 * millisecond: the two are rounded differently), read at the instant Date.now() ticks over to the
 * next millisecond. Any delay in reading only adds, so the smallest of a few readings is the offset
 * (the first one also pays for loading the performance timer).
 */
function offsetFromDateNow(): number {
  const readings = Array.from({ length: 5 }, () => {
    const start = Date.now();
    let ticked: number;
    do ticked = Date.now();
    while (ticked === start);
    return performance.timeOrigin + performance.now() - ticked;
  });
  return Math.min(...readings);
}

const offsetMs = offsetFromDateNow();

/**
 * The wall clock (the one due instants are set on) with sub-millisecond precision: a raw timer's
 * lateness is well under a millisecond, which Date.now() would round to 0 or 1.
 */
export const preciseWallMs = (): number => performance.timeOrigin + performance.now() - offsetMs;
