import { describe, expect, it } from 'vitest';
import {
  formatUtcOffset,
  matchesTimeZone,
  timeZoneOptions,
} from '../../../renderer/src/features/settings/timeZoneOptions';

const winter = new Date('2026-01-15T12:00:00Z');
const summer = new Date('2026-07-15T12:00:00Z');

describe('time zone options', () => {
  it('labels a zone with its offset on the given day, daylight saving included', () => {
    expect(formatUtcOffset('Europe/Paris', winter)).toBe('UTC+01:00');
    expect(formatUtcOffset('Europe/Paris', summer)).toBe('UTC+02:00');
    expect(formatUtcOffset('America/New_York', winter)).toBe('UTC-05:00');
    expect(formatUtcOffset('Asia/Kolkata', winter)).toBe('UTC+05:30');
    expect(formatUtcOffset('UTC', winter)).toBe('UTC+00:00');
  });

  it('lists every zone Intl knows, plus UTC and the current choice when Intl spells it differently', () => {
    const options = timeZoneOptions('Asia/Calcutta', winter);
    const ids = options.map((option) => option.id);

    expect(ids).toEqual(expect.arrayContaining(Intl.supportedValuesOf('timeZone')));
    expect(ids).toContain('UTC');
    expect(ids).toContain('Asia/Calcutta');
    expect(new Set(ids).size).toBe(ids.length);
    expect(options.find((option) => option.id === 'Europe/Paris')?.label).toBe('Europe/Paris (UTC+01:00)');
  });

  it('matches typed text case-insensitively, with spaces for underscores', () => {
    expect(matchesTimeZone('America/New_York (UTC-05:00)', 'new york')).toBe(true);
    expect(matchesTimeZone('Europe/Paris (UTC+01:00)', 'PARIS')).toBe(true);
    expect(matchesTimeZone('Europe/Paris (UTC+01:00)', 'utc+01')).toBe(true);
    expect(matchesTimeZone('Europe/Paris (UTC+01:00)', 'tokyo')).toBe(false);
  });
});
