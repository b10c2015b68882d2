import type { InsightMetric as PlatformMetric, InsightValue } from '../../platforms/meta/graphInsights';

/** A number, or the sum of a split one (paid/organic, per reaction type, a breakdown) [S59]. */
export function totalOf(value: InsightValue): number {
  return typeof value === 'number' ? value : Object.values(value).reduce((sum, part) => sum + part, 0);
}

/**
 * A lifetime metric's one number: its single value, or its `total_value`. Undefined when the
 * platform gave none (unavailable data is left out, never read as 0, 4.1).
 */
export function lifetimeNumber(metric: PlatformMetric): number | undefined {
  const value = metric.values[0]?.value ?? metric.totalValue;
  return value === undefined ? undefined : totalOf(value);
}

/**
 * Platform figures in Outpost's names through one platform's name table; names the table does not
 * know are not Outpost's business and are dropped.
 */
export function renamed<Name extends string>(figures: readonly PlatformMetric[], names: Readonly<Record<string, Name>>): Partial<Record<Name, number>> {
  const out: Partial<Record<Name, number>> = {};
  for (const metric of figures) {
    const name = names[metric.name];
    const value = lifetimeNumber(metric);
    if (name !== undefined && value !== undefined) out[name] = value;
  }
  return out;
}
