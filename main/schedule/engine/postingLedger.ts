import type { DatabaseSync } from 'node:sqlite';
import type { Platform } from '../../../preload/contract';
import { INSTAGRAM_DAILY_POSTS_FALLBACK, LEDGER_WINDOW_MS, TIKTOK_DAILY_POSTS_FALLBACK } from '../schedulingRules';

/** An account at its limit: how many posts it may make in 24 hours, how many it made, when one more fits. */
export interface LimitReached {
  limit: number;
  count: number;
  freesAt: Date;
}

export interface PostingLedger {
  /** Whether one more post at `at` would go over the account's limit for the 24 hours before it. */
  wouldExceed(accountId: string, at: Date): LimitReached | null;
}

/** Instagram's `content_publishing_limit` as last read (accounts.publishing_limit). */
interface PublishingLimit {
  quotaTotal?: number;
  quotaUsage?: number;
  quotaDurationSeconds?: number;
  readAt?: string;
}

/**
 * The per-account ledger of posts in the last 24 hours: targets published in the window plus those
 * being published now. Limits: Instagram's as last read from `content_publishing_limit` (else the
 * documented 50), TikTok's per-creator cap (a fallback: `creator_info` does not say it), none for
 * Facebook Pages. The planning service asks it to warn; the engine holds a target that would exceed.
 */
export function createPostingLedger(db: DatabaseSync, now: () => Date): PostingLedger {
  const selectAccount = db.prepare('SELECT platform, publishing_limit FROM accounts WHERE id = ?');
  const selectPublished = db.prepare(`
    SELECT published_at FROM targets
     WHERE account_id = ? AND published_at IS NOT NULL AND published_at > ? AND published_at <= ?
     ORDER BY published_at`);
  const countPublishing = db.prepare(`SELECT count(*) AS n FROM targets WHERE account_id = ? AND status = 'publishing'`);

  const limitOf = (platform: Platform, publishingLimit: string | null): number | null => {
    switch (platform) {
      case 'facebook':
        return null;
      case 'tiktok':
        return TIKTOK_DAILY_POSTS_FALLBACK;
      case 'instagram': {
        const total = readLimit(publishingLimit)?.quotaTotal;
        return typeof total === 'number' && total > 0 ? total : INSTAGRAM_DAILY_POSTS_FALLBACK;
      }
    }
  };

  return {
    wouldExceed(accountId, at) {
      const account = selectAccount.get(accountId) as { platform: Platform; publishing_limit: string | null } | undefined;
      if (!account) return null;
      const limit = limitOf(account.platform, account.publishing_limit);
      if (limit === null) return null;
      const published = (selectPublished.all(accountId, new Date(at.getTime() - LEDGER_WINDOW_MS).toISOString(), at.toISOString()) as {
        published_at: string;
      }[]).map((row) => Date.parse(row.published_at));
      // Targets being published now will be in the window by then (planning looks ahead; the engine looks at now).
      const inFlight = at.getTime() >= now().getTime() ? Number((countPublishing.get(accountId) as { n: number }).n) : 0;
      const count = published.length + inFlight;
      if (count < limit) return null;
      // One more fits once enough of the oldest leave the window; a slot taken by one in flight frees a window after `at`.
      const oldestToLeave = published[count - limit];
      return { limit, count, freesAt: new Date((oldestToLeave ?? at.getTime()) + LEDGER_WINDOW_MS) };
    },
  };
}

/** The stored reading, or null when there is none or it does not read (the fallback applies). */
function readLimit(json: string | null): PublishingLimit | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as PublishingLimit;
  } catch {
    return null;
  }
}
