import { ALT_TEXT_MAX_CHARS, type MediaId, type PostType, type ValidationIssue } from '../../../preload/contract';
import { countCharacters } from './countCharacters';
import { targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';
import { formatCount } from './wording';

/**
 * Alt text on the photos of an Instagram feed post or carousel (reference 2.1: `alt_text`, images
 * only; reels and stories are not supported). Each is held to ALT_TEXT_MAX_CHARS (Outpost's own
 * limit: the reference gives none). Descriptions left from when the target was a feed post or a
 * carousel are kept but not sent with a reel or a story, and the owner is told once.
 */
export function checkAltTexts(
  scope: TargetScope,
  postType: PostType,
  media: readonly MediaInScope[],
  altTexts: Readonly<Record<MediaId, string>>,
): ValidationIssue[] {
  const described = media.filter((item) => item.probe.kind === 'image' && (altTexts[item.id]?.trim() ?? '') !== '');
  if (described.length === 0) return [];
  if (postType !== 'feed' && postType !== 'carousel') {
    return [
      targetIssue(scope, {
        subject: 'options',
        severity: 'info',
        code: 'alt_text.not_sent',
        message: `Instagram takes alt text on feed photos and carousels only, so the descriptions you wrote will not be sent with this ${postType}.`,
      }),
    ];
  }
  return described.flatMap((item) => {
    const used = countCharacters(altTexts[item.id]?.trim() ?? '', 'code_points');
    if (used <= ALT_TEXT_MAX_CHARS) return [];
    return [
      targetIssue(scope, {
        subject: 'options',
        mediaId: item.id,
        severity: 'error',
        code: 'alt_text.too_long',
        message: `The alt text ${media.length > 1 ? `of ${item.originalName} ` : ''}has ${formatCount(used)} characters; Outpost keeps it to ${formatCount(ALT_TEXT_MAX_CHARS)}. Remove ${formatCount(used - ALT_TEXT_MAX_CHARS)}.`,
      }),
    ];
  });
}
