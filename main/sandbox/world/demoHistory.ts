import { seededUnit } from '../core/seededRandom';
import { shortcodeFor } from '../instagram/permalinks';
import { demoIds } from './demoWorld';
import { newId, type SandboxWorld } from './sandboxWorld';

/**
 * Past posts for demo mode (issue 3: "about 60 days of plausible past posts and insight
 * history"): Instagram feed posts, reels and stories, Facebook Page posts and TikTok videos,
 * spread over the given number of days before the sandbox's current time, at plausible hours.
 * Their insights come from the same seeded growth as new posts, so every screen has history.
 */
const DAY = 24 * 60 * 60 * 1000;

const captions = [
  'Fresh sourdough out of the oven at 7am. First come, first served!',
  'Cinnamon buns are back this weekend.',
  'Meet Maya, our new pastry chef.',
  'Rye, spelt and a little patience. #sourdough #bakery',
  'Birthday cake season: order 48 hours ahead.',
  'Rainy day? Hot chocolate and a croissant are waiting.',
  'Behind the scenes: shaping 200 baguettes before sunrise.',
  'Our Saturday market stall is open 8 to 1.',
  'New: gluten-free brownies, baked in a separate oven.',
  'Thank you for 14 years on Elm Street!',
  'Lemon drizzle Friday.',
  'The starter is 9 years old and still hungry.',
];

export function seedDemoHistory(world: SandboxWorld, days: number): void {
  if (days <= 0) return;
  const now = world.clock.now();
  const unit = (...parts: (string | number)[]) => seededUnit(world.seed, 'history', ...parts);
  const at = (day: number, label: string) => now - day * DAY + Math.floor((unit(day, label, 'hour') - 0.5) * 6 * 60 * 60 * 1000);
  const caption = (day: number, label: string) => captions[Math.floor(unit(day, label, 'caption') * captions.length)] ?? captions[0] ?? '';
  const { instagram, facebook, tiktok } = world.state;

  for (let day = days; day >= 1; day--) {
    if (unit(day, 'ig-feed') < 0.5) {
      const id = newId(world, 'igMedia');
      const carousel = unit(day, 'ig-carousel') < 0.25;
      const children = carousel
        ? [0, 1, 2].map(() => {
            const childId = newId(world, 'igMedia');
            instagram.media[childId] = { id: childId, igUserId: demoIds.instagramAccountId, containerId: null, mediaType: 'IMAGE', productType: 'FEED', caption: '', timestamp: at(day, 'ig-feed'), shortcode: shortcodeFor(world.seed, childId), mediaUrl: null, children: [], isCarouselChild: true, durationMs: null };
            return childId;
          })
        : [];
      instagram.media[id] = {
        id,
        igUserId: demoIds.instagramAccountId,
        containerId: null,
        mediaType: carousel ? 'CAROUSEL_ALBUM' : 'IMAGE',
        productType: 'FEED',
        caption: caption(day, 'ig-feed'),
        timestamp: at(day, 'ig-feed'),
        shortcode: shortcodeFor(world.seed, id),
        mediaUrl: null,
        children,
        isCarouselChild: false,
        durationMs: null,
      };
    }
    if (unit(day, 'ig-reel') < 0.15) {
      const id = newId(world, 'igMedia');
      instagram.media[id] = { id, igUserId: demoIds.instagramAccountId, containerId: null, mediaType: 'VIDEO', productType: 'REELS', caption: caption(day, 'ig-reel'), timestamp: at(day, 'ig-reel'), shortcode: shortcodeFor(world.seed, id), mediaUrl: null, children: [], isCarouselChild: false, durationMs: 8_000 + Math.floor(unit(day, 'reel-length') * 40_000) };
    }
    if (unit(day, 'ig-story') < 0.4) {
      const id = newId(world, 'igMedia');
      instagram.media[id] = { id, igUserId: demoIds.instagramAccountId, containerId: null, mediaType: 'IMAGE', productType: 'STORY', caption: '', timestamp: at(day, 'ig-story'), shortcode: shortcodeFor(world.seed, id), mediaUrl: null, children: [], isCarouselChild: false, durationMs: null };
    }
    if (unit(day, 'fb') < 0.45) {
      const time = at(day, 'fb');
      const kindRoll = unit(day, 'fb-kind');
      const kind = kindRoll < 0.4 ? 'photo' : kindRoll < 0.7 ? 'status' : 'link';
      const post = {
        id: `${demoIds.pageId}_${newId(world, 'fbPost')}`,
        pageId: demoIds.pageId,
        message: caption(day, 'fb'),
        link: kind === 'link' ? 'https://rosiesbakery.example/order' : null,
        kind: kind as 'photo' | 'status' | 'link',
        attachedPhotoIds: [] as string[],
        videoId: null,
        createdAt: time,
        updatedAt: time,
        published: true,
        publishedAt: time,
        scheduledPublishTime: null,
      };
      if (kind === 'photo') {
        const photoId = newId(world, 'fbPhoto');
        facebook.photos[photoId] = { id: photoId, pageId: demoIds.pageId, caption: post.message, published: true, width: 1080, height: 1080, blobId: '', postId: post.id, createdAt: time };
        post.attachedPhotoIds.push(photoId);
      }
      facebook.posts[post.id] = post;
    }
    if (unit(day, 'tiktok') < 0.3) {
      const id = newId(world, 'tiktokVideo');
      tiktok.videos[id] = { id, openId: demoIds.tiktokOpenId, title: caption(day, 'tiktok'), createTime: at(day, 'tiktok'), durationSec: 10 + Math.floor(unit(day, 'tiktok-length') * 50), width: 1080, height: 1920, privacyLevel: 'PUBLIC_TO_EVERYONE' };
    }
  }
}
