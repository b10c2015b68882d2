import { useState } from 'react';
import type { TargetDetails } from '../../../../preload/contract';
import { useNavigation } from '../../app/useNavigation';
import { useToast } from '../../app/useToast';
import { dateAndTime } from '../../lib/dates';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { ExternalLink } from '../../ui/ExternalLink';
import { PLATFORMS, PlatformIcon } from '../accounts/platforms';
import { openPostInComposer } from '../compose/composerStore';
import { useDuplicatePost } from '../compose/useDuplicatePost';
import { useTimeZone } from '../settings/useTimeZone';
import type { TargetAction } from './calendarStore';
import { RescheduleForm } from './RescheduleForm';
import { StatusMark } from './StatusMark';
import { TargetTimeline } from './TargetTimeline';
import { destinationName, RUNS_WHERE, statusDetail } from './scheduleWords';
import { useCalendar } from './useCalendar';
import { zoneName } from './zonedTime';

/** Problems the owner fixes on the Accounts screen (reconnect, grant a permission). */
const ACCOUNT_PROBLEMS = new Set(['TOKEN_EXPIRED', 'PERMISSION_MISSING']);

/**
 * A scheduled post's details: where and when it goes, how it went (the timeline), the link once
 * it is out, its problem with what to do, and the actions main allows now, and only those.
 */
export function TargetDetailsView({ details }: { details: TargetDetails }) {
  const timeZone = useTimeZone();
  const act = useCalendar((state) => state.act);
  const closeDetails = useCalendar((state) => state.closeDetails);
  const goTo = useNavigation((state) => state.goTo);
  const duplicate = useDuplicatePost();
  const toast = useToast();
  const [running, setRunning] = useState<TargetAction | 'duplicate' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { actions } = details;
  const detail = statusDetail(details, timeZone);
  const due = details.dueAt ? new Date(details.dueAt) : null;

  const run = async (action: TargetAction) => {
    setRunning(action);
    setProblem(null);
    const result = await act(details.targetId, action);
    setRunning(null);
    if (!result.ok) setProblem(describeError(result));
  };

  // These leave the calendar; the details close so it is as the owner left it when they come back.
  const copy = async () => {
    setRunning('duplicate');
    const opened = await duplicate(details.postId);
    setRunning(null);
    if (opened) closeDetails();
  };
  const open = () => {
    closeDetails();
    void openPostInComposer(details.postId);
  };
  const toAccounts = () => {
    closeDetails();
    goTo('accounts');
  };

  return (
    <div className="target-details">
      <div className="target-details__head">
        <p className="target-details__destination">
          <PlatformIcon platform={details.platform} size="sm" />
          {destinationName(details)}
        </p>
        <StatusMark status={details.status} />
      </div>

      {/* Read out as it changes: the step and how far it is while publishing. */}
      <div role="status" className="target-details__live">
        {detail ? <p>{detail}</p> : null}
        {details.status === 'publishing' && details.progress !== null ? (
          <progress className="target-details__progress" value={details.progress} max={1} aria-label="Publishing progress" />
        ) : null}
      </div>

      <dl className="target-details__facts">
        {due ? (
          <>
            <dt>{details.status === 'published' ? 'Was due' : 'Time'}</dt>
            <dd>
              {dateAndTime(due, timeZone)} <span className="target-details__muted">· {zoneName(timeZone, due)}</span>
            </dd>
          </>
        ) : null}
        {details.publishedAt ? (
          <>
            <dt>Published</dt>
            <dd>{dateAndTime(new Date(details.publishedAt), timeZone)}</dd>
          </>
        ) : null}
        {details.status === 'scheduled' || details.status === 'missed' ? (
          <>
            <dt>Goes out</dt>
            <dd>{RUNS_WHERE[details.runsWhere].long}</dd>
          </>
        ) : null}
      </dl>

      {details.permalink ? (
        <p>
          <ExternalLink href={details.permalink}>View the post on {PLATFORMS[details.platform].name}</ExternalLink>
        </p>
      ) : null}

      {details.problem ? (
        <div className="target-details__problem">
          <p>{details.problem.message}</p>
          {details.problem.action ? <p>{details.problem.action}</p> : null}
          {ACCOUNT_PROBLEMS.has(details.problem.code) ? <Button onPress={toAccounts}>Go to Accounts</Button> : null}
        </div>
      ) : null}

      <div className="target-details__actions" role="group" aria-label="Actions">
        {actions.publishNow ? (
          <Button variant="primary" isPending={running === 'publishNow'} onPress={() => void run('publishNow')}>
            Publish now
          </Button>
        ) : null}
        {actions.retry ? (
          <Button variant="primary" isPending={running === 'retry'} onPress={() => void run('retry')}>
            Retry
          </Button>
        ) : null}
        {actions.cancel ? (
          <Button isPending={running === 'cancel'} onPress={() => void run('cancel')}>
            {details.status === 'missed' ? 'Skip' : 'Cancel scheduling'}
          </Button>
        ) : null}
        <Button isPending={running === 'duplicate'} onPress={() => void copy()}>
          Duplicate
        </Button>
        <Button onPress={open}>Open post</Button>
      </div>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}

      {actions.reschedule ? (
        <RescheduleForm
          key={`${details.targetId}:${details.dueAt ?? ''}`}
          targetId={details.targetId}
          dueAt={details.dueAt}
          onMoved={(dueAt) => toast({ tone: 'success', title: 'Post moved', body: dateAndTime(dueAt, timeZone) })}
        />
      ) : null}

      <section className="target-details__section" aria-labelledby={`caption-${details.targetId}`}>
        <h3 id={`caption-${details.targetId}`} className="target-details__subtitle">
          Caption
        </h3>
        <p className="target-details__caption">{details.caption.trim() || 'No text.'}</p>
      </section>

      <section className="target-details__section" aria-labelledby={`timeline-${details.targetId}`}>
        <h3 id={`timeline-${details.targetId}`} className="target-details__subtitle">
          Timeline
        </h3>
        <TargetTimeline entries={details.timeline} timeZone={timeZone} />
      </section>
    </div>
  );
}
