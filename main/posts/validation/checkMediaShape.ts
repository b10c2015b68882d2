import type { MediaProbe, ValidationIssue } from '../../../preload/contract';
import { cropFix, downscaleFix } from './mediaFixes';
import { compareToRatio, describeAspect, type Ratio } from './ratio';
import type { AspectRule, PixelMeasure, PixelRule } from './ruleTypes';
import { mediaNoun, targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';
import { formatCount, withArticle } from './wording';

/** The picture's size in pixels and its shape. */

const measureOf = (probe: MediaProbe, measure: PixelMeasure) =>
  measure === 'width' ? probe.width : measure === 'short_side' ? Math.min(probe.width, probe.height) : Math.max(probe.width, probe.height);

/** "1440 px wide", "360 px on the short side". */
const inPixels = (n: number, measure: PixelMeasure) =>
  `${formatCount(n)} px ${measure === 'width' ? 'wide' : `on the ${measure === 'short_side' ? 'short' : 'long'} side`}`;

function checkPixelRule(scope: TargetScope, item: MediaInScope, rule: PixelRule, fitLongEdge: number): ValidationIssue[] {
  const value = measureOf(item.probe, rule.measure);
  const over = rule.max !== null && value > rule.max;
  const under = rule.min !== null && value < rule.min;
  if (!over && !under) return [];
  const { kind } = item.probe;
  const limit = (over ? rule.max : rule.min) ?? value;
  const kinds = mediaNoun(kind, 2);
  const platform = scope.rules.name;
  const larger = `Use a larger ${mediaNoun(kind)}.`;
  const message =
    rule.outside === 'reject'
      ? over
        ? `takes ${kinds} up to ${inPixels(limit, rule.measure)}. ${kind === 'image' ? 'Downscale it.' : 'Export it smaller.'}`
        : `takes ${kinds} from ${inPixels(limit, rule.measure)}. ${larger}`
      : over
        ? `shrinks ${kinds} to ${inPixels(limit, rule.measure)}. Downscale it yourself to see how it will look.`
        : `enlarges ${kinds} to ${inPixels(limit, rule.measure)}, so it may look blurry. ${larger}`;
  return [
    targetIssue(scope, {
      subject: 'media',
      mediaId: item.id,
      severity: rule.outside === 'reject' ? 'error' : 'warning',
      code: `${kind}.${rule.measure}`,
      message: `${item.label} is ${inPixels(value, rule.measure)}; ${platform} ${message}`,
      fix: over && kind === 'image' ? downscaleFix(item.id, item.probe, fitLongEdge) : null,
    }),
  ];
}

export function checkPixels(scope: TargetScope, item: MediaInScope, rules: readonly PixelRule[]): ValidationIssue[] {
  const { probe } = item;
  const longEdge = Math.max(probe.width, probe.height);
  // One downscale that meets every maximum the picture breaks, so that one click clears them all.
  const fitLongEdge = Math.min(
    ...rules.flatMap((rule) => {
      const value = measureOf(probe, rule.measure);
      return rule.max !== null && value > rule.max ? [(longEdge * rule.max) / value] : [];
    }),
  );
  return rules.flatMap((rule) => checkPixelRule(scope, item, rule, fitLongEdge));
}

const shapeOf = ({ width, height }: MediaProbe) => `${describeAspect(width, height)} (${formatCount(width)} × ${formatCount(height)} px)`;

export function checkAspect(scope: TargetScope, item: MediaInScope, rule: AspectRule | null): ValidationIssue[] {
  if (!rule) return [];
  const { width, height, kind } = item.probe;
  const narrower = compareToRatio(width, height, rule.min) < 0;
  const wider = compareToRatio(width, height, rule.max) > 0;
  if (!narrower && !wider) return [];
  const range = `${rule.min.label} to ${rule.max.label}`;
  const action = kind === 'image' ? 'Crop it.' : 'Export it at a shape in that range.';
  const consequence =
    rule.severity === 'error'
      ? `${scope.rules.name} accepts ${range}.`
      : `${scope.rules.name} may refuse or crop ${mediaNoun(kind, 2)} outside ${range} in ${withArticle(scope.typeRules.name)}.`;
  return [
    targetIssue(scope, {
      subject: 'media',
      mediaId: item.id,
      severity: rule.severity,
      code: `${kind}.aspect_ratio`,
      message: `${item.label} is ${shapeOf(item.probe)}; ${consequence} ${action}`,
      fix: kind === 'image' ? cropFix(item.id, rule, narrower ? rule.min : rule.max) : null,
    }),
  ];
}

/** The shape the platform shows best (Reels fill the screen at 9:16): an info when it is another. */
export function checkRecommendedAspect(scope: TargetScope, item: MediaInScope, recommended: Ratio | null): ValidationIssue[] {
  const { width, height, kind } = item.probe;
  if (!recommended || compareToRatio(width, height, recommended) === 0) return [];
  return [
    targetIssue(scope, {
      subject: 'media',
      mediaId: item.id,
      severity: 'info',
      code: `${kind}.recommended_aspect_ratio`,
      message: `${item.label} is ${shapeOf(item.probe)}; ${scope.rules.name} shows ${withArticle(scope.typeRules.name)} best at ${recommended.label}, so it will have borders or be cropped.`,
      fix: kind === 'image' ? cropFix(item.id, { min: recommended, max: recommended }, recommended) : null,
    }),
  ];
}
