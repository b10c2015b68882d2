import type { ValidationIssue } from '../../../preload/contract';
import { applyOrientationFix } from './mediaFixes';
import type { ImageRules } from './ruleTypes';
import { targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';

/** "sRGB", "srgb", "sRGB IEC61966-2.1". */
const isSrgb = (colorSpace: string) => colorSpace.toLowerCase().replace(/[^a-z0-9]/g, '').startsWith('srgb');

/** What only a photo has: an orientation tag and a colour space. */
export function checkImageDetails(scope: TargetScope, item: MediaInScope, rules: ImageRules): ValidationIssue[] {
  const { orientation, colorSpace } = item.probe;
  const issues: ValidationIssue[] = [];
  if (orientation !== null) {
    // The probe's sizes are as seen, but the stored pixels are turned: a platform that ignores
    // the EXIF tag shows the photo sideways.
    issues.push(
      targetIssue(scope, {
        subject: 'media',
        mediaId: item.id,
        severity: 'warning',
        code: 'image.orientation',
        message: `${item.label} is stored turned, with a tag saying how to show it upright; ${scope.rules.name} may ignore the tag and show it sideways. Turn it upright before posting.`,
        fix: applyOrientationFix(item.id),
      }),
    );
  }
  if (rules.convertsToSrgb && colorSpace !== null && !isSrgb(colorSpace)) {
    issues.push(
      targetIssue(scope, {
        subject: 'media',
        mediaId: item.id,
        severity: 'info',
        code: 'image.color_space',
        message: `${item.label} uses the ${colorSpace} colour space; ${scope.rules.name} converts photos to sRGB, so its colours may shift a little.`,
      }),
    );
  }
  return issues;
}
