import type { ValidationIssue } from '../../../preload/contract';
import { checkImageDetails } from './checkImageDetails';
import { checkFileSize, checkFormat } from './checkMediaFile';
import { checkAspect, checkPixels, checkRecommendedAspect } from './checkMediaShape';
import { checkVideoStream } from './checkVideoStream';
import type { ImageRules, VideoRules } from './ruleTypes';
import type { TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';

const checkFileAndShape = (scope: TargetScope, item: MediaInScope, rules: ImageRules | VideoRules) => [
  ...checkFormat(scope, item, rules.formats),
  ...checkFileSize(scope, item, rules),
  ...checkPixels(scope, item, rules.pixels),
  ...checkAspect(scope, item, rules.aspect),
  ...checkRecommendedAspect(scope, item, rules.recommendedAspect),
];

/**
 * One library item against the target's rules for its kind. A kind the post type does not take
 * has no rules here; checkItems reports it.
 */
export function checkMediaItem(scope: TargetScope, item: MediaInScope): ValidationIssue[] {
  const { image, video } = scope.typeRules;
  if (item.probe.kind === 'image') return image ? [...checkFileAndShape(scope, item, image), ...checkImageDetails(scope, item, image)] : [];
  return video ? [...checkFileAndShape(scope, item, video), ...checkVideoStream(scope, item, video)] : [];
}
