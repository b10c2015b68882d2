/**
 * The charts' look, from the theme's CSS variables, so they read in light and dark alike and
 * follow a theme change without drawing again. The series colours are defined in Insights.css.
 */
import type { CSSProperties } from 'react';

export const AXIS_TICK = { fill: 'var(--color-text-muted)', fontSize: 12 } as const;
export const AXIS_LINE = { stroke: 'var(--color-separator)' } as const;
export const GRID_STROKE = 'var(--color-separator)';

export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--color-surface-raised)',
  border: '1px solid var(--color-separator)',
  borderRadius: 'var(--radius-sm)',
  boxShadow: 'var(--shadow-md)',
  color: 'var(--color-text)',
  fontSize: 'var(--text-sm)',
};
export const TOOLTIP_LABEL_STYLE: CSSProperties = { color: 'var(--color-text)', fontWeight: 600 };
export const TOOLTIP_CURSOR = { stroke: 'var(--color-control-border)' } as const;
export const TOOLTIP_BAR_CURSOR = { fill: 'var(--color-hover)' } as const;

/** Up to six series in one chart, each its own colour (a post's history draws a line per metric). */
export const SERIES_COLOURS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'];

/** "1.2k" on an axis where space is short. */
export function compactNumber(value: number): string {
  return new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
