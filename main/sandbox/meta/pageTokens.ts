import { issueToken } from '../world/accessTokens';
import type { AccessTokenRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';

/**
 * Page access tokens (reference 1.4): asked for with a user token of someone who manages the
 * Page. One obtained with a short-lived user token lasts as long as that token (~1 h); one
 * obtained with a long-lived user token has no expiry. A Page token dies with its user token.
 * The same user token always yields the same Page token.
 */
export function pageTokenFor(world: SandboxWorld, callerToken: string, caller: AccessTokenRecord, pageId: string): string | undefined {
  if (caller.kind === 'page') return caller.subjectId === pageId ? callerToken : undefined;
  if (caller.kind !== 'user' || caller.platform !== 'meta') return undefined;
  const user = world.state.meta.users[caller.userId];
  if (!user?.pageIds.includes(pageId)) return undefined;
  const existing = Object.entries(world.state.tokens).find(
    ([, record]) => record.kind === 'page' && record.parentToken === callerToken && record.subjectId === pageId,
  );
  if (existing) return existing[0];
  const lifetimeMs = caller.longLived || caller.expiresAt === null ? null : Math.max(caller.expiresAt - world.clock.now(), 0);
  return issueToken(world, {
    platform: 'meta',
    kind: 'page',
    subjectId: pageId,
    userId: caller.userId,
    appId: caller.appId,
    lifetimeMs,
    longLived: lifetimeMs === null,
    parentToken: callerToken,
    secretKind: 'metaPageToken',
  }).token;
}

/** Whether the token acts for someone who manages this Page (its user, or the Page itself). */
export function managesPage(world: SandboxWorld, auth: AccessTokenRecord | null, pageId: string): boolean {
  if (!auth || auth.platform !== 'meta') return false;
  if (auth.kind === 'page') return auth.subjectId === pageId;
  if (auth.kind === 'user') return world.state.meta.users[auth.userId]?.pageIds.includes(pageId) ?? false;
  return false;
}
