import type { TargetMeasure, ValidationIssue } from '../../../preload/contract';
import { countCharacters } from './countCharacters';
import { capitalize, postKind, targetIssue, type TargetScope } from './targetScope';
import { findTextEntities } from './textEntities';
import { formatCount } from './wording';

type Count = TargetMeasure['characters'];

export interface CaptionCheck {
  issues: ValidationIssue[];
  characters: Count;
  hashtags: Count;
  mentions: Count;
}

/** More than the cap allows: "This caption has 31 hashtags; Instagram takes up to 30. Remove 1." */
function overCap(scope: TargetScope, code: string, count: Count, noun: string): ValidationIssue[] {
  if (count.max === null || count.used <= count.max) return [];
  return [
    targetIssue(scope, {
      subject: 'caption',
      severity: 'error',
      code,
      message: `This caption has ${formatCount(count.used)} ${noun}; ${scope.rules.name} takes up to ${formatCount(count.max)}. Remove ${formatCount(count.used - count.max)}.`,
    }),
  ];
}

/** Length, hashtags and mentions of the caption, counted the way the target's platform counts. */
export function checkCaption(scope: TargetScope, caption: string): CaptionCheck {
  const rules = scope.typeRules.caption;
  // A post type without a caption (a story) still shows counts, under Instagram's own reading.
  const entities = findTextEntities(caption, { mentionsAllowDots: rules?.mentionsAllowDots ?? true });
  const characters = { used: countCharacters(caption, rules?.counting ?? 'code_points'), max: rules?.maxCharacters ?? null };
  const hashtags = { used: entities.filter((e) => e.kind === 'hashtag').length, max: rules?.maxHashtags ?? null };
  const mentions = { used: entities.filter((e) => e.kind === 'mention').length, max: rules?.maxMentions ?? null };
  const empty = caption.trim() === '';
  const issues: ValidationIssue[] = [];
  if (!rules && !empty) {
    issues.push(
      targetIssue(scope, {
        subject: 'caption',
        severity: 'warning',
        code: 'caption.not_posted',
        message: `${capitalize(postKind(scope))} has no caption, so this text will not be posted with it. Put it in the picture, or post it another way.`,
      }),
    );
  }
  if (rules?.required && empty) {
    issues.push(
      targetIssue(scope, {
        subject: 'caption',
        severity: 'error',
        code: 'caption.empty',
        message: `${capitalize(postKind(scope))} needs text. Write what it should say.`,
      }),
    );
  }
  if (characters.max !== null && characters.used > characters.max) {
    // TikTok counts UTF-16 units, so an emoji takes two of its characters: say so when it matters.
    const hasWideCharacters = countCharacters(caption, 'code_points') !== caption.length;
    const emojiNote = rules?.counting === 'utf16_units' && hasWideCharacters ? ` (${scope.rules.name} counts most emoji as 2)` : '';
    issues.push(
      targetIssue(scope, {
        subject: 'caption',
        severity: 'error',
        code: 'caption.length',
        message: `This caption is ${formatCount(characters.used)} characters${emojiNote}; ${scope.rules.name} takes up to ${formatCount(characters.max)}. Shorten it by ${formatCount(characters.used - characters.max)}.`,
      }),
    );
  }
  issues.push(...overCap(scope, 'caption.hashtags', hashtags, 'hashtags'), ...overCap(scope, 'caption.mentions', mentions, '@mentions'));
  return { issues, characters, hashtags, mentions };
}
