import { recordIssuedSecret } from './secretLedger';
import type { SandboxClock } from '../core/clock';
import { seededString, type SeededRandom } from '../core/seededRandom';
import type { SandboxUrls } from '../urlLayout';
import type { SandboxSettings } from './sandboxSettings';
import type { SandboxState } from './sandboxState';

/**
 * What every handler works with: the state, the clock, the seed, the settings and the URLs, plus
 * the deterministic factories for ids and secrets. One object, passed in, so handlers are plain
 * functions of (world, request).
 */
export interface SandboxWorld {
  state: SandboxState;
  readonly clock: SandboxClock;
  readonly seed: string;
  readonly settings: SandboxSettings;
  readonly urls: SandboxUrls;
  /** Request-order randomness (fault decisions, trace ids). */
  readonly random: SeededRandom;
}

const DIGITS = '0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh serial number; every id and secret the sandbox makes is derived from one. */
export function nextSerial(world: SandboxWorld): number {
  world.state.serial += 1;
  return world.state.serial;
}

/** Graph-style numeric ids with a per-kind prefix, e.g. Instagram media ids of 17 digits. */
const idShapes = {
  igContainer: { prefix: '178', digits: 14 },
  igMedia: { prefix: '179', digits: 14 },
  fbPost: { prefix: '1220', digits: 11 },
  fbPhoto: { prefix: '1230', digits: 11 },
  fbVideo: { prefix: '1240', digits: 11 },
  fbUploadSession: { prefix: '1250', digits: 11 },
  igComment: { prefix: '180', digits: 14 },
  fbComment: { prefix: '1260', digits: 11 },
  tiktokVideo: { prefix: '74', digits: 17 },
} as const;

export type IdKind = keyof typeof idShapes;

export function newId(world: SandboxWorld, kind: IdKind): string {
  const { prefix, digits } = idShapes[kind];
  return `${prefix}${String(nextSerial(world)).padStart(digits, '0')}`;
}

/** Token and code shapes close to the real ones, so client-side redaction sees realistic input. */
const secretShapes = {
  metaUserToken: (s: string) => `EAA${s.slice(0, 150)}`,
  metaPageToken: (s: string) => `EAA${s.slice(0, 160)}`,
  metaCode: (s: string) => `AQ${s.slice(0, 180)}`,
  instagramToken: (s: string) => `IGAA${s.slice(0, 140)}`,
  instagramCode: (s: string) => `AQ${s.slice(0, 120)}`,
  // TikTok access and refresh tokens: act.… / rft.… (reference 6.1 token response).
  tiktokAccessToken: (s: string) => `act.${s.slice(0, 60)}!${s.slice(60, 64)}.va`,
  tiktokRefreshToken: (s: string) => `rft.${s.slice(0, 60)}!${s.slice(60, 64)}.va`,
  // TikTok client access tokens (the app's own, grant_type=client_credentials): clt.…
  tiktokClientToken: (s: string) => `clt.${s.slice(0, 60)}!${s.slice(60, 64)}.va`,
  // TikTok codes contain characters that must be URL-decoded (reference 6.1: "code (URL-decoded)").
  tiktokCode: (s: string) => `${s.slice(0, 40)}*0!${s.slice(40, 44)}.va`,
  consentId: (s: string) => s.slice(0, 24),
  traceId: (s: string) => `A${s.slice(0, 22)}`,
  uploadToken: (s: string) => s.slice(0, 48),
  cdnSignature: (s: string) => s.slice(0, 32),
} as const;

export type SecretKind = keyof typeof secretShapes;

/** The kinds that grant access; the secret ledger records these. */
const CREDENTIAL_KINDS: ReadonlySet<SecretKind> = new Set([
  'metaUserToken',
  'metaPageToken',
  'metaCode',
  'instagramToken',
  'instagramCode',
  'tiktokAccessToken',
  'tiktokRefreshToken',
  'tiktokClientToken',
  'tiktokCode',
]);

export function newSecret(world: SandboxWorld, kind: SecretKind): string {
  const secret = secretShapes[kind](seededString(ALNUM, 200, world.seed, kind, nextSerial(world)));
  if (CREDENTIAL_KINDS.has(kind)) recordIssuedSecret(secret);
  return secret;
}

export function newNumericString(world: SandboxWorld, length: number, label: string): string {
  return seededString(DIGITS, length, world.seed, label, nextSerial(world));
}
