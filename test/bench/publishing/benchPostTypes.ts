import type { Platform, PostType, TargetOptions } from '../../../preload/contract';

/** The small files the bench publishes: three distinct photos and a short vertical video. */
export type BenchFile = 'photo-1' | 'photo-2' | 'photo-3' | 'video';

/** One post type as the bench publishes it. */
export interface BenchPostType {
  label: string;
  platform: Platform;
  postType: PostType;
  files: readonly BenchFile[];
  options?: Partial<TargetOptions>;
}

const PHOTOS: readonly BenchFile[] = ['photo-1', 'photo-2', 'photo-3'];

/**
 * Every post type Outpost publishes (TikTok photo posts wait for a verified public host). Stories
 * take the photo: a video story's path is the reel's.
 */
export const BENCH_POST_TYPES: readonly BenchPostType[] = [
  { label: 'Instagram feed photo', platform: 'instagram', postType: 'feed', files: ['photo-1'] },
  { label: 'Instagram carousel of 3 photos', platform: 'instagram', postType: 'carousel', files: PHOTOS },
  { label: 'Instagram reel', platform: 'instagram', postType: 'reel', files: ['video'] },
  { label: 'Instagram photo story', platform: 'instagram', postType: 'story', files: ['photo-1'] },
  { label: 'Facebook text', platform: 'facebook', postType: 'text', files: [] },
  { label: 'Facebook link', platform: 'facebook', postType: 'link', files: [], options: { platform: 'facebook', link: 'https://rosiesbakery.example/menu' } },
  { label: 'Facebook photo', platform: 'facebook', postType: 'photo', files: ['photo-1'] },
  { label: 'Facebook 3 photos', platform: 'facebook', postType: 'multi_photo', files: PHOTOS },
  { label: 'Facebook video', platform: 'facebook', postType: 'video', files: ['video'] },
  {
    label: 'TikTok video',
    platform: 'tiktok',
    postType: 'video',
    files: ['video'],
    options: { platform: 'tiktok', privacyLevel: 'PUBLIC_TO_EVERYONE', allowComments: true, allowDuet: true },
  },
];
