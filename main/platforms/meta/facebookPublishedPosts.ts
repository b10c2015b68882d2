import { z } from 'zod';
import type { PlatformHttp } from '../platformHttp';
import { GraphId, GraphTime, graphPath, queryParameters } from './graphConventions';

/** A live Page post as the Page lists it, with what tells its kind apart. */
export interface PublishedPagePost {
  id: string;
  /** Absent for a post without text. */
  message?: string;
  createdTime: Date;
  permalinkUrl?: string;
  /**
   * The first attachment's `media_type`: `photo`, `album` (several photos), `video`, `link`...;
   * absent for a text-only post.
   */
  attachmentType?: string;
}

/** One page of the newest posts: the collection imports recent posts, not the whole history. */
const POSTS_PAGE_SIZE = 50;

const PublishedPosts = z.object({
  data: z.array(
    z
      .object({
        id: GraphId,
        message: z.string().optional(),
        created_time: GraphTime,
        permalink_url: z.string().optional(),
        attachments: z.object({ data: z.array(z.object({ media_type: z.string().optional() })) }).optional(),
      })
      .transform(
        (post): PublishedPagePost => {
          const attachmentType = post.attachments?.data[0]?.media_type;
          return {
            id: post.id,
            ...(post.message !== undefined && { message: post.message }),
            createdTime: post.created_time,
            ...(post.permalink_url !== undefined && { permalinkUrl: post.permalink_url }),
            ...(attachmentType !== undefined && { attachmentType }),
          };
        },
      ),
  ),
});

/**
 * `GET /{page-id}/published_posts?fields=id,message,created_time,permalink_url,attachments{media_type}&limit=50`,
 * newest first: the Page's live posts only (`feed` would add posts others made on the Page). The
 * edge is not in the reference; the fields are those of 3 and 4.3.
 */
export async function listPublishedPagePosts(graph: PlatformHttp, request: { pageId: string; pageAccessToken: string }): Promise<PublishedPagePost[]> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.pageId, 'published_posts'),
      params: queryParameters({
        fields: 'id,message,created_time,permalink_url,attachments{media_type}',
        limit: POSTS_PAGE_SIZE,
        access_token: request.pageAccessToken,
      }),
    },
    PublishedPosts,
  );
  return response.data;
}

/** A post's public counters, which its insights do not carry (4.3, last bullet [S53]). */
export interface PagePostCounters {
  shares: number;
  comments: number;
}

const CountersResponse = z.object({
  // Graph leaves `shares` out while nobody has shared the post.
  shares: z.object({ count: z.number().int().nonnegative() }).optional(),
  comments: z.object({ summary: z.object({ total_count: z.number().int().nonnegative() }) }),
});

/** `GET /{post-id}?fields=shares,comments.limit(0).summary(true)` [S53]. */
export async function fetchPagePostCounters(graph: PlatformHttp, request: { postId: string; pageAccessToken: string }): Promise<PagePostCounters> {
  const response = await graph.request(
    {
      method: 'GET',
      url: graphPath(request.postId),
      params: queryParameters({ fields: 'shares,comments.limit(0).summary(true)', access_token: request.pageAccessToken }),
    },
    CountersResponse,
  );
  return { shares: response.shares?.count ?? 0, comments: response.comments.summary.total_count };
}
