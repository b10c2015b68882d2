import type { AccountDayMetric, InsightMetric, LocalDate, Platform, PostType } from '../../preload/contract';
import type { Logger } from '../diagnostics/logger';
import type { PlatformNetworks } from '../platforms/platformNetworks';
import type { PublishAccount, PublishCredentials } from '../platforms/publisher';

/**
 * The seam between insight collection (main/insights/collection/) and each platform
 * (main/insights/sources/), as `Publisher` is for publishing. A source speaks the platform's
 * current metric names (reference section 4) and answers in Outpost's own (`InsightMetric`,
 * `AccountDayMetric`), so everything above it is the same for every platform. Failures are the
 * platform clients' typed errors (`ThrottledError`, `TokenInvalidError`...): the collection decides
 * what to do with them.
 */

/** Figures in Outpost's names; a metric the platform did not give is absent, never 0. */
export type PostFigures = Partial<Record<InsightMetric, number>>;
export type AccountDayFigures = Partial<Record<AccountDayMetric, number>>;

/** A published post a source is asked about. */
export interface MeasuredPost {
  platformPostId: string;
  kind: PostType;
  publishedAt: Date;
}

/** One day of an account. `day` is the platform's reporting day; for counters read now, the owner's today. */
export interface AccountDay {
  day: LocalDate;
  values: AccountDayFigures;
}

/** A post found on the platform (published there, or by Outpost: the collection tells them apart). */
export interface FoundPost extends MeasuredPost {
  caption: string;
  permalink: string | null;
}

/**
 * Platform metric names refused for a kind of post, kept in `insight_refused_metrics`, so a name
 * the platform refused once is never asked again (one unknown name fails the whole call, 4.1).
 */
export interface RefusedMetrics {
  refused(platform: Platform, kind: PostType): ReadonlySet<string>;
  /** `deprecated`: the platform said the name is gone; logged once, with the name. */
  remember(refusal: { platform: Platform; kind: PostType; metric: string; reason: string; deprecated: boolean }): void;
}

export interface InsightsCallContext {
  account: PublishAccount;
  networks: PlatformNetworks;
  /** The account's tokens, read from the vault at each call (a Page token for a Facebook Page). */
  credentials: PublishCredentials;
  refusedMetrics: RefusedMetrics;
  logger: Logger;
  now(): Date;
}

export interface InsightsSource {
  platform: Platform;
  /**
   * The post's figures now. An empty object when the platform has nothing yet (an empty set, a
   * story under 5 viewers, a story past its 24 hours): the collection stores no snapshot then.
   */
  measurePost(context: InsightsCallContext, post: MeasuredPost): Promise<PostFigures>;
  /**
   * The account's days from `since` to `until` (both included), as far back as the platform keeps
   * them (Instagram 30 days, Pages 90 per call); counters that exist only "now" (followers,
   * TikTok's totals) come as today's day. Days the platform has no figures for are left out.
   */
  accountDays(context: InsightsCallContext, range: { since: LocalDate; until: LocalDate }): Promise<AccountDay[]>;
  /** The account's most recent posts on the platform, newest first (one page, at most 50). */
  recentPosts(context: InsightsCallContext): Promise<FoundPost[]>;
}
