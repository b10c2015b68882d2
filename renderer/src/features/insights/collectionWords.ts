import type { InsightsCollectionStatus } from '../../../../preload/contract';
import { dateAndTime, daysFromToday, recentTime, relativeDays } from '../../lib/dates';

/** "today at 03:00", "tomorrow at 03:00", else "12 Dec 2025, 03:00": a time still to come. */
export function upcomingTime(instant: Date, now: Date, timeZone: string): string {
  const days = daysFromToday(instant, now, timeZone);
  if (days === 0 || days === 1) {
    const time = new Intl.DateTimeFormat('en-GB', { timeZone, timeStyle: 'short' }).format(instant);
    return `${relativeDays(days)} at ${time}`;
  }
  return dateAndTime(instant, timeZone);
}

/** Where collection stands, in a sentence or three. */
export function collectionSentence(status: InsightsCollectionStatus, now: Date, timeZone: string): string {
  const parts = [
    status.running
      ? 'Collecting figures now.'
      : status.lastRunAt
        ? `Figures last collected ${recentTime(new Date(status.lastRunAt), now, timeZone)}.`
        : 'No figures collected yet.',
  ];
  if (status.nextDailyRunAt) parts.push(`Next daily run ${upcomingTime(new Date(status.nextDailyRunAt), now, timeZone)}.`);
  if (status.pendingMeasurements > 0) {
    parts.push(`${status.pendingMeasurements === 1 ? '1 measurement' : `${status.pendingMeasurements} measurements`} still to take.`);
  }
  return parts.join(' ');
}
