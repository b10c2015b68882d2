import type { TikTokPublishRecord, TikTokUserRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import { privacyOptions } from './creatorInfo';
import { TikTokApiError } from './tiktokErrors';

/**
 * What TikTok checks on every post, video or photos (reference 6.2): privacy_level must be one of
 * creator_info's options (privacy_level_option_mismatch); branded content cannot be private;
 * unaudited apps may only post SELF_ONLY to private accounts; per creator, 15 direct posts and 5
 * pending inbox shares per 24 h (spam_risk_*).
 */
const DAY = 24 * 60 * 60 * 1000;
const DIRECT_POSTS_PER_DAY = 15;
const PENDING_INBOX_PER_DAY = 5;

export function checkPostChoices(world: SandboxWorld, user: TikTokUserRecord, info: { privacy_level: string; brand_content_toggle?: boolean | undefined }): void {
  if (!privacyOptions(user).includes(info.privacy_level)) {
    throw new TikTokApiError('privacy_level_option_mismatch', `privacy_level must be one of creator_info's privacy_level_options (${privacyOptions(user).join(', ')}).`);
  }
  if (info.brand_content_toggle && info.privacy_level === 'SELF_ONLY') {
    throw new TikTokApiError('invalid_params', 'Invalid request: branded content cannot be posted with privacy_level SELF_ONLY.');
  }
  if (!world.state.tiktok.app.audited && (info.privacy_level !== 'SELF_ONLY' || !user.privateAccount)) {
    throw new TikTokApiError('unaudited_client_can_only_post_to_private_accounts', 'Unaudited clients can only post SELF_ONLY content to private accounts.');
  }
}

export function checkDailyCaps(world: SandboxWorld, user: TikTokUserRecord, mode: TikTokPublishRecord['mode']): void {
  const now = world.clock.now();
  const recent = Object.values(world.state.tiktok.publishes).filter((item) => item.openId === user.openId && item.mode === mode && item.createdAt > now - DAY);
  if (mode === 'direct' && recent.length >= DIRECT_POSTS_PER_DAY) throw new TikTokApiError('spam_risk_too_many_posts', 'This creator has posted too many times in the last 24 hours.');
  if (mode === 'inbox' && recent.filter((item) => item.status !== 'FAILED').length >= PENDING_INBOX_PER_DAY) {
    throw new TikTokApiError('spam_risk_too_many_pending_share', 'This creator has too many pending inbox shares.');
  }
}

/** A URL TikTok pulls must start with a prefix verified for the app (url_ownership_unverified). */
export function checkVerifiedUrl(world: SandboxWorld, url: string, field: string): void {
  if (!world.state.tiktok.app.verifiedUrlPrefixes.some((verified) => url.startsWith(verified))) {
    throw new TikTokApiError('url_ownership_unverified', `The domain or URL prefix of ${field} is not verified for this app.`);
  }
}
