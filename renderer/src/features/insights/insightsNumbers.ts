/**
 * Figures as the dashboard writes them: counts with thousands separators, rates as percentages,
 * and a change against the previous period in words and an arrow, never colour alone.
 */
import type { HeadlineFigure } from '../../../../preload/contract';

const LOCALE = 'en-GB';

/** "18,400"; "—" when the figure is not known. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(value);
}

/** "+120", "-35", "0": a change in a count, with its sign. */
export function formatSignedCount(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** An engagement rate (0.042) as "4.2%"; "—" when not known. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** Milliseconds as "12.5 s" (average watch time). */
export function formatSeconds(ms: number): string {
  return `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}

/** How a figure's change is told: relative (views), in percentage points (a rate), or as a difference (a change itself). */
export type ChangeStyle = 'ratio' | 'points' | 'difference';

export interface ChangeWords {
  direction: 'up' | 'down' | 'same' | 'new' | 'unknown';
  /** What the card shows: "↑ 12%", "↓ 0.4 pts", "new", "—". */
  short: string;
  /** The same for a screen reader, whole: "up 12% on the previous period". */
  spoken: string;
}

const ARROWS = { up: '↑', down: '↓' } as const;

/** A headline figure's change against the previous period, in the figure's style. */
export function describeChange(figure: HeadlineFigure, style: ChangeStyle): ChangeWords {
  const { current, previous, change, changeRatio } = figure;
  if (current === null || previous === null || change === null) {
    return { direction: 'unknown', short: '—', spoken: 'no figure to compare with the previous period' };
  }
  if (change === 0) return { direction: 'same', short: 'no change', spoken: 'no change on the previous period' };
  const direction = change > 0 ? 'up' : 'down';
  let amount: string;
  if (style === 'points') {
    amount = `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(Math.abs(change) * 100)} pts`;
  } else if (style === 'difference') {
    amount = formatCount(Math.abs(change));
  } else {
    if (changeRatio === null) return { direction: 'new', short: 'new', spoken: 'new: nothing in the previous period' };
    amount = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: Math.abs(changeRatio) < 0.1 ? 1 : 0 }).format(
      Math.abs(changeRatio),
    );
  }
  const spokenAmount = amount.replace(/ pts$/, ' percentage points');
  return { direction, short: `${ARROWS[direction]} ${amount}`, spoken: `${direction} ${spokenAmount} on the previous period` };
}
