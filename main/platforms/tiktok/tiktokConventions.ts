import { z } from 'zod';
import { TIKTOK_API_VERSION } from '../endpoints';

/**
 * How Outpost speaks TikTok's API, in one place: versioned paths with the trailing slash TikTok
 * uses, the access token as `Authorization: Bearer` [S79] [S88], JSON bodies, and the
 * `{data, error: {code, message, log_id}}` envelope.
 */

export function tiktokPath(path: string): string {
  return `/${TIKTOK_API_VERSION}/${path}`;
}

export function bearerJsonHeaders(accessToken: string): Record<string, string> {
  return { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json; charset=UTF-8' };
}

/**
 * Reads `data`. A non-`ok` error never reaches a schema: the http layer has already turned it into
 * a typed error.
 */
export function tiktokData<S extends z.ZodType>(data: S): z.ZodType<z.output<S>> {
  // zod cannot see through a generic object shape; the cast restates what `z.object` checked.
  return z.object({ data }).transform((body) => (body as { data: z.output<S> }).data);
}
