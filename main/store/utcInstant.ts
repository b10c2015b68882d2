// A date and time with an explicit offset: without one, Date.parse reads the time as local.
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The canonical stored form of an instant: `YYYY-MM-DDTHH:mm:ss.sssZ`, as `toISOString()` writes
 * it. Every stored instant has this one shape so that comparing them as text (in SQL and indexes)
 * orders them by time. Accepts any ISO-8601 date-time with `Z` or an offset; throws RangeError
 * otherwise, because a caller passing anything else is a bug, not something the owner can fix.
 */
export function toUtcInstant(value: string): string {
  const millis = INSTANT_WITH_OFFSET.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(millis)) {
    throw new RangeError(`Expected an ISO-8601 date-time with "Z" or an offset, got "${value}".`);
  }
  return new Date(millis).toISOString();
}
