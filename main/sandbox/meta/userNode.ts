import { revokeTokens } from '../world/accessTokens';
import type { MetaUserRecord } from '../world/sandboxState';
import { requirePermissions } from './graphAuth';
import { invalidParameter } from './graphError';
import type { GraphCall, NodeType } from './graphNode';
import { parseFields } from './fieldsParam';
import { readParams } from './graphParams';
import { metaPermissions } from './metaPermissions';
import { pageOf, renderNode } from './renderFields';
import type { PageNodeType } from '../facebook/pageNode';

/**
 * The Facebook user (`/me` with a user token): profile fields, /me/accounts (the Pages with
 * their Page tokens, reference 1.4), /me/permissions (reference 1.6) and revoking them
 * (DELETE; revoking all removes the app and invalidates the user's tokens: 190/458).
 */
const ACCOUNTS_DEFAULT_FIELDS = 'access_token,category,category_list,name,id,tasks';

function permissionRows(user: MetaUserRecord) {
  const order = (name: string) => {
    const index = (metaPermissions as readonly string[]).indexOf(name);
    return index < 0 ? 999 : index;
  };
  return Object.entries(user.permissions)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([permission, status]) => ({ permission, status }));
}

export function createUserNodeType(pageNode: () => PageNodeType): NodeType<MetaUserRecord> {
  return {
    typeName: 'User',
    hosts: ['facebook'],
    find: (world, id) => world.state.meta.users[id],
    idOf: (user) => user.id,
    visible: (call, user) => call.auth?.userId === user.id,
    fields: (call, user) => ({
      id: () => user.id,
      name: () => user.name,
      first_name: () => user.name.split(' ')[0],
      last_name: () => user.name.split(' ').slice(1).join(' '),
      email: () => (user.permissions.email === 'granted' ? user.email : undefined),
      picture: () => ({ data: { height: 50, width: 50, is_silhouette: false, url: `${call.world.urls.cdn}/profile/${user.id}.jpg` } }),
    }),
    defaultFields: ['name', 'id'],
    edgesWithSubPath: ['permissions'],
    edges: {
      '': {},
      accounts: {
        GET: (call: GraphCall, user) => {
          const p = readParams(call.params, { limit: { type: 'int', min: 1 }, after: { type: 'string' }, before: { type: 'string' } });
          requirePermissions(call, ['pages_show_list'], 200);
          const selection = parseFields(typeof call.params.fields === 'string' ? call.params.fields : ACCOUNTS_DEFAULT_FIELDS);
          const pages = user.pageIds.map((id) => call.world.state.meta.pages[id]).filter((page) => page !== undefined);
          return pageOf(call, pages, (page) => renderNode(call, pageNode(), page, selection), p.limit, p.after);
        },
      },
      permissions: {
        GET: (call, user) => {
          readParams(call.params, {});
          const [permission] = call.extraPath;
          const rows = permissionRows(user).filter((row) => permission === undefined || row.permission === permission);
          return { data: rows };
        },
        DELETE: (call, user) => {
          readParams(call.params, {});
          const [permission] = call.extraPath;
          if (permission === undefined) {
            // Removing every permission removes the app: all the user's tokens stop working (190/458).
            user.permissions = {};
            revokeTokens(call.world, { platform: 'meta', userId: user.id }, 'app_removed');
            return { success: true };
          }
          if (!(permission in user.permissions)) throw invalidParameter(`(#100) The permission ${permission} has not been granted to this app`);
          if (permission === 'public_profile') throw invalidParameter('(#100) public_profile cannot be revoked without removing the app');
          user.permissions[permission] = 'declined';
          return { success: true };
        },
      },
    },
  };
}
