/**
 * An aspect ratio (width:height) kept as whole numbers, so that a boundary compares exactly:
 * 1080 × 1350 is 4:5, not 0.7999… of something.
 */
export interface Ratio {
  readonly width: number;
  readonly height: number;
  /** As platforms write it: "4:5", "1.91:1". */
  readonly label: string;
}

const decimalPlaces = (term: string) => term.split('.')[1]?.length ?? 0;

/** "4:5", "1.91:1", "0.01:1" as whole-number terms (1.91:1 is 191:100). */
export function ratio(label: string): Ratio {
  const [width = '', height = ''] = label.split(':');
  const scale = 10 ** Math.max(decimalPlaces(width), decimalPlaces(height));
  return { width: Math.round(Number(width) * scale), height: Math.round(Number(height) * scale), label };
}

export const ratioValue = (r: Ratio) => r.width / r.height;

/** Negative when width × height is narrower than `r`, 0 when equal, positive when wider. */
export const compareToRatio = (width: number, height: number, r: Ratio) => width * r.height - height * r.width;

const greatestCommonDivisor = (a: number, b: number): number => (b === 0 ? a : greatestCommonDivisor(b, a % b));
const twoDecimals = (n: number) => String(Math.round(n * 100) / 100);

/** Terms up to this size read as a ratio people know (4:5, 16:9, 3:1); larger ones as a decimal. */
const MAX_SIMPLE_TERM = 32;

/** A picture's shape in the owner's words: "3:1", "16:9", "1.43:1", "1:2.08". */
export function describeAspect(width: number, height: number): string {
  const divisor = greatestCommonDivisor(width, height);
  const [w, h] = [width / divisor, height / divisor];
  if (w <= MAX_SIMPLE_TERM && h <= MAX_SIMPLE_TERM) return `${w}:${h}`;
  return width >= height ? `${twoDecimals(width / height)}:1` : `1:${twoDecimals(height / width)}`;
}
