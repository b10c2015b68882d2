import type { MediaItem, ScheduledItem } from '../../../preload/contract';
import { excerptOf } from '../../posts/excerpt';
import type { TargetRecord } from './targetRecords';

/** What a publishing target is doing right now, as the engine tracks it (not stored). */
export interface LiveProgress {
  step: string;
  progress: number | null;
}

export interface ScheduledItemSources {
  now(): Date;
  media: { itemsByIds(ids: readonly string[]): ReadonlyMap<string, MediaItem> };
  liveProgress(targetId: string): LiveProgress | null;
}

/**
 * Targets as the calendar, the queue and the tray show them. The thumbnails of a whole list are
 * read from the library in one call.
 */
export function toScheduledItems(records: readonly TargetRecord[], sources: ScheduledItemSources): ScheduledItem[] {
  const thumbnails = sources.media.itemsByIds(records.flatMap((record) => (record.firstMediaId === null ? [] : [record.firstMediaId])));
  const now = sources.now().toISOString();
  return records.map((record) => {
    const live = sources.liveProgress(record.targetId);
    return {
      targetId: record.targetId,
      postId: record.postId,
      platform: record.platform,
      accountId: record.accountId,
      accountName: record.accountName,
      postType: record.postType,
      excerpt: excerptOf(record.caption),
      thumbnailUrl: record.firstMediaId === null ? null : (thumbnails.get(record.firstMediaId)?.thumbnailUrl ?? null),
      status: record.status,
      dueAt: record.dueAt,
      timezone: record.timezone,
      runsWhere: record.handedOff ? 'platform' : 'app',
      step: live?.step ?? null,
      progress: live?.progress ?? null,
      // Stored instants share one canonical shape, so comparing them as text compares the times.
      waitingUntil: record.notBefore !== null && record.notBefore > now ? record.notBefore : null,
      problem: record.problem,
      publishedAt: record.publishedAt,
      permalink: record.permalink,
      lateByMinutes: record.lateByMinutes,
    };
  });
}
