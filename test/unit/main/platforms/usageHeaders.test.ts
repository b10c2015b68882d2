import { describe, expect, it } from 'vitest';
import {
  parseAppUsageHeader,
  parseBusinessUseCaseUsageHeader,
  peakPercent,
  readUsageHeaders,
} from '../../../../main/platforms/usageHeaders';

describe('X-App-Usage', () => {
  it('reads the three percentages', () => {
    expect(parseAppUsageHeader('{"call_count":28,"total_time":25,"total_cputime":91}')).toEqual({
      callCount: 28,
      totalTime: 25,
      totalCputime: 91,
    });
  });

  it('treats a missing percentage as 0', () => {
    expect(parseAppUsageHeader('{"call_count":7}')).toEqual({ callCount: 7, totalTime: 0, totalCputime: 0 });
  });

  it.each([
    ['missing', undefined],
    ['not JSON', 'call_count=5'],
    ['truncated JSON', '{"call_count":5,'],
    ['an array', '[1,2,3]'],
    ['a string percentage', '{"call_count":"high"}'],
    ['a negative percentage', '{"call_count":-4}'],
    ['not a string', 42],
  ])('is absent when %s', (_name, value) => {
    expect(parseAppUsageHeader(value)).toBeUndefined();
  });
});

describe('X-Business-Use-Case-Usage', () => {
  const header = JSON.stringify({
    '112233': [
      { type: 'pages', call_count: 95, total_cputime: 10, total_time: 12, estimated_time_to_regain_access: 0 },
    ],
    '17841400000000001': [
      { type: 'instagram', call_count: 100, total_cputime: 4, total_time: 5, estimated_time_to_regain_access: 17, ads_api_access_tier: 'standard_access' },
    ],
  });

  it('reads every id and entry', () => {
    expect(parseBusinessUseCaseUsageHeader(header)).toEqual({
      '112233': [{ type: 'pages', callCount: 95, totalCputime: 10, totalTime: 12, estimatedMinutesToRegainAccess: 0 }],
      '17841400000000001': [
        { type: 'instagram', callCount: 100, totalCputime: 4, totalTime: 5, estimatedMinutesToRegainAccess: 17 },
      ],
    });
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '<html>'],
    ['entries that are not a list', '{"112233":{"type":"pages"}}'],
    ['a list at the top', '[{"type":"pages"}]'],
    ['a minutes value that is text', '{"1":[{"estimated_time_to_regain_access":"soon"}]}'],
  ])('is absent when %s', (_name, value) => {
    expect(parseBusinessUseCaseUsageHeader(value)).toBeUndefined();
  });
});

describe('readUsageHeaders', () => {
  it('finds both headers whatever their case', () => {
    const usage = readUsageHeaders({
      'X-App-Usage': '{"call_count":1,"total_time":2,"total_cputime":3}',
      'x-business-use-case-usage': '{"9":[{"type":"pages","call_count":4}]}',
    });
    expect(usage.appUsage?.totalCputime).toBe(3);
    expect(usage.businessUseCaseUsage?.['9']?.[0]?.callCount).toBe(4);
  });

  it('reads a malformed header as absent without losing the other', () => {
    expect(readUsageHeaders({ 'x-app-usage': '{oops', 'x-business-use-case-usage': '{"9":[]}' })).toEqual({
      businessUseCaseUsage: { '9': [] },
    });
  });

  it('is empty with no usage headers', () => {
    expect(readUsageHeaders({ 'content-type': 'application/json' })).toEqual({});
  });
});

it('peakPercent is the highest of the three figures', () => {
  expect(peakPercent({ callCount: 12, totalCputime: 93, totalTime: 40 })).toBe(93);
});
