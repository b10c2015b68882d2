import { createHash } from 'node:crypto';

/**
 * Deterministic randomness. Two kinds:
 *  - a stream (`createSeededRandom`) for decisions taken in request order, such as which request
 *    a 20% mixed-fault rate hits: the same seed and the same calls give the same faults;
 *  - a pure function of names (`seededUnit`) for values that belong to a thing, such as how many
 *    likes a post ends up with: the answer does not depend on the order of requests.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

function seedWords(seed: string): [number, number, number, number] {
  const digest = createHash('sha256').update(seed).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
}

/** sfc32: small, fast and good enough for a simulator. */
export function createSeededRandom(seed: string | number): SeededRandom {
  let [a, b, c, d] = seedWords(String(seed));
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
  };
}

/** A number in [0, 1) fixed by the seed and the parts (e.g. seed, media id, metric name). */
export function seededUnit(seed: string | number, ...parts: (string | number)[]): number {
  const digest = createHash('sha256').update([String(seed), ...parts.map(String)].join('\u0000')).digest();
  return digest.readUInt32LE(0) / 4294967296;
}

/** Characters drawn from `alphabet`, fixed by the seed and the parts. */
export function seededString(alphabet: string, length: number, seed: string | number, ...parts: (string | number)[]): string {
  let out = '';
  let block = 0;
  while (out.length < length) {
    const digest = createHash('sha256')
      .update([String(seed), ...parts.map(String), String(block++)].join('\u0000'))
      .digest();
    for (const byte of digest) {
      if (out.length >= length) break;
      out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
