import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { GraphId, SuccessFlag, graphPath, queryParameters } from './graphConventions';

/** The signed-in Facebook user, and what they granted: the calls behind "connect a Page". */

export interface FacebookUser {
  id: string;
  name: string;
}

/** A Page the user manages, with its Page token (no expiry when derived from a long-lived user token [S11]). */
export interface ManagedPage {
  id: string;
  name: string;
  accessToken: string;
}

export interface GrantedPermission {
  permission: string;
  status: 'granted' | 'declined' | 'expired';
}

const MeResponse = z.object({ id: GraphId, name: z.string() });

const PagesResponse = z.object({
  data: z.array(z.object({ id: GraphId, name: z.string(), access_token: z.string().min(1) })),
  paging: z.object({ cursors: z.object({ after: z.string() }).optional(), next: z.string().optional() }).optional(),
});

const PageInstagramResponse = z.object({
  instagram_business_account: z.object({ id: GraphId }).optional(),
});

const PermissionsResponse = z.object({
  data: z.array(z.object({ permission: z.string(), status: z.enum(['granted', 'declined', 'expired']) })),
});

export function fetchFacebookUser(graph: PlatformHttp, { accessToken }: { accessToken: string }): Promise<FacebookUser> {
  return graph.request(
    { method: 'GET', url: graphPath('me'), params: queryParameters({ fields: 'id,name', access_token: accessToken }) },
    MeResponse,
  );
}

/**
 * Every Page the user manages, `GET /me/accounts?fields=name,access_token` (needs
 * `pages_show_list`) [S11], following the `after` cursor while Graph says there is a next page.
 */
export async function fetchManagedPages(graph: PlatformHttp, { accessToken }: { accessToken: string }): Promise<ManagedPage[]> {
  const pages: ManagedPage[] = [];
  let after: string | undefined;
  do {
    const response = await graph.request(
      {
        method: 'GET',
        url: graphPath('me', 'accounts'),
        params: queryParameters({ fields: 'id,name,access_token', after, access_token: accessToken }),
      },
      PagesResponse,
    );
    pages.push(...response.data.map((page) => ({ id: page.id, name: page.name, accessToken: page.access_token })));
    after = response.paging?.next ? response.paging.cursors?.after : undefined;
  } while (after !== undefined);
  return pages;
}

/** The Instagram professional account linked to a Page, or null when none is. */
export async function fetchPageInstagramAccountId(
  graph: PlatformHttp,
  { pageId, pageAccessToken }: { pageId: string; pageAccessToken: string },
): Promise<string | null> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(pageId),
      params: queryParameters({ fields: 'instagram_business_account', access_token: pageAccessToken }),
    },
    PageInstagramResponse,
  );
  return response.instagram_business_account?.id ?? null;
}

/**
 * `GET /me/permissions`: each permission with its status. The secretless way to check a token's
 * health, since `debug_token` needs an app token [S24] [S59].
 */
export async function fetchGrantedPermissions(
  graph: PlatformHttp,
  { accessToken }: { accessToken: string },
): Promise<GrantedPermission[]> {
  const response = await graph.request(
    { method: 'GET', url: graphPath('me', 'permissions'), params: queryParameters({ access_token: accessToken }) },
    PermissionsResponse,
  );
  return response.data;
}

/** `DELETE /me/permissions`: revokes every permission, which disconnects Outpost's app. */
export async function revokeAllPermissions(graph: PlatformHttp, { accessToken }: { accessToken: string }): Promise<boolean> {
  const response = await graph.request(
    { method: 'DELETE', url: graphPath('me', 'permissions'), params: queryParameters({ access_token: accessToken }) },
    SuccessFlag,
  );
  return response.success;
}

/** An Instagram professional account's name and handle, for the account picker. */
export interface InstagramProfile {
  id: string;
  username: string;
  name: string | null;
}

const InstagramProfileResponse = z.object({ id: GraphId, username: z.string(), name: z.string().optional() });

/** `GET /{ig-user-id}?fields=id,username,name` with the linked Page's token [S28]. */
export async function fetchInstagramProfile(
  graph: PlatformHttp,
  { instagramAccountId, accessToken }: { instagramAccountId: string; accessToken: string },
): Promise<InstagramProfile> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(instagramAccountId),
      params: queryParameters({ fields: 'id,username,name', access_token: accessToken }),
    },
    InstagramProfileResponse,
  );
  return { id: response.id, username: response.username, name: response.name ?? null };
}
