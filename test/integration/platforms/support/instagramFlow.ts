import { expect } from 'vitest';
import { fetchContainerStatus, publishMediaContainer, type ContainerStatus } from '../../../../main/platforms/meta/instagramPublishing';
import type { PlatformHttp } from '../../../../main/platforms/platformHttp';
import type { PlatformSandbox } from './platformSandbox';

/** Processing times the Instagram files start their sandboxes with, so tests advance by them. */
export const PROCESSING = { imageMs: 2_000, videoMs: 30_000 } as const;

export interface InstagramPath {
  graph: PlatformHttp;
  igUserId: string;
  accessToken: string;
}

export function statusOf(path: InstagramPath, containerId: string): Promise<ContainerStatus> {
  return fetchContainerStatus(path.graph, { containerId, accessToken: path.accessToken });
}

/**
 * Container processing on the sandbox clock: still IN_PROGRESS one millisecond before its
 * processing time, FINISHED at it. Returns the final status.
 */
export async function processContainer(context: PlatformSandbox, path: InstagramPath, containerId: string, processingMs: number): Promise<ContainerStatus> {
  expect((await statusOf(path, containerId)).statusCode).toBe('IN_PROGRESS');
  context.advance(processingMs - 1);
  expect((await statusOf(path, containerId)).statusCode).toBe('IN_PROGRESS');
  context.advance(1);
  return statusOf(path, containerId);
}

export function publish(path: InstagramPath, containerId: string): Promise<string> {
  return publishMediaContainer(path.graph, { igUserId: path.igUserId, accessToken: path.accessToken, containerId });
}
