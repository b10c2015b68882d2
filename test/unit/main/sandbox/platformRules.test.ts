import { describe, expect, it } from 'vitest';
import { checkScheduleWindowError } from './platformRulesSupport';
import { checkChunkPlan, chunkRange, MB } from '../../../../main/sandbox/tiktok/chunkRules';
import { TikTokApiError } from '../../../../main/sandbox/tiktok/tiktokErrors';
import { matchesRegisteredUri } from '../../../../main/sandbox/tiktok/tiktokRedirectUris';
import { parseScheduledTime } from '../../../../main/sandbox/facebook/scheduledPublishTime';
import { checkImage, checkVideo, isFailure } from '../../../../main/sandbox/instagram/mediaChecks';
import { makeJpeg, makeMp4, makePng } from '../../../../main/sandbox/media/syntheticMedia';

describe('TikTok chunk rules (reference 6.2)', () => {
  it.each([
    [{ videoSize: 3 * MB, chunkSize: 3 * MB, totalChunkCount: 1 }],
    [{ videoSize: 12 * MB, chunkSize: 5 * MB, totalChunkCount: 2 }],
    [{ videoSize: 64 * MB, chunkSize: 64 * MB, totalChunkCount: 1 }],
    [{ videoSize: 4096 * MB, chunkSize: 5 * MB, totalChunkCount: 819 }],
  ])('accepts %j', (plan) => {
    expect(() => checkChunkPlan(plan)).not.toThrow();
  });

  it.each([
    [{ videoSize: 3 * MB, chunkSize: MB, totalChunkCount: 3 }, 'under 5 MB'],
    [{ videoSize: 12 * MB, chunkSize: 5 * MB, totalChunkCount: 3 }, 'floor'],
    [{ videoSize: 12 * MB, chunkSize: 4 * MB, totalChunkCount: 3 }, '5 MB and 64 MB'],
    [{ videoSize: 140 * MB, chunkSize: 70 * MB, totalChunkCount: 2 }, '5 MB and 64 MB'],
    [{ videoSize: 200 * MB, chunkSize: 64 * MB, totalChunkCount: 1 }, 'floor'],
    [{ videoSize: 190 * MB, chunkSize: 60 * MB, totalChunkCount: 1 }, 'floor'],
    [{ videoSize: 4097 * MB, chunkSize: 5 * MB, totalChunkCount: 819 }, '4 GB'],
    [{ videoSize: 0, chunkSize: 0, totalChunkCount: 1 }, 'video_size'],
  ])('refuses %j', (plan, message) => {
    expect(() => checkChunkPlan(plan)).toThrow(TikTokApiError);
    expect(() => checkChunkPlan(plan)).toThrow(message);
  });

  it('the last chunk takes the remainder', () => {
    const plan = { videoSize: 12 * MB, chunkSize: 5 * MB, totalChunkCount: 2 };
    expect(chunkRange(plan, 0)).toEqual({ first: 0, last: 5 * MB - 1 });
    expect(chunkRange(plan, 1)).toEqual({ first: 5 * MB, last: 12 * MB - 1 });
  });
});

describe('TikTok desktop redirect URIs (reference 6.1)', () => {
  const registered = ['http://127.0.0.1:*/callback/', 'https://localhost:3455/callback/'];
  it.each([
    ['http://127.0.0.1:53123/callback/', true],
    ['http://127.0.0.1:1/callback/', true],
    ['https://localhost:3455/callback/', true],
    ['https://localhost:3456/callback/', false],
    ['http://localhost:53123/callback/', false],
    ['http://127.0.0.1:53123/callback', false],
    ['http://127.0.0.1/callback/', false],
    ['http://127.0.0.1:53123/callback/?a=1', false],
    ['http://127.0.0.1:53123/callback/#x', false],
    ['not a url', false],
  ])('%s -> %s', (uri, expected) => {
    expect(matchesRegisteredUri(uri, registered)).toBe(expected);
  });
});

describe('scheduled_publish_time (reference 3)', () => {
  const now = Date.UTC(2026, 0, 15, 9);
  it('reads Unix seconds, ISO 8601 and relative strings', () => {
    expect(parseScheduledTime(String(now / 1000 + 3600), now)).toBe(now + 3_600_000);
    expect(parseScheduledTime('2026-01-15T10:00:00Z', now)).toBe(now + 3_600_000);
    expect(parseScheduledTime('+2 days', now)).toBe(now + 2 * 86_400_000);
    expect(() => parseScheduledTime('tomorrow-ish', now)).toThrow();
  });

  it('keeps the window at 10 minutes to 30 days', () => {
    expect(checkScheduleWindowError(now + 10 * 60_000, now)).toBeNull();
    expect(checkScheduleWindowError(now + 30 * 86_400_000, now)).toBeNull();
    expect(checkScheduleWindowError(now + 10 * 60_000 - 1, now)).toContain('invalid');
    expect(checkScheduleWindowError(now + 30 * 86_400_000 + 1, now)).toContain('invalid');
  });
});

describe('Instagram media checks (reference 2.4)', () => {
  it('takes JPEG from 4:5 to 1.91:1 and refuses other formats and ratios', () => {
    expect(checkImage(makeJpeg(1080, 1350), 10_000, true)).toEqual({ width: 1080, height: 1350 });
    expect(checkImage(makeJpeg(1910, 1000), 10_000, true)).toEqual({ width: 1910, height: 1000 });
    expect(checkImage(makeJpeg(1080, 1351), 10_000, true)).toMatchObject({ code: 36003, subcode: 2207009 });
    expect(checkImage(makeJpeg(1080, 1920), 10_000, false)).toEqual({ width: 1080, height: 1920 });
    expect(checkImage(makePng(100, 100), 10_000, true)).toMatchObject({ code: 36001, subcode: 2207005 });
    expect(checkImage(makeJpeg(100, 100), 8 * 1024 * 1024 + 1, true)).toMatchObject({ code: 36000, subcode: 2207004 });
  });

  it('takes reels of 3 s to 15 min and stories up to 60 s', () => {
    expect(isFailure(checkVideo(makeMp4({ durationMs: 3_000 }), 1_000, 'REELS'))).toBe(false);
    expect(isFailure(checkVideo(makeMp4({ durationMs: 900_000 }), 1_000, 'REELS'))).toBe(false);
    expect(checkVideo(makeMp4({ durationMs: 900_001 }), 1_000, 'REELS')).toMatchObject({ subcode: 2207026 });
    expect(checkVideo(makeMp4({ durationMs: 61_000 }), 1_000, 'STORIES')).toMatchObject({ subcode: 2207026 });
    expect(checkVideo(makeMp4({ durationMs: 30_000 }), 101 * 1024 * 1024, 'STORIES')).toMatchObject({ subcode: 2207026 });
  });
});
