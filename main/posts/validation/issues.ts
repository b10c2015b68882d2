import type { MediaFixSuggestion, MediaId, ValidationIssue } from '../../../preload/contract';

export type IssueFields = Pick<ValidationIssue, 'subject' | 'severity' | 'code' | 'message'> & {
  mediaId?: MediaId | null;
  fix?: MediaFixSuggestion | null;
};

/**
 * The same problem gets the same key on every run, and two problems never share one: a rule
 * (code) fires at most once per target and media item. Post-level codes start with "post.",
 * target-level codes with the platform, so the "post" prefix cannot meet a target's.
 */
const issueKey = (targetId: string | null, code: string, mediaId: MediaId | null) =>
  `${targetId ?? 'post'}:${code}:${mediaId ?? ''}`;

export function makeIssue(targetId: string | null, fields: IssueFields): ValidationIssue {
  const mediaId = fields.mediaId ?? null;
  return {
    key: issueKey(targetId, fields.code, mediaId),
    targetId,
    subject: fields.subject,
    mediaId,
    severity: fields.severity,
    code: fields.code,
    message: fields.message,
    fix: fields.fix ?? null,
  };
}
