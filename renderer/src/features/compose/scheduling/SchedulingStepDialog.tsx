import { useEffect, useState } from 'react';
import type { AccountSummary, PostValidation, Result } from '../../../../../preload/contract';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { IssueList } from '../issues/IssueList';
import { targetName } from '../targets/targetNames';
import { useComposer } from '../useComposer';

export interface SchedulingStepDialogProps {
  accounts: readonly AccountSummary[];
  onClose: () => void;
}

/**
 * The step before scheduling: main's full check of the saved post. It lists what must be fixed
 * first, or says the post is ready. Choosing the time comes with the scheduler (the next step of
 * Outpost); nothing here pretends to schedule.
 */
export function SchedulingStepDialog({ accounts, onClose }: SchedulingStepDialogProps) {
  const checkBeforeScheduling = useComposer((state) => state.checkBeforeScheduling);
  const targets = useComposer((state) => state.draft.targets);
  const [answer, setAnswer] = useState<Result<PostValidation> | null | 'checking'>('checking');

  useEffect(() => {
    let current = true;
    void checkBeforeScheduling().then((checked) => {
      if (current) setAnswer(checked);
    });
    return () => {
      current = false;
    };
  }, [checkBeforeScheduling]);

  const nameOfTarget = (targetId: string | null) => {
    const target = targets.find((candidate) => candidate.id === targetId);
    return target ? targetName(target, accounts) : null;
  };

  return (
    <Dialog
      title="Before scheduling"
      size="wide"
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      actions={() => (
        <Button variant="primary" onPress={onClose}>
          Back to the post
        </Button>
      )}
    >
      <div role="status">
        {answer === 'checking' ? <p>Checking the post with each platform’s rules…</p> : null}
        {answer === null ? <p>There is nothing to schedule yet: write the post and choose where it goes.</p> : null}
        {answer !== 'checking' && answer !== null && !answer.ok ? <p>The post could not be checked: {describeError(answer)}</p> : null}
        {answer !== 'checking' && answer?.ok ? <CheckResult validation={answer.value} hasTargets={targets.length > 0} nameOfTarget={nameOfTarget} /> : null}
      </div>
    </Dialog>
  );
}

function CheckResult({
  validation,
  hasTargets,
  nameOfTarget,
}: {
  validation: PostValidation;
  hasTargets: boolean;
  nameOfTarget: (targetId: string | null) => string | null;
}) {
  const errors = validation.issues.filter((issue) => issue.severity === 'error');
  const warnings = validation.issues.filter((issue) => issue.severity === 'warning');
  if (!hasTargets) return <p>Choose where this post goes first: add a destination.</p>;
  return (
    <>
      {validation.readyToSchedule ? (
        <p>Ready to schedule. Choosing the time comes with the scheduler.</p>
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
