import type { PostType } from '../../../../../preload/contract';

/** Each post type as the platforms' own apps call it. */
export const POST_TYPE_NAMES: Record<PostType, string> = {
  feed: 'Feed post',
  carousel: 'Carousel',
  reel: 'Reel',
  story: 'Story',
  text: 'Text',
  link: 'Link',
  photo: 'Photo',
  multi_photo: 'Several photos',
  video: 'Video',
};
