import type { PostValidation } from '../../../../../preload/contract';
import { IssueList } from '../issues/IssueList';

export interface CheckResultProps {
  validation: PostValidation;
  hasTargets: boolean;
  nameOfTarget: (targetId: string | null) => string | null;
}

/** Main's full check of the post: ready, or what must be fixed first, then what is worth a look. */
export function CheckResult({ validation, hasTargets, nameOfTarget }: CheckResultProps) {
  const errors = validation.issues.filter((issue) => issue.severity === 'error');
  const warnings = validation.issues.filter((issue) => issue.severity === 'warning');
  if (!hasTargets) return <p>Choose where this post goes first: add a destination.</p>;
  return (
    <>
      {validation.readyToSchedule ? (
        <p>Ready to schedule. Choose when it goes out.</p>
      ) : errors.length > 0 ? (
        <p>Fix {errors.length === 1 ? 'this' : 'these'} before this post can be scheduled:</p>
      ) : (
        <p>This post is not ready to schedule yet.</p>
      )}
      <IssueList issues={errors} nameOfTarget={nameOfTarget} />
      {warnings.length > 0 ? <p>Worth checking, though the platforms would accept the post:</p> : null}
      <IssueList issues={warnings} nameOfTarget={nameOfTarget} />
    </>
  );
}
