/**
 * The dashboard's periods: whole days in the owner's time zone, both ends included, ending today
 * (or the two days the owner picked), and how to name them. Temporal does the calendar work.
 */
import { Temporal } from 'temporal-polyfill';
import type { InsightsPeriod, LocalDate } from '../../../../preload/contract';

/** The lengths the period picker offers. */
export const PERIOD_LENGTHS = [7, 28, 90] as const;
export type PeriodLength = (typeof PERIOD_LENGTHS)[number];

/** What the owner chose: the last so many days, or two days of their own. */
export type PeriodChoice = { kind: 'last'; days: PeriodLength } | { kind: 'custom'; from: LocalDate; to: LocalDate };

export const DEFAULT_PERIOD_CHOICE: PeriodChoice = { kind: 'last', days: 28 };

/** The day `now` falls on in `timeZone`: "2025-12-09". */
export function todayIn(timeZone: string, now: Date): LocalDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The period a choice means when today is `today`; a custom period given backwards is put the right way round. */
export function periodOf(choice: PeriodChoice, today: LocalDate): InsightsPeriod {
  if (choice.kind === 'custom') return choice.from <= choice.to ? { from: choice.from, to: choice.to } : { from: choice.to, to: choice.from };
  const from = Temporal.PlainDate.from(today).subtract({ days: choice.days - 1 });
  return { from: from.toString(), to: today };
}

/** How many days a period holds, both ends counted. */
export function periodDays(period: InsightsPeriod): number {
  return Temporal.PlainDate.from(period.from).until(Temporal.PlainDate.from(period.to)).days + 1;
}

/** Whether `value` is a whole date the date field can hold ("2025-12-09"). */
export function isLocalDate(value: string): value is LocalDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

const LOCALE = 'en-GB';

/** A local date as a Date at noon UTC, so formatting it in UTC never crosses a day. */
function noonUtc(day: LocalDate): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** "12 October", or "12 October 2025" with the year. */
export function dayName(day: LocalDate, { withYear = false }: { withYear?: boolean } = {}): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined }).format(
    noonUtc(day),
  );
}

/** "12 Oct", for chart axes. */
export function shortDayName(day: LocalDate): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(noonUtc(day));
}

/** "1 to 28 October 2025", "28 September to 4 October 2025", "20 December 2025 to 2 January 2026". */
export function periodName(period: InsightsPeriod): string {
  if (period.from === period.to) return dayName(period.from, { withYear: true });
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const sameMonth = sameYear && period.from.slice(0, 7) === period.to.slice(0, 7);
  const start = sameMonth ? String(Number(period.from.slice(8, 10))) : dayName(period.from, { withYear: !sameYear });
  return `${start} to ${dayName(period.to, { withYear: true })}`;
}
