import { z } from 'zod';
import { GRAPH_API_VERSION } from '../endpoints';

/**
 * How Outpost speaks Graph, in one place: versioned paths, access tokens as the `access_token`
 * parameter (every reference example [S11] [S30] [S39]), POST parameters as a form body (Graph
 * reads form fields and query parameters alike; a body keeps tokens out of URLs), ids as strings.
 */

/** `/v25.0/{id}/edge`, each segment encoded. */
export function graphPath(...segments: string[]): string {
  return `/${GRAPH_API_VERSION}/${segments.map(encodeURIComponent).join('/')}`;
}

export type GraphParameters = Record<string, string | number | boolean | undefined>;

/** A form body from parameters; undefined ones are left out, so optional fields stay optional. */
export function formBody(parameters: GraphParameters): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) body.set(name, String(value));
  }
  return body;
}

/** Query parameters, without the undefined ones. */
export function queryParameters(parameters: GraphParameters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parameters)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  );
}

/**
 * Graph ids are strings; a numeric one is read as its string. `int()` refuses numbers past 2^53:
 * JSON.parse has already changed their last digits, and a wrong id is worse than no id.
 */
export const GraphId = z.union([z.string().min(1), z.number().int()]).transform(String);

export const CreatedObject = z.object({ id: GraphId });

export const SuccessFlag = z.object({ success: z.boolean() });

/** Meta's time parameters are Unix seconds (`scheduled_publish_time`, `since`, `until`) [S25] [S39]. */
export function unixSeconds(instant: Date): number {
  return Math.floor(instant.getTime() / 1000);
}

/**
 * Hands a Page post to Meta's own scheduler: `published=false` with `scheduled_publish_time`
 * [S25], so it goes out with the laptop closed. The post rules check the 10 minutes to 30 days
 * window [S68] before any call.
 */
export function scheduledPublishing(scheduledPublishTime: Date | undefined): GraphParameters {
  return scheduledPublishTime === undefined
    ? {}
    : { published: false, scheduled_publish_time: unixSeconds(scheduledPublishTime) };
}

/**
 * Graph's times: ISO 8601 with a `+0000` offset (`created_time`, Instagram's `timestamp`). One
 * that does not read as a time fails the schema, so a comparison never goes silently wrong.
 */
export const GraphTime = z.string().transform((text, context) => {
  const time = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(time.getTime())) {
    context.addIssue({ code: 'custom', message: `Not a Graph time: ${text}` });
    return z.NEVER;
  }
  return time;
});
