import type { ReactNode } from 'react';
import type { ValidationIssue, ValidationSeverity } from '../../../../../preload/contract';
import { InfoIcon, WarningIcon } from '../../../ui/icons';
import './Issues.css';

const SEVERITY_WORDS: Record<ValidationSeverity, string> = { error: 'Must fix', warning: 'Worth checking', info: 'Note' };

export interface IssueListProps {
  id?: string;
  issues: readonly ValidationIssue[];
  /** The destination an issue is about, to name it ("Instagram · Rosie's Bakery"); null for the whole post. */
  nameOfTarget: (targetId: string | null) => string | null;
  /** Something to show after an issue (its fix button). */
  renderAction?: (issue: ValidationIssue) => ReactNode;
}

/** What the platforms would say, next to what it is about: most serious first, each with its destination. */
export function IssueList({ id, issues, nameOfTarget, renderAction }: IssueListProps) {
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => rank(a.severity) - rank(b.severity));
  return (
    <ul id={id} className="issue-list">
      {sorted.map((issue) => {
        const where = nameOfTarget(issue.targetId);
        const Icon = issue.severity === 'info' ? InfoIcon : WarningIcon;
        return (
          <li key={issue.key} className={`issue issue--${issue.severity}`}>
            <Icon size={16} className="issue__icon" />
            <p className="issue__text">
              <span className="visually-hidden">{SEVERITY_WORDS[issue.severity]}: </span>
              {where ? <strong>{where}: </strong> : null}
              {issue.message}
            </p>
            {renderAction?.(issue)}
          </li>
        );
      })}
    </ul>
  );
}

function rank(severity: ValidationSeverity): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}
