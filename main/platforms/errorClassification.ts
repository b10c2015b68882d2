import type { ErrorRow, FailurePattern, Match } from './errorTables/errorRow';
import { META_ERROR_TABLE } from './errorTables/metaErrorTable';
import { TIKTOK_ERROR_TABLE } from './errorTables/tiktokErrorTable';
import type { PlatformFailure, PlatformName } from './platformFailure';

export type { ErrorRow, Outcome, ThrottleScope } from './errorTables/errorRow';

/**
 * One error table per platform (`errorTables/`), from platform failures to error classes and to
 * what the owner reads: each row's meaning (what happened) and action (what to do). A failure is
 * read against its own platform's table, top to bottom, first match wins; every table ends with
 * a catch-all.
 */
export const ERROR_TABLES: Readonly<Record<PlatformName, readonly ErrorRow[]>> = {
  meta: META_ERROR_TABLE,
  tiktok: TIKTOK_ERROR_TABLE,
};

export function classifyFailure(failure: PlatformFailure): ErrorRow {
  const row = ERROR_TABLES[failure.platform].find((candidate) => matches(candidate.when, failure));
  // Every table ends with a row that matches everything, so this only guards against removing it.
  if (!row) throw new Error(`The ${failure.platform} error table has no catch-all row.`);
  return row;
}

/**
 * The code Meta pairs with an Instagram subcode in the Error Codes page (-2 with 2207020, -1 with
 * 2207053, ...), for a failure that names only the subcode: a container's ERROR or EXPIRED status.
 */
export function metaCodePairedWith(subcode: number): number | undefined {
  const row = META_ERROR_TABLE.find((candidate) => candidate.when.subcode === subcode && typeof candidate.when.code === 'number');
  return typeof row?.when.code === 'number' ? row.when.code : undefined;
}

function matches(pattern: FailurePattern, failure: PlatformFailure): boolean {
  return (
    inMatch(pattern.httpStatus, failure.httpStatus) &&
    inMatch(pattern.code, failure.code) &&
    inMatch(pattern.subcode, failure.subcode) &&
    (pattern.errorCode === undefined || pattern.errorCode === failure.errorCode) &&
    (pattern.isTransient === undefined || failure.isTransient === true) &&
    (pattern.transport === undefined || (failure.transport !== undefined && pattern.transport.includes(failure.transport)))
  );
}

function inMatch(match: Match | undefined, value: number | undefined): boolean {
  if (match === undefined) return true;
  if (value === undefined) return false;
  return typeof match === 'number' ? value === match : value >= match[0] && value <= match[1];
}
