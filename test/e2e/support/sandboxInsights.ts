import { expect } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { permalinkOf } from '../../../main/sandbox/facebook/pagePosts';
import { facebookPostTotals } from '../../../main/sandbox/insights/facebookPostModel';
import { instagramMediaTotals } from '../../../main/sandbox/insights/instagramMediaModel';
import { tiktokVideoCounts } from '../../../main/sandbox/insights/tiktokVideoModel';
import { permalinkFor } from '../../../main/sandbox/instagram/permalinks';
import type { SandboxState } from '../../../main/sandbox/world/sandboxState';
import type { SandboxWorld } from '../../../main/sandbox/world/sandboxWorld';

/** A post as the sandbox itself reckons it: its address, when it went out, and its figures now. */
export interface SandboxPost {
  platform: 'instagram' | 'facebook' | 'tiktok';
  permalink: string;
  publishedAt: number;
  views: number;
  reach: number | null;
  interactions: number;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const answer = await fetch(url, init);
  expect(answer.ok, `${url} answered ${answer.status}`).toBe(true);
  return (await answer.json()) as T;
}

export async function advanceSandboxClock(controlUrl: string, ms: number): Promise<void> {
  await json(`${controlUrl}/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });
}

/**
 * Every published post of the demo world with the figures the sandbox's own models give at its
 * clock: the same seeded functions its insights endpoints answer from (main/sandbox/insights/),
 * read here without Outpost's clients, so the dashboard is checked against the source of truth.
 */
export async function sandboxPosts(controlUrl: string): Promise<SandboxPost[]> {
  const { seed, now } = await json<{ seed: string; now: number }>(`${controlUrl}/`);
  const state = await json<SandboxState>(`${controlUrl}/state`);
  // The models read only the state, the seed and the clock.
  const world = { state, seed, clock: { now: () => now } } as unknown as SandboxWorld;
  const instagram = Object.values(state.instagram.media)
    .filter((media) => !media.isCarouselChild && media.productType !== 'STORY')
    .map((media): SandboxPost => {
      const totals = instagramMediaTotals(world, media, now);
      const username = state.instagram.accounts[media.igUserId]?.username ?? '';
      return { platform: 'instagram', permalink: permalinkFor(media, username), publishedAt: media.timestamp, views: totals.views, reach: totals.reach, interactions: totals.totalInteractions };
    });
  const facebook = Object.values(state.facebook.posts)
    .filter((post) => post.published && post.publishedAt !== null)
    .map((post): SandboxPost => {
      const totals = facebookPostTotals(world, post, now);
      return {
        platform: 'facebook',
        permalink: permalinkOf(world, post),
        publishedAt: post.publishedAt ?? 0,
        views: totals.views,
        reach: totals.reach,
        interactions: totals.reactionsTotal + totals.comments + totals.shares,
      };
    });
  const tiktok = Object.values(state.tiktok.videos).map((video): SandboxPost => {
    const counts = tiktokVideoCounts(world, video);
    const username = state.tiktok.users[video.openId]?.username ?? 'user';
    return {
      platform: 'tiktok',
      permalink: `https://www.tiktok.com/@${username}/${video.photo ? 'photo' : 'video'}/${video.id}`,
      publishedAt: video.createTime,
      views: counts.view_count,
      reach: null,
      interactions: counts.like_count + counts.comment_count + counts.share_count,
    };
  });
  return [...instagram, ...facebook, ...tiktok];
}

/** The owner's calendar day of an instant. */
export function dayIn(zone: string, at: number): string {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** The weekday (1 = Monday) and hour of an instant in the owner's zone. */
export function weekdayHourIn(zone: string, at: number): string {
  const local = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone);
  return `${local.dayOfWeek}-${local.hour}`;
}

/** Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
