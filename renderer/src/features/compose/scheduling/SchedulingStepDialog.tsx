import { useEffect, useState } from 'react';
import type { AccountSummary, PostValidation, Result, ScheduledItem, ScheduleWhen } from '../../../../../preload/contract';
import { useAppServices } from '../../../app/AppServicesContext';
import { settle } from '../../../bridge/settle';
import { dateAndTime } from '../../../lib/dates';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { Dialog, DialogProblem } from '../../../ui/Dialog';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { showToast, type ToastContent } from '../../../ui/toast/toastQueue';
import { DateTimeField } from '../../calendar/DateTimeField';
import { instantFromLocalInput, localInputValue, nextRoundHour, zoneName } from '../../calendar/zonedTime';
import { useTimeZone } from '../../settings/useTimeZone';
import { targetName } from '../targets/targetNames';
import { useComposer } from '../useComposer';
import { CheckResult } from './CheckResult';
import { PlanList } from './PlanList';
import { useSchedulePlan, type PlanState } from './useSchedulePlan';
import './SchedulingStep.css';

export const SCHEDULING_TITLE = 'Schedule post';

type WhenChoice = ScheduleWhen['kind'];

const CHOICES: { kind: WhenChoice; label: string; confirm: string }[] = [
  { kind: 'at', label: 'At a date and time', confirm: 'Schedule' },
  { kind: 'queue', label: 'Add to queue', confirm: 'Add to queue' },
  { kind: 'now', label: 'Publish now', confirm: 'Publish now' },
];

export interface SchedulingStepDialogProps {
  accounts: readonly AccountSummary[];
  onClose: () => void;
  /** The post is scheduled: the composer moves on to a new post. */
  onScheduled: () => void;
}

/**
 * The scheduling step: main's full check of the saved post (what must be fixed first), then when
 * it goes: at a date and time in the owner's zone, each account's next free posting time, or now.
 * Before the owner confirms, main's plan says per destination when it would go out, whether this
 * computer must be on then, and any warning (a posting limit).
 */
export function SchedulingStepDialog({ accounts, onClose, onScheduled }: SchedulingStepDialogProps) {
  const { api, navigation, calendar, toasts } = useAppServices();
  const checkBeforeScheduling = useComposer((state) => state.checkBeforeScheduling);
  const targets = useComposer((state) => state.draft.targets);
  const postId = useComposer((state) => state.draft.id);
  const timeZone = useTimeZone();
  const [answer, setAnswer] = useState<Result<PostValidation> | null | 'checking'>('checking');
  const [choice, setChoice] = useState<WhenChoice>('at');
  const [localTime, setLocalTime] = useState(() => localInputValue(nextRoundHour(new Date(), timeZone), timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void checkBeforeScheduling().then((checked) => {
      if (current) setAnswer(checked);
    });
    return () => {
      current = false;
    };
  }, [checkBeforeScheduling]);

  const isReady = answer !== 'checking' && answer !== null && answer.ok && answer.value.readyToSchedule && targets.length > 0;
  const dueAt = choice === 'at' ? instantFromLocalInput(localTime, timeZone) : null;
  const when: ScheduleWhen | null = choice === 'at' ? (dueAt ? { kind: 'at', dueAt: dueAt.toISOString() } : null) : { kind: choice };
  const plan = useSchedulePlan(isReady ? postId : null, when);
  const confirmLabel = CHOICES.find((candidate) => candidate.kind === choice)?.confirm ?? 'Schedule';

  const nameOfTarget = (targetId: string | null) => {
    const target = targets.find((candidate) => candidate.id === targetId);
    return target ? targetName(target, accounts) : null;
  };

  const viewInCalendar = (scheduled: readonly ScheduledItem[]) => {
    navigation.getState().goTo('calendar');
    const first = scheduled[0];
    if (first) void calendar.getState().select(first.targetId, { reveal: true });
  };

  const confirm = async () => {
    if (!when) return;
    setBusy(true);
    setProblem(null);
    const scheduled = await settle(() => api.schedule.schedulePost({ postId, when }));
    setBusy(false);
    if (!scheduled.ok) {
      setProblem(describeError(scheduled));
      return;
    }
    const toast: ToastContent = {
      tone: 'success',
      ...scheduledWords(when, scheduled.value, timeZone),
      action: { label: 'View in calendar', onAction: () => viewInCalendar(scheduled.value) },
    };
    showToast(toasts, toast);
    onScheduled();
  };

  return (
    <Dialog
      title={SCHEDULING_TITLE}
      size="guide"
      isOpen
      isDismissable={!isBusy}
      onOpenChange={(open) => {
        if (!open && !isBusy) onClose();
      }}
      actions={(close) => (
        <>
          <Button onPress={close} isDisabled={isBusy}>
            Back to the post
          </Button>
          {isReady ? (
            <Button variant="primary" onPress={() => void confirm()} isPending={isBusy} isDisabled={when === null}>
              {confirmLabel}
            </Button>
          ) : null}
        </>
      )}
    >
      <div role="status">
        {answer === 'checking' ? <p>Checking the post with each platform’s rules…</p> : null}
        {answer === null ? <p>There is nothing to schedule yet: write the post and choose where it goes.</p> : null}
        {answer !== 'checking' && answer !== null && !answer.ok ? <p>The post could not be checked: {describeError(answer)}</p> : null}
        {answer !== 'checking' && answer?.ok ? <CheckResult validation={answer.value} hasTargets={targets.length > 0} nameOfTarget={nameOfTarget} /> : null}
      </div>

      {isReady ? (
        <div className="scheduling-step">
          <RadioGroup
            label="When"
            orientation="horizontal"
            value={choice}
            onChange={(picked) => {
              setChoice(picked as WhenChoice);
              setProblem(null);
            }}
          >
            {CHOICES.map((option) => (
              <Radio key={option.kind} value={option.kind}>
                {option.label}
              </Radio>
            ))}
          </RadioGroup>
          {choice === 'at' ? (
            <DateTimeField
              label="Date and time"
              value={localTime}
              onChange={(value) => {
                setLocalTime(value);
                setProblem(null);
              }}
              description={`In your time zone, ${zoneName(timeZone, dueAt ?? new Date())}.`}
              problem={dueAt ? null : 'Enter a date and a time.'}
            />
          ) : null}
          {choice === 'queue' ? (
            <p className="scheduling-step__note">Each account’s post takes that account’s next free posting time (set them in the Calendar’s Posting times).</p>
          ) : null}
          <PlanView plan={plan} when={when} timeZone={timeZone} />
          <DialogProblem problem={problem} />
        </div>
      ) : null}
    </Dialog>
  );
}

/** Main's plan for the choice: while it is worked out, why it could not be, or per destination. */
function PlanView({ plan, when, timeZone }: { plan: PlanState; when: ScheduleWhen | null; timeZone: string }) {
  if (!when || plan.kind === 'idle') return null;
  if (plan.kind === 'loading') return <p className="scheduling-step__note">Working out when each destination goes out…</p>;
  if (plan.kind === 'failed') return <p className="scheduling-step__note">Outpost could not work out the times: {describeError(plan.error)}</p>;
  return <PlanList targets={plan.plan.targets} when={when} timeZone={timeZone} />;
}

/** The toast's words once main has scheduled the post. */
function scheduledWords(when: ScheduleWhen, scheduled: readonly ScheduledItem[], timeZone: string): { title: string; body?: string } {
  if (when.kind === 'now') return { title: 'Publishing now' };
  if (when.kind === 'at') return { title: 'Post scheduled', body: dateAndTime(new Date(when.dueAt), timeZone) };
  const first = scheduled.map((item) => item.dueAt).filter((due): due is string => due !== null).sort()[0];
  return { title: 'Added to the queue', body: first ? `First out ${dateAndTime(new Date(first), timeZone)}` : undefined };
}
