import type { PlatformHttp } from '../platformHttp';
import type { PublishStep, StepContext, StepResults } from '../publisher';
import { PLATFORM_CLOCK_SKEW_MS } from '../publishing/publishingTimes';
import { resultString } from '../publishing/stepResults';

/** What every Facebook Page step calls with: graph.facebook.com and the Page's own token (3). */
export interface PageCalls {
  graph: PlatformHttp;
  pageId: string;
  pageAccessToken: string;
}

export async function pageCalls(context: StepContext): Promise<PageCalls> {
  return {
    graph: context.networks.metaGraph,
    pageId: context.job.account.platformAccountId,
    pageAccessToken: await context.credentials.accessToken(),
  };
}

/** Publishing now, or handing the post to Facebook's own schedule. */
export type PageMode = 'publish' | 'handOver';

export const BEGIN_STEP = 'begin';

/**
 * The first step of every Facebook target, without a call: when the attempt began and what it is
 * for. A post whose answer was lost is looked for among the Page's posts made since then, and a
 * clean-up after a failed hand-over knows a scheduled post may exist.
 */
export function beginStep(mode: PageMode): PublishStep {
  return {
    name: BEGIN_STEP,
    label: mode === 'publish' ? 'Getting ready to post on Facebook' : 'Getting ready to schedule on Facebook',
    async run(context) {
      return { startedAt: context.now().toISOString(), mode };
    },
  };
}

/** The earliest a post of this target can have been made, allowing for the platform's clock. */
export function madeNotBefore(results: StepResults): Date {
  return new Date(Date.parse(resultString(results, BEGIN_STEP, 'startedAt')) - PLATFORM_CLOCK_SKEW_MS);
}

export function modeOf(results: StepResults): PageMode | null {
  const mode = results[BEGIN_STEP]?.mode;
  return mode === 'publish' || mode === 'handOver' ? mode : null;
}

/** Graph gives a video's `permalink_url` as a path on www.facebook.com. */
export function absoluteFacebookUrl(url: string): string {
  return url.startsWith('/') ? `https://www.facebook.com${url}` : url;
}
