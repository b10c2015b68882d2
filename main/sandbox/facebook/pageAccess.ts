import { grantedPermissions, requireAuth } from '../meta/graphAuth';
import { GraphError, permissionError } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import type { MetaPageRecord } from '../world/sandboxState';

/**
 * Publishing to a Page takes that Page's token with pages_manage_posts and pages_read_engagement
 * (reference 1.7), plus publish_video for video (reference 3). A user token gets Graph's code 200
 * answer for posting as a user.
 */
export function requirePageToken(call: GraphCall, page: MetaPageRecord, permissions: string[]): void {
  const auth = requireAuth(call);
  if (auth.kind !== 'page' || auth.subjectId !== page.id) {
    throw new GraphError({
      code: 200,
      message:
        '(#200) If posting to a group, requires app being installed in the group, and either publish_to_groups permission with user token, or both pages_read_engagement and pages_manage_posts permission with page token; If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission',
    });
  }
  const granted = grantedPermissions(call.world, auth);
  const missing = permissions.filter((permission) => !granted.has(permission));
  if (missing.length > 0) throw permissionError(200, `This endpoint requires the ${missing.map((name) => `'${name}'`).join(', ')} permission`);
}

export const POSTING_PERMISSIONS = ['pages_manage_posts', 'pages_read_engagement'];
