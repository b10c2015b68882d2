import { invalidParameter } from '../meta/graphError';
import type { GraphCall } from '../meta/graphNode';
import { parseFields } from '../meta/fieldsParam';
import { readParams } from '../meta/graphParams';
import type { InstagramAccountRecord, InstagramContainerRecord, InstagramMediaRecord } from '../world/sandboxState';
import { newId, type SandboxWorld } from '../world/sandboxWorld';
import { failureError, instagramError } from './instagramErrors';
import { requireInstagramAccess } from './instagramAccess';
import { shortcodeFor } from './permalinks';

/**
 * POST /{ig-user-id}/media_publish?creation_id=… (reference 2.1 step 3) and
 * GET /{ig-user-id}/content_publishing_limit (reference 2.2): 50 publishes per moving 24 h;
 * beyond that code 9 / subcode 2207042 (reference 5.1, 5.2). A carousel counts once.
 * Publishing a container that is not FINISHED: IN_PROGRESS 9007/2207027, EXPIRED -2/2207020,
 * ERROR its own error, PUBLISHED refused (it is already live; never publish twice).
 */
const DAY = 24 * 60 * 60 * 1000;

function publishTimes(world: SandboxWorld, accountId: string): number[] {
  const now = world.clock.now();
  const times = (world.state.instagram.publishTimes[accountId] ?? []).filter((time) => time > now - DAY);
  world.state.instagram.publishTimes[accountId] = times;
  return times;
}

function productTypeOf(container: InstagramContainerRecord): InstagramMediaRecord['productType'] {
  if (container.type === 'REELS') return 'REELS';
  if (container.type === 'STORIES') return 'STORY';
  return 'FEED';
}

function mediaTypeOf(container: InstagramContainerRecord): InstagramMediaRecord['mediaType'] {
  if (container.type === 'CAROUSEL') return 'CAROUSEL_ALBUM';
  return container.mediaKind === 'video' ? 'VIDEO' : 'IMAGE';
}

function toMedia(world: SandboxWorld, container: InstagramContainerRecord, isChild: boolean, children: string[]): InstagramMediaRecord {
  const id = newId(world, 'igMedia');
  const media: InstagramMediaRecord = {
    id,
    igUserId: container.igUserId,
    containerId: container.id,
    mediaType: mediaTypeOf(container),
    productType: productTypeOf(container),
    caption: container.caption,
    timestamp: world.clock.now(),
    shortcode: shortcodeFor(world.seed, id),
    mediaUrl: container.sourceUrl,
    children,
    isCarouselChild: isChild,
    durationMs: container.durationMs,
  };
  world.state.instagram.media[id] = media;
  const blob = world.state.blobs[`ig-${container.id}`];
  if (blob) world.state.blobs[`ig-media-${id}`] = blob;
  container.status = 'PUBLISHED';
  container.publishedMediaId = id;
  return media;
}

function checkPublishable(container: InstagramContainerRecord): void {
  switch (container.status) {
    case 'FINISHED':
      return;
    case 'IN_PROGRESS':
      throw instagramError(2207027);
    case 'EXPIRED':
      throw instagramError(2207020);
    case 'ERROR':
      throw container.failure ? failureError(container.failure) : instagramError(2207032);
    case 'PUBLISHED':
      throw invalidParameter('(#100) This media container has already been published', {
        userTitle: 'Already published',
        userMessage: `The container is already live as media ${container.publishedMediaId ?? ''}.`,
      });
  }
}

export function publishMedia(call: GraphCall, account: InstagramAccountRecord): { id: string } {
  requireInstagramAccess(call, account, 'publish');
  const p = readParams(call.params, { creation_id: { type: 'string', required: true } });
  const { world } = call;
  const container = world.state.instagram.containers[p.creation_id];
  if (!container || container.igUserId !== account.id) throw instagramError(2207006);
  if (container.isCarouselItem) throw invalidParameter('(#100) A carousel item cannot be published on its own; publish the CAROUSEL container');
  checkPublishable(container);
  const children = container.children.map((id) => world.state.instagram.containers[id]).filter((child) => child !== undefined);
  for (const child of children) checkPublishable(child);

  const times = publishTimes(world, account.id);
  if (times.length >= world.settings.limits.instagramPublishesPerDay) {
    throw instagramError(2207042, `You reached the maximum of ${world.settings.limits.instagramPublishesPerDay} posts in 24 hours. Try again tomorrow.`);
  }
  const childIds = children.map((child) => toMedia(world, child, true, []).id);
  const media = toMedia(world, container, false, childIds);
  times.push(world.clock.now());
  return { id: media.id };
}

export function contentPublishingLimit(call: GraphCall, account: InstagramAccountRecord): { data: Record<string, unknown>[] } {
  requireInstagramAccess(call, account, 'basic');
  const p = readParams(call.params, { since: { type: 'int' } });
  const { world } = call;
  const now = world.clock.now();
  if (p.since !== undefined && (p.since * 1000 < now - DAY || p.since * 1000 > now)) {
    throw invalidParameter('(#100) since must be a Unix timestamp within the last 24 hours');
  }
  const from = p.since !== undefined ? p.since * 1000 : now - DAY;
  const quotaUsage = publishTimes(world, account.id).filter((time) => time >= from).length;
  const fields = typeof call.params.fields === 'string' ? parseFields(call.params.fields).map((field) => field.name) : ['quota_usage'];
  const row: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'quota_usage') row.quota_usage = quotaUsage;
    else if (field === 'config') row.config = { quota_total: world.settings.limits.instagramPublishesPerDay, quota_duration: DAY / 1000 };
    else throw invalidParameter(`(#100) Tried accessing nonexisting field (${field}) on node type (ContentPublishingLimit)`);
  }
  return { data: [row] };
}
