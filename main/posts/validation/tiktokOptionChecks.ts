import type { PostType, TargetOptions, TikTokCreatorSettings, TikTokPrivacyLevel, ValidationIssue } from '../../../preload/contract';
import { targetIssue, type TargetScope } from './targetScope';
import { UNCONFIRMED } from './unconfirmed';
import type { ContextAccount } from './validationContext';
import { listWords } from './wording';

/**
 * The TikTok posting choices against the creator's `creator_info` (6.2 [S78]): privacy from the
 * levels offered, no interaction the creator turned off, and a complete commercial disclosure.
 */

type TikTokOptions = Extract<TargetOptions, { platform: 'tiktok' }>;

/** The words TikTok's own app uses for each audience. */
const PRIVACY_LABELS: Readonly<Record<TikTokPrivacyLevel, string>> = {
  PUBLIC_TO_EVERYONE: 'Everyone',
  MUTUAL_FOLLOW_FRIENDS: 'Friends',
  FOLLOWER_OF_CREATOR: 'Followers',
  SELF_ONLY: 'Only me',
};

const optionsIssue = (scope: TargetScope, code: string, message: string, severity: ValidationIssue['severity'] = 'error') =>
  targetIssue(scope, { subject: 'options', severity, code, message });

export function checkPrivacy(scope: TargetScope, options: TikTokOptions, account: ContextAccount | null): ValidationIssue[] {
  const creator = account?.tiktokCreator ?? null;
  const issues: ValidationIssue[] = [];
  if (account && !creator) {
    issues.push(
      optionsIssue(
        scope,
        'creator.unread',
        `Outpost has not yet read ${account.displayName}'s TikTok posting settings, so it cannot check who may see the post or what viewers may do. Reconnect the account in Accounts to read them.`,
        'warning',
      ),
    );
  }
  const level = options.privacyLevel;
  if (level === null) {
    // TikTok's guidelines: nothing is chosen for the creator (6.2 [S86] [S81]).
    issues.push(optionsIssue(scope, 'privacy.none', 'Choose who can see this TikTok post.'));
  } else if (creator && !creator.privacyLevelOptions.includes(level)) {
    const offered = creator.privacyLevelOptions.map((option) => `“${PRIVACY_LABELS[option]}”`);
    issues.push(
      optionsIssue(
        scope,
        'privacy.not_offered',
        `TikTok does not offer “${PRIVACY_LABELS[level]}” for ${account?.displayName}; it offers ${listWords(offered)}. Choose ${offered.length === 1 ? 'that' : 'one of those'}.`,
      ),
    );
  }
  return issues;
}

/** Each interaction switch with the creator setting that can turn it off; duet and stitch are video only. */
const INTERACTIONS = [
  { option: 'allowComments', disabled: 'commentDisabled', name: 'comments', code: 'comments', videoOnly: false },
  { option: 'allowDuet', disabled: 'duetDisabled', name: 'duets', code: 'duet', videoOnly: true },
  { option: 'allowStitch', disabled: 'stitchDisabled', name: 'stitches', code: 'stitch', videoOnly: true },
] as const satisfies readonly {
  option: keyof TikTokOptions;
  disabled: keyof TikTokCreatorSettings;
  name: string;
  code: string;
  videoOnly: boolean;
}[];

export function checkInteractions(scope: TargetScope, options: TikTokOptions, account: ContextAccount | null, postType: PostType): ValidationIssue[] {
  const creator = account?.tiktokCreator;
  if (!account || !creator) return [];
  return INTERACTIONS.filter(({ option, disabled, videoOnly }) => options[option] && creator[disabled] && (!videoOnly || postType === 'video')).map(
    ({ name, code }) =>
      optionsIssue(
        scope,
        `interactions.${code}`,
        `${account.displayName} has ${name} turned off in TikTok, so this post cannot allow them. Switch ${name} off here, or turn them on in the TikTok app.`,
      ),
  );
}

export function checkDisclosure(scope: TargetScope, options: TikTokOptions): ValidationIssue[] {
  if (!options.discloseCommercialContent) return [];
  const issues: ValidationIssue[] = [];
  if (!options.promotesOwnBusiness && !options.brandedContent) {
    issues.push(
      optionsIssue(scope, 'disclosure.incomplete', "Say what this TikTok post promotes: your own business, someone else's (branded content), or both."),
    );
  }
  if (options.brandedContent && options.privacyLevel === 'SELF_ONLY' && !UNCONFIRMED.tiktokBrandedContentMayBePrivate) {
    issues.push(
      optionsIssue(
        scope,
        'disclosure.branded_private',
        `TikTok does not let branded content be private (“${PRIVACY_LABELS.SELF_ONLY}”). Choose who else can see it, or turn off branded content.`,
      ),
    );
  }
  return issues;
}
