import { jsonResponse, type SandboxResponse } from '../core/sandboxHttp';
import { seededString } from '../core/seededRandom';
import { nextSerial, type SandboxWorld } from '../world/sandboxWorld';

/**
 * TikTok's two error shapes:
 *  - API v2 (reference 6.2; TikTok's error-handling page): {"data":{},"error":{"code","message","log_id"}},
 *    with "ok" on success; HTTP 400 invalid_params, 401 access_token_invalid / scope_not_authorized /
 *    scope_permission_missed, 429 rate_limit_exceeded, 500 internal_error;
 *  - OAuth (reference 6.1): {"error","error_description","log_id"}.
 */
export class TikTokApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = statusFor(code),
  ) {
    super(message);
  }
}

export class TikTokOAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

function statusFor(code: string): number {
  switch (code) {
    case 'access_token_invalid':
    case 'scope_not_authorized':
    case 'scope_permission_missed':
      return 401;
    case 'rate_limit_exceeded':
      return 429;
    case 'internal_error':
      return 500;
    case 'url_ownership_unverified':
    case 'unaudited_client_can_only_post_to_private_accounts':
    case 'spam_risk_too_many_posts':
    case 'spam_risk_too_many_pending_share':
    case 'reached_active_user_cap':
      return 403;
    default:
      return 400;
  }
}

/** TikTok log ids: a timestamp followed by hex. */
export function newLogId(world: SandboxWorld): string {
  const stamp = new Date(world.clock.now()).toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}${seededString('0123456789ABCDEF', 18, world.seed, 'log-id', nextSerial(world))}`;
}

/**
 * An int64 written as a bare JSON number with every digit, as TikTok does for ids such as
 * publicaly_available_post_id (19 digits, beyond what a JavaScript number holds exactly): a
 * client must parse it without losing precision.
 */
export class Int64 {
  constructor(readonly digits: string) {}

  toJSON(): string {
    return `__int64:${this.digits}`;
  }
}

export function apiSuccess(world: SandboxWorld, data: unknown, status = 200): SandboxResponse {
  const text = JSON.stringify({ data, error: { code: 'ok', message: '', log_id: newLogId(world) } }).replace(/"__int64:(\d+)"/g, '$1');
  return { status, body: text, headers: { 'content-type': 'application/json; charset=UTF-8' } };
}

export function apiFailure(world: SandboxWorld, error: TikTokApiError): SandboxResponse {
  return jsonResponse(error.status, { data: {}, error: { code: error.code, message: error.message, log_id: newLogId(world) } });
}

export function oauthFailure(world: SandboxWorld, error: TikTokOAuthError): SandboxResponse {
  return jsonResponse(error.status, { error: error.error, error_description: error.description, log_id: newLogId(world) });
}
