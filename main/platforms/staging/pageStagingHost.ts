import { removeStagedPhotos, stagePhotoOnPage, stagedPhotoUrl, type PageHost } from '../meta/pageStaging';
import type { PlatformHttp } from '../platformHttp';
import type { MediaStagingHost } from './mediaStagingHost';

/**
 * The Instagram account's linked Facebook Page as a staging host (platform-apis.md 2.3 [S66]):
 * a photo goes up as an unpublished Page photo (its id is the ref), and Instagram fetches the
 * largest rendition's CDN address, read only when the container is made because those addresses
 * are signed and expire. Unofficial, photos only, and only on the Facebook Login path (it needs the
 * Page's token); the owner's bucket, when one is set up, is used instead.
 */
export function createPageStagingHost(graph: PlatformHttp, page: PageHost): MediaStagingHost {
  return {
    kind: 'page',
    async stage(file, progress) {
      // Videos go to Instagram by resumable upload on this path; only photos, read whole, come here.
      if (!('bytes' in file)) throw new Error(`The linked Page holds photos only, not ${file.fileName}.`);
      const photoId = await stagePhotoOnPage(graph, page, file);
      progress(1);
      return photoId;
    },
    addressOf: (photoId) => stagedPhotoUrl(graph, page, photoId),
    async remove(photoIds) {
      const failures = await removeStagedPhotos(graph, page, photoIds);
      return failures.map(({ photoId, error }) => ({ ref: photoId, error }));
    },
  };
}
