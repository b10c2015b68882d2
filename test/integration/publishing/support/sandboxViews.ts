import type { PlatformSandbox } from '../../platforms/support/platformSandbox';

/** What is on the sandbox now, read from its state (the control API), for the tests' assertions. */

export function instagramPostsCaptioned(sandbox: PlatformSandbox, caption: string) {
  return Object.values(sandbox.control.state().instagram.media).filter((media) => !media.isCarouselChild && media.caption === caption);
}

export function instagramMediaOfContainer(sandbox: PlatformSandbox, containerId: string) {
  return Object.values(sandbox.control.state().instagram.media).filter((media) => media.containerId === containerId);
}

/** Unpublished photos on Rosie's Page that no post took up: what staging leaves if it is not cleaned. */
export function loosePagePhotos(sandbox: PlatformSandbox) {
  const pageId = sandbox.demo.meta.pageId;
  return Object.values(sandbox.control.state().facebook.photos).filter((photo) => photo.pageId === pageId && !photo.published && photo.postId === null);
}

export function pagePostsWithMessage(sandbox: PlatformSandbox, message: string) {
  return Object.values(sandbox.control.state().facebook.posts).filter((post) => post.message === message);
}

export function tiktokPublishesTitled(sandbox: PlatformSandbox, title: string) {
  return Object.values(sandbox.control.state().tiktok.publishes).filter((publish) => publish.title === title);
}

export function tiktokVideosTitled(sandbox: PlatformSandbox, title: string) {
  return Object.values(sandbox.control.state().tiktok.videos).filter((video) => video.title === title);
}

/** The bytes of a blob the sandbox keeps (an uploaded photo, the image an Instagram post holds). */
export function blobBytes(sandbox: PlatformSandbox, blobId: string): Buffer {
  const blob = sandbox.control.state().blobs[blobId];
  if (!blob) throw new Error(`No blob ${blobId} on the sandbox.`);
  return Buffer.from(blob.base64, 'base64');
}
