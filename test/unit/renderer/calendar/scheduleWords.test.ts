import { describe, expect, it } from 'vitest';
import { lateness, statusDetail } from '../../../../renderer/src/features/calendar/scheduleWords';
import { fakeTarget } from '../fakeSchedule';

describe('a scheduled post’s state in words', () => {
  it('says how late a post went out in minutes and hours', () => {
    expect(lateness(1)).toBe('1 minute');
    expect(lateness(45)).toBe('45 minutes');
    expect(lateness(60)).toBe('1 hour');
    expect(lateness(125)).toBe('2 hours 5 minutes');
  });

  it('says the step and how far it is while publishing, and until when a post waits', () => {
    expect(statusDetail(fakeTarget('t', { status: 'publishing', step: 'Uploading the video', progress: 0.333 }), 'Europe/Paris')).toBe(
      'Uploading the video, 33%',
    );
    expect(statusDetail(fakeTarget('t', { status: 'publishing', step: 'Waiting for Instagram', progress: null }), 'Europe/Paris')).toBe(
      'Waiting for Instagram',
    );
    expect(statusDetail(fakeTarget('t', { status: 'scheduled', waitingUntil: '2025-12-10T13:05:00.000Z' }), 'Europe/Paris')).toBe(
      'Waiting until 10 Dec 2025, 14:05',
    );
    expect(statusDetail(fakeTarget('t', { status: 'published', lateByMinutes: null }), 'Europe/Paris')).toBeNull();
  });
});
