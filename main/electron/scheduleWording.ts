import type { Platform, ScheduledItem } from '../../preload/contract';
import { PLATFORM_NAMES } from '../platforms/platformNames';

/** The tray, the quit dialog and notifications speak the same words as the calendar. */
const LOCALE = 'en-GB';

export function platformName(platform: Platform): string {
  return PLATFORM_NAMES[platform];
}

/** "Instagram · Rosie's Bakery", or just the platform while no account is chosen. */
export function whereItGoes(item: Pick<ScheduledItem, 'platform' | 'accountName'>): string {
  const platform = platformName(item.platform);
  return item.accountName ? `${platform} · ${item.accountName}` : platform;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day `instant` falls on in `timeZone`, as days since 1970-01-01. */
function calendarDay(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    instant,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

/**
 * When a post is due, short, in the owner's time zone: "Tue 09:00" within the coming week (a
 * weekday alone is unambiguous there), else "12 Mar 09:00".
 */
export function shortDueTime(dueAt: string, now: Date, timeZone: string): string {
  const instant = new Date(dueAt);
  const days = calendarDay(instant, timeZone) - calendarDay(now, timeZone);
  const withinWeek = days >= 0 && days < 7;
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    ...(withinWeek ? { weekday: 'short' } : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .replace(',', '');
}

/** "3 posts", "1 post". */
export function postCount(count: number): string {
  return count === 1 ? '1 post' : `${count} posts`;
}

/** Text on one line, cut to `max` characters with an ellipsis (never through an emoji). */
export function oneLine(text: string, max: number): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length <= max ? characters.join('') : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}
