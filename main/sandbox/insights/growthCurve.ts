import { seededUnit } from '../core/seededRandom';

/**
 * How engagement accumulates after a post goes out: fast at first, then levelling off towards a
 * final value, value(age) = final x (1 - e^(-age/tau)). Final values are fixed by the seed and the
 * post's id, so every read at the same sandbox time gives the same number and numbers only grow.
 */
export function grown(finalValue: number, ageMs: number, tauMs: number): number {
  if (ageMs <= 0) return 0;
  return Math.floor(finalValue * (1 - Math.exp(-ageMs / tauMs)));
}

/** A number in [min, max) fixed by the seed and the labels. */
export function seededBetween(seed: string, min: number, max: number, ...labels: (string | number)[]): number {
  return min + (max - min) * seededUnit(seed, ...labels);
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
