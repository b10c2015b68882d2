import { headerValue, type SandboxRequest } from '../core/sandboxHttp';
import { checkToken, tokenFromAuthorization } from '../world/accessTokens';
import type { AccessTokenRecord, TikTokUserRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { TikTokApiError } from './tiktokErrors';

/** Bearer access tokens on open.tiktokapis.com, and the scopes each endpoint needs (reference 6.2). */
export interface TikTokCaller {
  token: string;
  record: AccessTokenRecord;
  user: TikTokUserRecord;
}

export function authenticateTikTok(world: SandboxWorld, request: SandboxRequest): TikTokCaller {
  const token = tokenFromAuthorization(headerValue(request, 'authorization'));
  const invalid = () => new TikTokApiError('access_token_invalid', 'The access token is invalid or not found in the request.');
  if (!token) throw invalid();
  const check = checkToken(world, token);
  if (!check.ok || check.record.platform !== 'tiktok' || check.record.kind !== 'user') throw invalid();
  const user = world.state.tiktok.users[check.record.userId];
  if (!user) throw invalid();
  return { token, record: check.record, user };
}

export function requireScope(caller: TikTokCaller, anyOf: string[]): void {
  if (!anyOf.some((scope) => caller.record.scopes.includes(scope))) {
    throw new TikTokApiError('scope_not_authorized', `The user did not authorize the scope required for completing this request (${anyOf.join(' or ')}).`);
  }
}
