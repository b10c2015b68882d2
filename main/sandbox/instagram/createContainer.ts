import { invalidParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { readParams } from '../meta/graphParams';
import { PROBE_HEAD_BYTES, probeMedia } from '../media/mediaProbe';
import type { ContainerFailure, ContainerType, InstagramAccountRecord, InstagramContainerRecord } from '../world/sandboxState';
import { newId } from '../world/sandboxWorld';
import { failureError, instagramError, isInstagramSubcode, containerFailure } from './instagramErrors';
import { requireInstagramAccess } from './instagramAccess';
import { checkImage, checkVideo, fetchFailure, isFailure, MAX_IMAGE_BYTES } from './mediaChecks';
import { GraphError } from '../meta/graphError';

/**
 * POST /{ig-user-id}/media: creates a container (reference 2.1). Per type:
 *   image (no media_type): image_url [+ alt_text, user_tags, location_id, collaborators];
 *   carousel item: is_carousel_item=true with image_url, or media_type=VIDEO + video_url;
 *   REELS: video_url or upload_type=resumable [+ share_to_feed, cover_url, thumb_offset, audio_name];
 *   STORIES: image_url or video_url (or upload_type=resumable);
 *   CAROUSEL: children (2-10 finished carousel items of this account), no collaborators.
 * Images are fetched now and refused now (36000/36001/36003/9004); videos are fetched now and
 * turn ERROR after processing when they break the rules, as Meta reports video problems on the
 * container's status; a reel's `cover_url` is fetched now too and must be an image (the cover's
 * own size rules are UNCONFIRMED in the reference, 2.4, so none are applied). At most 400
 * containers per account per rolling 24 h (reference 2.1).
 */
const DAY = 24 * 60 * 60 * 1000;
const MAX_CAPTION = 2_200;

const containerParams = {
  image_url: { type: 'string' },
  video_url: { type: 'string' },
  media_type: { type: 'string' },
  caption: { type: 'string' },
  is_carousel_item: { type: 'bool' },
  children: { type: 'list' },
  upload_type: { type: 'enum', values: ['resumable'] },
  share_to_feed: { type: 'bool' },
  cover_url: { type: 'string' },
  thumb_offset: { type: 'int', min: 0 },
  audio_name: { type: 'string' },
  location_id: { type: 'string' },
  user_tags: { type: 'json' },
  product_tags: { type: 'json' },
  alt_text: { type: 'string' },
  collaborators: { type: 'json' },
} as const;

type Params = ReturnType<typeof readParams<typeof containerParams>>;

function notAllowed(name: string, where: string): GraphError {
  return invalidParameter(`(#100) param ${name} is not allowed ${where}`);
}

function decideType(p: Params): ContainerType {
  const mediaType = p.media_type;
  if (mediaType === undefined) {
    if (p.video_url !== undefined || p.upload_type !== undefined) {
      throw invalidParameter('(#100) media_type is required for video: use REELS (every single feed video is a reel since 2023-07-01, reference 2.1) or STORIES');
    }
    if (p.image_url === undefined) throw invalidParameter('The parameter image_url is required');
    return 'IMAGE';
  }
  if (mediaType === 'REELS' || mediaType === 'STORIES' || mediaType === 'CAROUSEL') return mediaType;
  if (mediaType === 'VIDEO') {
    if (!p.is_carousel_item) {
      throw invalidParameter('(#100) The media_type VIDEO is only for carousel items; single videos are published as REELS (reference 2.1)');
    }
    return 'VIDEO';
  }
  throw instagramError(2207023, `The media type ${mediaType} is not expected. Use REELS, STORIES, CAROUSEL, or VIDEO for carousel items.`);
}

function checkCaption(caption: string | undefined): void {
  if (caption === undefined) return;
  const hashtags = caption.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0;
  const mentions = caption.match(/@[\w.]+/g)?.length ?? 0;
  if ([...caption].length > MAX_CAPTION || hashtags > 30 || mentions > 20) {
    throw instagramError(2207010, 'The caption is too long: at most 2,200 characters, 30 hashtags and 20 @ tags.');
  }
}

function checkTypeRules(type: ContainerType, p: Params): void {
  const video = type === 'REELS' || type === 'VIDEO' || (type === 'STORIES' && p.image_url === undefined);
  if (type !== 'CAROUSEL' && p.children !== undefined) throw notAllowed('children', 'unless media_type is CAROUSEL');
  if (type === 'CAROUSEL') {
    for (const name of ['image_url', 'video_url', 'upload_type', 'is_carousel_item', 'alt_text'] as const) {
      if (p[name] !== undefined) throw notAllowed(name, 'on a carousel');
    }
    if (p.collaborators !== undefined) throw invalidParameter('(#100) param collaborators is not allowed'); // reference 2.1
    if (p.children === undefined) throw invalidParameter('The parameter children is required');
  }
  if (type === 'REELS' || type === 'VIDEO') {
    if (p.image_url !== undefined) throw notAllowed('image_url', `with media_type ${type}`);
    if ((p.video_url === undefined) === (p.upload_type === undefined)) throw invalidParameter('(#100) Give exactly one of video_url and upload_type=resumable');
  }
  if (type === 'STORIES') {
    const sources = [p.image_url, p.video_url, p.upload_type].filter((value) => value !== undefined).length;
    if (sources !== 1) throw invalidParameter('(#100) A story takes exactly one of image_url, video_url and upload_type=resumable');
  }
  if (type !== 'REELS' && p.share_to_feed !== undefined) throw notAllowed('share_to_feed', 'unless media_type is REELS');
  if (!video) {
    for (const name of ['cover_url', 'thumb_offset', 'audio_name'] as const) if (p[name] !== undefined) throw notAllowed(name, 'on an image');
  } else if (p.alt_text !== undefined) {
    throw notAllowed('alt_text', 'on a video (alt_text is for images, reference 2.1)');
  }
  if (Array.isArray(p.user_tags) && p.user_tags.length > 20) throw instagramError(2207040);
  if (p.collaborators !== undefined && (!Array.isArray(p.collaborators) || p.collaborators.length > 3)) {
    throw invalidParameter('(#100) param collaborators must be a list of at most 3 usernames');
  }
}

function checkChildren(call: GraphCall, account: InstagramAccountRecord, children: string[]): void {
  if (children.length < 2 || children.length > 10) {
    throw instagramError(2207028, `A carousel takes 2 to 10 items (got ${children.length}): too little or too many attachments.`);
  }
  const containers = children.map((id) => {
    const child = call.world.state.instagram.containers[id];
    if (!child || child.igUserId !== account.id || !child.isCarouselItem) {
      throw instagramError(2207028, `Child ${id} is not a carousel item container of this account.`);
    }
    return child;
  });
  for (const child of containers) {
    if (child.status === 'IN_PROGRESS') throw instagramError(2207027);
    if (child.status === 'EXPIRED') throw instagramError(2207020);
    if (child.status === 'ERROR' && child.failure) throw failureError(child.failure);
  }
}

/** The 400-per-24-h container budget. The code Meta uses for it is not in the reference. */
function checkContainerBudget(call: GraphCall, account: InstagramAccountRecord): void {
  const now = call.world.clock.now();
  const times = (call.world.state.instagram.containerTimes[account.id] ?? []).filter((time) => time > now - DAY);
  call.world.state.instagram.containerTimes[account.id] = times;
  if (times.length >= call.world.settings.limits.instagramContainersPerDay) {
    throw new GraphError({ code: 9, message: '(#9) Application request limit reached', userTitle: 'Too many containers', userMessage: 'This account created 400 containers in the last 24 hours.' });
  }
}

function injectedFailure(call: GraphCall, fallback: 2207005 | 2207026): ContainerFailure | null {
  const rejection = call.faults.takeMediaRejection('instagram');
  if (!rejection) return null;
  const subcode = typeof rejection.reason === 'number' && isInstagramSubcode(rejection.reason) ? rejection.reason : fallback;
  return containerFailure(subcode);
}

export async function createContainer(call: GraphCall, account: InstagramAccountRecord): Promise<Record<string, string>> {
  requireInstagramAccess(call, account, 'publish');
  const p = readParams(call.params, containerParams);
  const type = decideType(p);
  checkTypeRules(type, p);
  checkCaption(p.caption);
  if (p.upload_type === 'resumable' && call.host === 'instagram') {
    // Resumable upload is documented for Facebook Login only (reference 2.3).
    throw invalidParameter('(#100) upload_type=resumable is only available to apps using Facebook Login (graph.facebook.com)');
  }
  if (type === 'CAROUSEL') checkChildren(call, account, p.children ?? []);
  checkContainerBudget(call, account);

  const { world } = call;
  const now = world.clock.now();
  const isImage = type === 'IMAGE' || (type === 'STORIES' && p.image_url !== undefined);
  const container: InstagramContainerRecord = {
    id: newId(world, 'igContainer'),
    igUserId: account.id,
    host: call.host,
    type,
    mediaKind: type === 'CAROUSEL' ? 'carousel' : isImage ? 'image' : 'video',
    isCarouselItem: p.is_carousel_item === true,
    caption: p.caption ?? '',
    children: p.children ?? [],
    sourceUrl: p.image_url ?? p.video_url ?? null,
    shareToFeed: p.share_to_feed ?? true,
    upload: p.upload_type === 'resumable' ? { fileSize: null, received: 0, headBase64: '', complete: false } : null,
    width: null,
    height: null,
    durationMs: null,
    createdAt: now,
    readyAt: null,
    failure: null,
    stuck: call.faults.takeStuckContainer(),
    status: 'IN_PROGRESS',
    publishedMediaId: null,
    altText: p.alt_text ?? null,
  };

  if (p.cover_url !== undefined) await fetchCover(call, p.cover_url);
  if (container.mediaKind === 'image') {
    const injected = injectedFailure(call, 2207005);
    if (injected) throw failureError(injected);
    const fetched = await call.fetcher.fetch(p.image_url ?? '', MAX_IMAGE_BYTES);
    if (!fetched.ok) throw failureError(fetchFailure(fetched));
    const checked = checkImage(fetched.bytes, fetched.totalBytes, type !== 'STORIES');
    if (isFailure(checked)) throw failureError(checked);
    container.width = checked.width;
    container.height = checked.height;
    const blobId = `ig-${container.id}`;
    world.state.blobs[blobId] = { contentType: 'image/jpeg', base64: fetched.bytes.toString('base64') };
    container.readyAt = now + world.settings.timing.imageProcessingMs;
  } else if (container.mediaKind === 'video' && p.video_url !== undefined) {
    const fetched = await call.fetcher.fetch(p.video_url, PROBE_HEAD_BYTES);
    const checked = fetched.ok ? checkVideo(fetched.bytes, fetched.totalBytes, type) : fetchFailure(fetched);
    applyVideoOutcome(container, checked, injectedFailure(call, 2207026));
    container.readyAt = now + world.settings.timing.videoProcessingMs;
  } else if (container.mediaKind === 'carousel') {
    container.readyAt = now + world.settings.timing.imageProcessingMs;
  }

  world.state.instagram.containers[container.id] = container;
  world.state.instagram.containerTimes[account.id] = [...(world.state.instagram.containerTimes[account.id] ?? []), now];
  const response: Record<string, string> = { id: container.id };
  // Code seen in the wild reports a `uri` to upload to (reference 2.3).
  if (container.upload) response.uri = `${world.urls.metaUpload}/ig-api-upload/${call.version}/${container.id}`;
  return response;
}

/** "We cURL media used in publishing attempts" (2.3): a cover that cannot be fetched is refused as media is. */
async function fetchCover(call: GraphCall, coverUrl: string): Promise<void> {
  const fetched = await call.fetcher.fetch(coverUrl, MAX_IMAGE_BYTES);
  if (!fetched.ok) throw failureError(fetchFailure(fetched));
  if (probeMedia(fetched.bytes).kind !== 'image') throw failureError(containerFailure(2207005, 'The cover image format is not supported.'));
}

/** A video's probe result (or an injected rejection) decides how processing will end. */
export function applyVideoOutcome(container: InstagramContainerRecord, checked: ReturnType<typeof checkVideo> | ContainerFailure, injected: ContainerFailure | null): void {
  if (injected) {
    container.failure = injected;
    return;
  }
  if (isFailure(checked)) {
    container.failure = checked;
    return;
  }
  container.durationMs = checked.durationMs;
  container.width = checked.width;
  container.height = checked.height;
}
