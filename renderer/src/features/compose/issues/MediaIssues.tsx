import type { MediaFixSuggestion, MediaItem, ValidationIssue } from '../../../../../preload/contract';
import { FixButton } from './FixButton';
import { IssueList } from './IssueList';

export interface MediaIssuesProps {
  issues: readonly ValidationIssue[];
  media: Readonly<Record<string, MediaItem | null>>;
  nameOfTarget: (targetId: string | null) => string | null;
  onCrop: (fix: MediaFixSuggestion) => void;
}

/**
 * What is wrong with the post's pictures and videos, item by item under the strip, with each
 * item's fixes once (two platforms may ask for the same conversion; one click does it for both).
 */
export function MediaIssues({ issues, media, nameOfTarget, onCrop }: MediaIssuesProps) {
  const general = issues.filter((issue) => issue.mediaId === null);
  const itemIds = [...new Set(issues.flatMap((issue) => (issue.mediaId ? [issue.mediaId] : [])))];
  if (issues.length === 0) return null;

  return (
    <div className="media-issues">
      <IssueList issues={general} nameOfTarget={nameOfTarget} />
      {itemIds.map((mediaId) => {
        const item = media[mediaId];
        const itemIssues = issues.filter((issue) => issue.mediaId === mediaId);
        const fixes = uniqueFixes(itemIssues);
        const name = item?.originalName ?? 'A picture';
        return (
          <div key={mediaId} role="group" aria-label={`Problems with ${name}`} className="media-issues__item">
            <p className="media-issues__title">
              {item ? <img className="media-issues__thumb" src={item.thumbnailUrl} alt="" /> : null}
              {name}
            </p>
            <IssueList issues={itemIssues} nameOfTarget={nameOfTarget} />
            {fixes.length > 0 ? (
              <div className="media-issues__fixes">
                {fixes.map((fix) => (
                  <FixButton key={fix.kind} fix={fix} onCrop={onCrop} />
                ))}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** One fix of each kind; the crop tool starts from the first crop suggestion and offers every frame. */
function uniqueFixes(issues: readonly ValidationIssue[]): MediaFixSuggestion[] {
  const byKind = new Map<string, MediaFixSuggestion>();
  for (const issue of issues) if (issue.fix && !byKind.has(issue.fix.kind)) byKind.set(issue.fix.kind, issue.fix);
  return [...byKind.values()];
}
