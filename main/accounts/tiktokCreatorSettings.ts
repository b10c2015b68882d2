import { TikTokCreatorSettings, TikTokPrivacyLevel } from '../../preload/contract';
import type { CreatorInfo } from '../platforms/tiktok/tiktokPosting';

/**
 * The posting settings Outpost keeps from a `creator_info` answer (platform-apis.md 6.2), so the
 * composer offers the right privacy levels and switches offline. Privacy levels TikTok adds later
 * are left out rather than offered without a label; an answer without a usable maximum duration
 * gives nothing (null), and the settings last read stay.
 */
export function toCreatorSettings(info: CreatorInfo, readAt: Date): TikTokCreatorSettings | null {
  const settings = TikTokCreatorSettings.safeParse({
    privacyLevelOptions: info.privacyLevelOptions.filter((level) => TikTokPrivacyLevel.safeParse(level).success),
    commentDisabled: info.commentDisabled,
    duetDisabled: info.duetDisabled,
    stitchDisabled: info.stitchDisabled,
    maxVideoPostDurationSec: Math.floor(info.maxVideoPostDurationSeconds),
    readAt: readAt.toISOString(),
  });
  return settings.success ? settings.data : null;
}
