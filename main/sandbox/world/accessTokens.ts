import { createHash } from 'node:crypto';
import type { AccessTokenRecord, Platform, TokenInvalidation } from './sandboxState';
import { newSecret, type SandboxWorld, type SecretKind } from './sandboxWorld';

/**
 * Tokens for every platform live in one table. A token is good when it exists, has not expired
 * on the sandbox clock, was not invalidated, and (for a Page token) its user token is good too.
 */
export type TokenProblem =
  | { kind: 'unknown' }
  | { kind: 'expired'; expiresAt: number }
  | { kind: 'invalidated'; invalidation: TokenInvalidation };

export type TokenCheck = { ok: true; record: AccessTokenRecord } | { ok: false; problem: TokenProblem; record: AccessTokenRecord | null };

export interface IssueTokenInput {
  platform: Platform;
  kind: AccessTokenRecord['kind'];
  subjectId: string;
  userId: string;
  appId: string;
  scopes?: string[];
  lifetimeMs: number | null;
  longLived?: boolean;
  parentToken?: string | null;
  secretKind: SecretKind;
}

export function issueToken(world: SandboxWorld, input: IssueTokenInput): { token: string; record: AccessTokenRecord } {
  const token = newSecret(world, input.secretKind);
  const now = world.clock.now();
  const record: AccessTokenRecord = {
    platform: input.platform,
    kind: input.kind,
    subjectId: input.subjectId,
    userId: input.userId,
    appId: input.appId,
    scopes: input.scopes ?? [],
    issuedAt: now,
    expiresAt: input.lifetimeMs === null ? null : now + input.lifetimeMs,
    longLived: input.longLived ?? false,
    parentToken: input.parentToken ?? null,
    invalidated: null,
  };
  world.state.tokens[token] = record;
  return { token, record };
}

export function checkToken(world: SandboxWorld, token: string): TokenCheck {
  const record = world.state.tokens[token];
  if (!record) return { ok: false, problem: { kind: 'unknown' }, record: null };
  if (record.invalidated) return { ok: false, problem: { kind: 'invalidated', invalidation: record.invalidated }, record };
  if (record.expiresAt !== null && record.expiresAt <= world.clock.now()) {
    return { ok: false, problem: { kind: 'expired', expiresAt: record.expiresAt }, record };
  }
  if (record.parentToken) {
    const parent = checkToken(world, record.parentToken);
    if (!parent.ok) return { ok: false, problem: parent.problem, record };
  }
  return { ok: true, record };
}

export interface TokenFilter {
  platform?: Platform;
  token?: string;
  userId?: string;
  kind?: AccessTokenRecord['kind'];
}

function selected(world: SandboxWorld, filter: TokenFilter): [string, AccessTokenRecord][] {
  return Object.entries(world.state.tokens).filter(
    ([token, record]) =>
      (filter.token === undefined || filter.token === token) &&
      (filter.platform === undefined || filter.platform === record.platform) &&
      (filter.userId === undefined || filter.userId === record.userId) &&
      (filter.kind === undefined || filter.kind === record.kind),
  );
}

/** Makes matching tokens expire now (a fault knob). Returns how many were touched. */
export function expireTokens(world: SandboxWorld, filter: TokenFilter): number {
  const now = world.clock.now();
  const hits = selected(world, filter);
  for (const [, record] of hits) record.expiresAt = Math.min(record.expiresAt ?? now, now);
  return hits.length;
}

export const invalidations = {
  app_removed: { reason: 'app_removed', subcode: 458 },
  checkpointed: { reason: 'checkpointed', subcode: 459 },
  password_changed: { reason: 'password_changed', subcode: 460 },
  logged_out: { reason: 'logged_out', subcode: 467 },
} as const satisfies Record<string, TokenInvalidation>;

export type RevokeReason = keyof typeof invalidations;

export function revokeTokens(world: SandboxWorld, filter: TokenFilter, reason: RevokeReason = 'app_removed'): number {
  const hits = selected(world, filter);
  for (const [, record] of hits) record.invalidated = { ...invalidations[reason] };
  return hits.length;
}

/** A short, stable, non-secret label for a token (used as a rate-limit key, never printed back). */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/** Bearer / OAuth header value, if any. */
export function tokenFromAuthorization(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(header);
  return match ? (match[1] ?? null) : null;
}
