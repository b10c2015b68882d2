import type { ComboBoxOption } from '../../ui/ComboBox';

/** A time zone as the picker lists it: the IANA name and its offset now, "Europe/Paris (UTC+01:00)". */
export type TimeZoneOption = ComboBoxOption;

/** Building a formatter per zone is the slow part (tens of ms for all ~420), so each is made once. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  return formatter;
}

/** "UTC+01:00", "UTC-05:00", "UTC+00:00": the zone's offset at `at` (it changes with daylight saving). */
export function formatUtcOffset(zone: string, at: Date): string {
  const name = offsetFormatter(zone).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/**
 * Every zone the runtime knows, plus UTC (which Intl does not list) and the current choice (the
 * system may report an older alias, like Asia/Calcutta, that the list spells differently).
 */
export function timeZoneOptions(current: string, at: Date): TimeZoneOption[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  const extras = ['UTC', current].filter((zone) => !zones.has(zone));
  return [...new Set(extras), ...zones].map((zone) => ({ id: zone, label: `${zone} (${formatUtcOffset(zone, at)})` }));
}

/** Case-insensitive, and "new york" finds America/New_York: IANA names use _ for spaces. */
export function matchesTimeZone(label: string, typed: string): boolean {
  const normalize = (text: string) => text.toLocaleLowerCase().replaceAll('_', ' ');
  return normalize(label).includes(normalize(typed).trim());
}
