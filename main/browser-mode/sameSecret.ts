import { timingSafeEqual } from 'node:crypto';

/** Compares a presented token with the run's secret in constant time (a missing one never matches). */
export function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
