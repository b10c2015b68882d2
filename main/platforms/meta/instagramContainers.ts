import { metaCodePairedWith } from '../errorClassification';
import type { PlatformError } from '../platformErrors';
import type { PlatformHttp } from '../platformHttp';
import type { StepContext } from '../publisher';
import { pollUntil } from '../publishing/polling';
import { waitedTooLong } from '../publishing/publishErrors';
import { INSTAGRAM_CONTAINER_POLL } from '../publishing/publishingTimes';
import { toPlatformError } from '../toPlatformError';
import { fetchContainerStatus, type ContainerStatus } from './instagramPublishing';

/**
 * Waits until every container is FINISHED (2.1 step 2), looking at them all each round. EXPIRED
 * and ERROR end the wait with the error a Graph answer with that subcode would have been, so the
 * one error table decides (a new container, a retry, or the owner's media); a container still
 * IN_PROGRESS past the limit is treated as stuck: the retry starts with a new one.
 */
export async function waitForContainers(
  context: StepContext,
  graph: PlatformHttp,
  request: { containerIds: readonly string[]; accessToken: string },
): Promise<void> {
  const pending = new Set(request.containerIds);
  const minutes = Math.round(INSTAGRAM_CONTAINER_POLL.limitMs / 60_000);
  await pollUntil(
    context,
    INSTAGRAM_CONTAINER_POLL,
    async () => {
      for (const containerId of [...pending]) {
        const status = await fetchContainerStatus(graph, { containerId, accessToken: request.accessToken });
        // PUBLISHED only after a lost publish answer; the publish step's confirm handles it.
        if (status.statusCode === 'FINISHED' || status.statusCode === 'PUBLISHED') pending.delete(containerId);
        else if (status.statusCode !== 'IN_PROGRESS') throw containerFailure(graph, status, context.now());
      }
      context.progress(1 - pending.size / request.containerIds.length);
      return pending.size === 0 ? true : null;
    },
    () => waitedTooLong(graph.network, `Instagram was still processing the media after ${minutes} minutes`, true),
  );
}

/** An EXPIRED or ERROR container as the error Graph gives for its subcode [S29] [S49]. */
export function containerFailure(graph: PlatformHttp, status: ContainerStatus, now: Date): PlatformError {
  // EXPIRED reads as "media expired" (-2 / 2207020); an ERROR without a subcode as "create media failed".
  const subcode = status.statusCode === 'EXPIRED' ? 2207020 : (status.errorSubcode ?? 2207032);
  const code = metaCodePairedWith(subcode);
  return toPlatformError(
    {
      platform: 'meta',
      network: graph.network,
      subcode,
      ...(code !== undefined && { code }),
      ...(status.status !== undefined && { reason: status.status }),
      usage: {},
    },
    now,
  );
}
