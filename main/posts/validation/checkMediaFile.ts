import type { ValidationIssue } from '../../../preload/contract';
import { CONVERTIBLE_TO_JPEG, convertToJpegFix, downscaleToFitBytes } from './mediaFixes';
import { formatName, formatWithArticle, normalizeFormat } from './mediaNames';
import type { ImageRules, VideoRules } from './ruleTypes';
import { mediaNoun, targetIssue, type TargetScope } from './targetScope';
import type { MediaInScope } from './validationContext';
import { beside, exactBytes, formatBytes, listWords } from './wording';

/** The file as a whole: its format and its size. */

const canConvertToJpeg = (item: MediaInScope, accepted: readonly string[], format: string) =>
  item.probe.kind === 'image' && accepted.includes('jpeg') && CONVERTIBLE_TO_JPEG.has(format);

export function checkFormat(scope: TargetScope, item: MediaInScope, formats: readonly string[] | null): ValidationIssue[] {
  const format = normalizeFormat(item.probe.format);
  if (formats === null || formats.includes(format)) return [];
  const convertible = canConvertToJpeg(item, formats, format);
  const preferred = formatName(formats[0] ?? '');
  const action = convertible
    ? 'Convert it to JPEG.'
    : item.probe.kind === 'image'
      ? `Save it as ${preferred}.`
      : `Export it as ${preferred}.`;
  return [
    targetIssue(scope, {
      subject: 'media',
      mediaId: item.id,
      severity: 'error',
      code: `${item.probe.kind}.format`,
      message: `${item.label} is ${formatWithArticle(format)}; ${scope.rules.name} takes only ${listWords(formats.map(formatName))}. ${action}`,
      fix: convertible ? convertToJpegFix(item.id) : null,
    }),
  ];
}

/** Checks the stricter of the general limit and the limit for the item's format (Facebook PNG). */
export function checkFileSize(scope: TargetScope, item: MediaInScope, rules: ImageRules | VideoRules): ValidationIssue[] {
  const format = normalizeFormat(item.probe.format);
  const formatLimit = 'maxBytesByFormat' in rules ? rules.maxBytesByFormat[format] : undefined;
  const limit = Math.min(rules.maxBytes ?? Infinity, formatLimit ?? Infinity);
  const { byteSize, kind } = item.probe;
  if (byteSize <= limit) return [];
  const forFormat = limit === formatLimit;
  const convertible = forFormat && rules.formats !== null && canConvertToJpeg(item, rules.formats, format);
  const what = forFormat ? `${formatName(format)} ${mediaNoun(kind, 2)}` : mediaNoun(kind, 2);
  const fix = convertible
    ? convertToJpegFix(item.id)
    : kind === 'image'
      ? downscaleToFitBytes(item.id, item.probe, limit)
      : null;
  const action = convertible ? 'Convert it to JPEG.' : kind === 'image' ? 'Downscale it.' : 'Trim it or export it at a lower quality.';
  return [
    targetIssue(scope, {
      subject: 'media',
      mediaId: item.id,
      severity: 'error',
      code: `${kind}.file_size`,
      message: `${item.label} is ${beside(byteSize, limit, formatBytes, exactBytes)}; ${scope.rules.name} takes ${what} up to ${formatBytes(limit)}. ${action}`,
      fix,
    }),
  ];
}
