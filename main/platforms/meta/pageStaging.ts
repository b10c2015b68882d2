import { PermanentError } from '../platformErrors';
import type { PlatformHttp } from '../platformHttp';
import type { UploadFile } from '../publishing/jobMedia';
import { deletePagePhoto, fetchLargestPhotoUrl, uploadPagePhotoFile } from './facebookPublishing';

/**
 * Unpublished Page photos, the calls behind the linked Page as Instagram's image host
 * (main/platforms/staging/pageStagingHost.ts, platform-apis.md 2.3 [S66]) and behind Facebook's
 * multi-photo posts: Instagram fetches images only from a public address, and a Page photo uploaded
 * unpublished from disk has one, its CDN `images[].source`. Unofficial, and only on the Facebook
 * Login path (it needs the Page's token); the photo is never shown on the Page and is deleted once
 * the post is out or has failed for good.
 */

export interface PageHost {
  pageId: string;
  pageAccessToken: string;
}

/** Uploads the photo unpublished; its id is what cleaning up needs, so it is kept on its own. */
export async function stagePhotoOnPage(graph: PlatformHttp, host: PageHost, photo: UploadFile): Promise<string> {
  const uploaded = await uploadPagePhotoFile(graph, {
    pageId: host.pageId,
    pageAccessToken: host.pageAccessToken,
    published: false,
    bytes: photo.bytes,
    fileName: photo.fileName,
    contentType: photo.contentType,
  });
  return uploaded.id;
}

/**
 * The address Instagram fetches the staged photo from: its largest rendition. Read right before
 * the container is made, since Meta's CDN addresses are signed and expire [S66].
 */
export function stagedPhotoUrl(graph: PlatformHttp, host: PageHost, photoId: string): Promise<string> {
  return fetchLargestPhotoUrl(graph, { photoId, pageAccessToken: host.pageAccessToken });
}

/**
 * Deletes the staged photos, each on its own so one failure does not keep the others. A photo
 * already gone counts as removed (Graph's "does not exist", subcode 33). Returns the failures.
 */
export async function removeStagedPhotos(
  graph: PlatformHttp,
  host: Pick<PageHost, 'pageAccessToken'>,
  photoIds: readonly string[],
): Promise<{ photoId: string; error: unknown }[]> {
  const failures: { photoId: string; error: unknown }[] = [];
  for (const photoId of photoIds) {
    try {
      await deletePagePhoto(graph, { photoId, pageAccessToken: host.pageAccessToken });
    } catch (error) {
      if (!isAlreadyGone(error)) failures.push({ photoId, error });
    }
  }
  return failures;
}

export const isAlreadyGone = (error: unknown) => error instanceof PermanentError && error.details.subcode === 33;
