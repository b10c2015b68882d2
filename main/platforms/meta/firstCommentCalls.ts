import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { CreatedObject, GraphId, formBody, graphPath, queryParameters } from './graphConventions';

/**
 * Comments under a published post (platform-apis.md 3 "Comments" [S59]; Instagram's comments
 * edge on IG Media, which takes `message` the same way): posting one, and listing them to find
 * one whose answer was lost. On Instagram both hosts serve the same edge.
 */

/** `POST /{object-id}/comments` with `message` → the comment id. Not repeatable: confirm first. */
export async function postComment(graph: PlatformHttp, request: { objectId: string; message: string; accessToken: string }): Promise<string> {
  const body = formBody({ message: request.message, access_token: request.accessToken });
  const response = await graph.request({ method: 'POST', url: graphPath(request.objectId, 'comments'), data: body }, CreatedObject);
  return response.id;
}

/** How many of a post's comments are read to find one made moments ago (a new post has few). */
const COMMENTS_READ = 100;

/** A comment as the lookup needs it: its text and who wrote it. */
export interface PostComment {
  id: string;
  text: string;
  /** The Page's id on Facebook; the account's username on Instagram. */
  author: string | null;
}

const InstagramComments = z.object({
  data: z.array(z.object({ id: GraphId, text: z.string().optional(), username: z.string().optional() })),
});

/** `GET /{ig-media-id}/comments?fields=id,text,username`: the media's comments. */
export async function listInstagramComments(graph: PlatformHttp, request: { mediaId: string; accessToken: string }): Promise<PostComment[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.mediaId, 'comments'),
      params: queryParameters({ fields: 'id,text,username', limit: COMMENTS_READ, access_token: request.accessToken }),
    },
    InstagramComments,
  );
  return response.data.map((comment) => ({ id: comment.id, text: comment.text ?? '', author: comment.username ?? null }));
}

const PageComments = z.object({
  data: z.array(z.object({ id: GraphId, message: z.string().optional(), from: z.object({ id: GraphId }).optional() })),
});

/** `GET /{object-id}/comments?fields=id,message,from`: a Page post's comments; the Page's own carry its id in `from`. */
export async function listPageComments(graph: PlatformHttp, request: { objectId: string; pageAccessToken: string }): Promise<PostComment[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.objectId, 'comments'),
      params: queryParameters({ fields: 'id,message,from', limit: COMMENTS_READ, access_token: request.pageAccessToken }),
    },
    PageComments,
  );
  return response.data.map((comment) => ({ id: comment.id, text: comment.message ?? '', author: comment.from?.id ?? null }));
}
