import type { AccountDayMetric, LocalDate } from '../../../preload/contract';
import type { AccountDay, AccountDayFigures } from '../insightsSource';

/** An account's figures gathered day by day, handed over oldest first without the empty days. */
export interface AccountDayTable {
  set(day: LocalDate, metric: AccountDayMetric, value: number): void;
  get(day: LocalDate, metric: AccountDayMetric): number | undefined;
  days(): AccountDay[];
}

export function accountDayTable(): AccountDayTable {
  const byDay = new Map<LocalDate, AccountDayFigures>();
  return {
    set(day, metric, value) {
      const values = byDay.get(day) ?? {};
      values[metric] = value;
      byDay.set(day, values);
    },
    get: (day, metric) => byDay.get(day)?.[metric],
    days: () =>
      [...byDay.entries()]
        .filter(([, values]) => Object.keys(values).length > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, values]) => ({ day, values })),
  };
}
