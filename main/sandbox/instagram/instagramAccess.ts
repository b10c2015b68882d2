import { grantedPermissions, requireAuth } from '../meta/graphAuth';
import { permissionError } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { managesPage } from '../meta/pageTokens';
import type { InstagramAccountRecord } from '../world/sandboxState';

/**
 * Who may act on an Instagram professional account, on each path:
 *  - graph.facebook.com: a user who manages the linked Page (user token or that Page's token),
 *    with instagram_basic, + instagram_content_publish to publish, + instagram_manage_insights for
 *    insights, + instagram_manage_comments for comments, and pages_read_engagement or
 *    pages_show_list (reference 1.7);
 *  - graph.instagram.com: the account's own Instagram Login token with the instagram_business_*
 *    scopes (reference 1.8).
 * Missing permissions answer code 10 (reference 5.1: 10 / 200-299 = permission).
 */
export type InstagramNeed = 'basic' | 'publish' | 'insights' | 'comments';

const facebookPath: Record<InstagramNeed, string[]> = {
  basic: ['instagram_basic'],
  publish: ['instagram_basic', 'instagram_content_publish'],
  insights: ['instagram_basic', 'instagram_manage_insights'],
  comments: ['instagram_basic', 'instagram_manage_comments'],
};

const instagramPath: Record<InstagramNeed, string[]> = {
  basic: ['instagram_business_basic'],
  publish: ['instagram_business_basic', 'instagram_business_content_publish'],
  insights: ['instagram_business_basic', 'instagram_business_manage_insights'],
  comments: ['instagram_business_basic', 'instagram_business_manage_comments'],
};

export function canSeeAccount(call: GraphCall, account: InstagramAccountRecord): boolean {
  if (call.host === 'instagram') return call.auth?.platform === 'instagram' && call.auth.subjectId === account.id;
  return account.pageId !== null && managesPage(call.world, call.auth, account.pageId);
}

export function requireInstagramAccess(call: GraphCall, _account: InstagramAccountRecord, need: InstagramNeed): void {
  const auth = requireAuth(call);
  const granted = grantedPermissions(call.world, auth);
  const required = call.host === 'instagram' ? instagramPath[need] : facebookPath[need];
  const missing = required.filter((permission) => !granted.has(permission));
  if (call.host === 'facebook' && !granted.has('pages_read_engagement') && !granted.has('pages_show_list')) missing.push('pages_read_engagement');
  if (missing.length > 0) {
    throw permissionError(10, `Application does not have permission for this action (missing: ${missing.join(', ')})`);
  }
}
