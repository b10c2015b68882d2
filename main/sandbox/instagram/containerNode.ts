import type { NodeType } from '../meta/graphNode';
import type { InstagramContainerRecord } from '../world/sandboxState';
import { canSeeAccount } from './instagramAccess';

/**
 * A media container (IG Container, reference 2.1 step 2): `status_code` is IN_PROGRESS, then
 * FINISHED or ERROR (with `status` naming the error subcode), EXPIRED when not published within
 * 24 h, PUBLISHED once published. Resumable containers also report how many bytes arrived.
 */
const statusText: Record<InstagramContainerRecord['status'], string> = {
  IN_PROGRESS: 'In Progress: Media is still being processed.',
  FINISHED: 'Finished: Media has been uploaded and it is ready to be published.',
  ERROR: 'Error',
  EXPIRED: 'Expired: Media was not published within 24 hours.',
  PUBLISHED: 'Published: Media has been published.',
};

export function containerStatusText(container: InstagramContainerRecord): string {
  if (container.status === 'ERROR' && container.failure) {
    return `Error: Media upload has failed with error code ${container.failure.subcode}. ${container.failure.message}`;
  }
  return statusText[container.status];
}

export const containerNodeType: NodeType<InstagramContainerRecord> = {
  typeName: 'ShadowIGMediaBuilder',
  hosts: ['facebook', 'instagram'],
  find: (world, id) => world.state.instagram.containers[id],
  idOf: (container) => container.id,
  visible: (call, container) => {
    const account = call.world.state.instagram.accounts[container.igUserId];
    return account !== undefined && canSeeAccount(call, account);
  },
  business: (_call, container) => ({ id: container.igUserId, type: 'instagram' }),
  fields: (_call, container) => ({
    id: () => container.id,
    status_code: () => container.status,
    status: () => containerStatusText(container),
    video_status: () =>
      container.mediaKind !== 'video'
        ? undefined
        : {
            uploading_phase: container.upload
              ? { status: container.upload.complete ? 'complete' : container.upload.received > 0 ? 'in_progress' : 'not_started', bytes_transferred: container.upload.received }
              : { status: 'complete' },
            processing_phase: { status: container.status === 'IN_PROGRESS' ? (container.upload && !container.upload.complete ? 'not_started' : 'in_progress') : container.status === 'ERROR' ? 'error' : 'complete' },
          },
  }),
  defaultFields: ['id'],
  edges: { '': {} },
};
