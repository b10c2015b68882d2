import { readParams } from '../meta/graphParams';
import type { NodeType } from '../meta/graphNode';
import { managesPage } from '../meta/pageTokens';
import { signedPhotoUrl } from '../media/cdnHost';
import type { FacebookPhotoRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { POSTING_PERMISSIONS, requirePageToken } from './pageAccess';
import { graphTime } from './pagePosts';

/**
 * A Page photo. `images` lists the sizes Facebook offers, largest first, each with a signed,
 * expiring CDN URL (reference 2.3: read ?fields=images, take the largest source). The sandbox
 * serves the original bytes for every size. DELETE removes it (e.g. an unpublished photo used as
 * a staging host once the Instagram container is done).
 */
const WIDTHS = [1080, 720, 480, 320, 130];

export function photoImages(world: SandboxWorld, photo: FacebookPhotoRecord): { height: number; width: number; source: string }[] {
  const sizes = [photo.width, ...WIDTHS.filter((width) => width < photo.width)];
  return sizes.map((width) => {
    const height = Math.round((photo.height * width) / photo.width);
    return { height, width, source: signedPhotoUrl(world, photo.id, width, height) };
  });
}

export const photoNodeType: NodeType<FacebookPhotoRecord> = {
  typeName: 'Photo',
  hosts: ['facebook'],
  find: (world, id) => world.state.facebook.photos[id],
  idOf: (photo) => photo.id,
  visible: (call, photo) => managesPage(call.world, call.auth, photo.pageId) || (photo.published && call.auth?.platform === 'meta'),
  business: (call, photo) => (call.auth?.kind === 'page' ? { id: photo.pageId, type: 'pages' } : null),
  fields: (call, photo) => {
    const images = () => photoImages(call.world, photo);
    return {
      id: () => photo.id,
      created_time: () => graphTime(photo.createdAt),
      name: () => (photo.caption === '' ? undefined : photo.caption),
      width: () => photo.width,
      height: () => photo.height,
      images,
      picture: () => images().at(-1)?.source,
      link: () => `https://www.facebook.com/photo.php?fbid=${photo.id}`,
      page_story_id: () => photo.postId ?? undefined,
      published: () => photo.published,
    };
  },
  defaultFields: ['created_time', 'name', 'id'],
  edges: {
    '': {
      DELETE: (call, photo) => {
        const page = call.world.state.meta.pages[photo.pageId];
        if (page) requirePageToken(call, page, POSTING_PERMISSIONS);
        readParams(call.params, {});
        delete call.world.state.blobs[photo.blobId];
        delete call.world.state.facebook.photos[photo.id];
        return { success: true };
      },
    },
  },
};
