import { describe, expect, it } from 'vitest';
import { ERROR_TABLES, classifyFailure, type ErrorRow } from '../../../../main/platforms/errorClassification';
import type { FailurePattern, Match } from '../../../../main/platforms/errorTables/errorRow';
import type { NetworkName, PlatformFailure, PlatformName } from '../../../../main/platforms/platformFailure';
import { toPlatformError } from '../../../../main/platforms/toPlatformError';

/**
 * The error tables as the owner meets them: every row says what happened and what to do in
 * sentences without raw codes, every row can be reached (none is shadowed by an earlier, more
 * general one), and every code the reference lists in sections 5.2 and 6.2 has a row of its own.
 */

const NETWORK: Record<PlatformName, NetworkName> = { meta: 'metaGraph', tiktok: 'tiktokApi' };
const NOW = new Date('2026-12-01T08:00:00.000Z');
const tables = Object.entries(ERROR_TABLES) as [PlatformName, readonly ErrorRow[]][];
const rows = tables.flatMap(([platform, table]) => table.map((row, index) => ({ platform, row, index })));
const rowName = ({ platform, row, index }: (typeof rows)[number]) => `${platform} #${index} ${JSON.stringify(row.when)}`;

/** Every value a match covers (a range enumerated), or `[undefined]` when the pattern leaves it open. */
function valuesOf(match: Match | undefined): (number | undefined)[] {
  if (match === undefined) return [undefined];
  if (typeof match === 'number') return [match];
  return Array.from({ length: match[1] - match[0] + 1 }, (_, offset) => match[0] + offset);
}

/**
 * The failures a row's own `when` describes: each value of each range, each transport fault it
 * lists, nothing else set. A row none of them reaches can never match: a defect.
 */
function failuresOf(platform: PlatformName, when: FailurePattern): PlatformFailure[] {
  const failures: PlatformFailure[] = [];
  for (const httpStatus of valuesOf(when.httpStatus)) {
    for (const code of valuesOf(when.code)) {
      for (const subcode of valuesOf(when.subcode)) {
        for (const transport of when.transport ?? [undefined]) {
          failures.push({
            platform,
            network: NETWORK[platform],
            usage: {},
            ...(httpStatus !== undefined && { httpStatus }),
            ...(code !== undefined && { code }),
            ...(subcode !== undefined && { subcode }),
            ...(when.errorCode !== undefined && { errorCode: when.errorCode }),
            ...(when.isTransient && { isTransient: true }),
            ...(transport !== undefined && { transport }),
          });
        }
      }
    }
  }
  return failures;
}

/** The raw identifiers a row names, which the owner's words must never repeat. */
function rawIdentifiers(when: FailurePattern): string[] {
  const numbers = [when.httpStatus, when.code, when.subcode].flatMap((match) => (match === undefined ? [] : typeof match === 'number' ? [match] : [...match]));
  return [...numbers.filter((value) => Math.abs(value) >= 10).map(String), ...(when.errorCode ? [when.errorCode] : []), ...(when.transport ?? [])];
}

describe('the owner’s words in the error tables', () => {
  it.each(rows.map((entry) => [rowName(entry), entry.row] as const))('%s says what happened and what to do in sentences', (_name, row) => {
    for (const text of [row.meaning, row.action]) {
      expect(text).toMatch(/^[A-Z][^]*[.]$/);
      expect(text).not.toMatch(/\s{2}|\.\./);
      // There is no Outpost server and no support desk to contact.
      expect(text).not.toMatch(/\bsupport\b/i);
      for (const identifier of rawIdentifiers(row.when)) expect(text).not.toContain(identifier);
    }
    expect(row.action).not.toBe(row.meaning);
  });

  it('gives every row a source', () => {
    for (const { row } of rows) {
      // Reference tags, a standard, or "<who> (code)" for a fact seen only in working client code.
      expect(row.source).toMatch(/^(\[S\d+b?\]( \[S\d+b?\])*|RFC \d+ [\d.]+|[a-z]+( [a-z]+)? \(code\)|network|default)$/);
    }
  });

  it('builds each error from its row: the meaning is the message, the action is the action', () => {
    for (const { platform, row } of rows) {
      const failure = failuresOf(platform, row.when).find((candidate) => classifyFailure(candidate) === row);
      if (!failure) throw new Error(`No failure reaches ${JSON.stringify(row.when)} (see the order tests).`);
      const error = toPlatformError({ ...failure, reason: 'The platform’s own words.', traceId: 'trace-1' }, NOW);
      expect(error.message).toBe(row.meaning);
      expect(error.action).toBe(row.action);
      expect(error.reason).toBe('The platform’s own words.');
      expect(error.details).toMatchObject({ traceId: 'trace-1', classifiedBy: row.source });
    }
  });
});

describe('the order of the error tables', () => {
  it.each(tables)('%s ends with a catch-all', (_platform, table) => {
    expect(table.at(-1)?.when).toEqual({});
    expect(table.filter((row) => Object.keys(row.when).length === 0)).toHaveLength(1);
  });

  it.each(rows.map((entry) => [rowName(entry), entry] as const))('%s is reached by a failure built from its own pattern', (_name, { platform, row }) => {
    const failures = failuresOf(platform, row.when);
    const reaching = failures.filter((failure) => classifyFailure(failure) === row);
    if (row.when.transport) {
      // Each fault a row lists must reach it: a listed one taken by an earlier row is a defect.
      expect(reaching).toHaveLength(failures.length);
    } else {
      expect(reaching.length).toBeGreaterThan(0);
    }
  });
});

describe('the reference’s codes each have a row of their own', () => {
  const meta = (fields: Partial<PlatformFailure>): PlatformFailure => ({ platform: 'meta', network: 'metaGraph', httpStatus: 400, usage: {}, ...fields });
  const rowNaming = (failure: PlatformFailure) => classifyFailure(failure).when;

  // 5.2: the Error Codes page's pairs, then postiz's subcodes (with code 100, so the subcode must win).
  const instagramPairs: [number, number][] = [
    [-2, 2207003],
    [-2, 2207020],
    [-1, 2207001],
    [-1, 2207032],
    [-1, 2207053],
    [1, 2207057],
    [4, 2207051],
    [9, 2207042],
    [36000, 2207004],
  ];
  const instagramSubcodes = [2207050, 2207023, 2207026, 2207005, 2207006, 2207008, 2207009, 2207010, 2207028, 2207052, 2207077, 2207081, 2207082];
  const instagramCodes = [36001, 36003];
  const facebookSubcodes = [1366046, 1390008, 1346003, 1404078, 1366051, 1609008, 2061006, 4854002, 1363047, 1609010];
  // 6.2: TikTok's error codes and fail reasons.
  const tiktokCodes = [
    'privacy_level_option_mismatch',
    'url_ownership_unverified',
    'unaudited_client_can_only_post_to_private_accounts',
    'reached_active_user_cap',
    'spam_risk_too_many_posts',
    'spam_risk_too_many_pending_share',
    'spam_risk_user_banned_from_posting',
    'rate_limit_exceeded',
    'scope_not_authorized',
    'access_token_invalid',
    'duration_check_failed',
    'frame_rate_check_failed',
    'picture_size_check_failed',
    'video_pull_failed',
    'photo_pull_failed',
  ];

  it.each(instagramPairs)('Instagram %i / %i', (code, subcode) => {
    expect(rowNaming(meta({ code, subcode }))).toMatchObject({ subcode });
  });

  it.each(instagramSubcodes)('Instagram subcode %i', (subcode) => {
    expect(rowNaming(meta({ code: 100, subcode }))).toEqual({ subcode });
  });

  it.each(instagramCodes)('Instagram code %i', (code) => {
    expect(rowNaming(meta({ code }))).toEqual({ code });
  });

  it.each(facebookSubcodes)('Facebook subcode %i', (subcode) => {
    expect(rowNaming(meta({ code: 100, subcode }))).toEqual({ subcode });
  });

  it.each(tiktokCodes)('TikTok %s', (errorCode) => {
    expect(rowNaming({ platform: 'tiktok', network: 'tiktokApi', httpStatus: 400, errorCode, usage: {} })).toEqual({ errorCode });
  });
});
