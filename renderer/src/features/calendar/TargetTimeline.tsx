import type { TimelineEntry } from '../../../../preload/contract';
import { dateAndTime } from '../../lib/dates';
import { CheckIcon, InfoIcon, WarningIcon } from '../../ui/icons';
import { CommentIcon } from './calendarIcons';

const OUTCOMES: Record<TimelineEntry['outcome'], { word: string; Icon: typeof InfoIcon }> = {
  ok: { word: 'Done', Icon: CheckIcon },
  error: { word: 'Problem', Icon: WarningIcon },
  info: { word: 'Note', Icon: InfoIcon },
};

/**
 * Everything that happened to the post, oldest first: each step and attempt with its time and
 * outcome, the platform's answer in plain words, and its raw code in small print for support.
 * The first comment's lines are the comment's own (the post is out whatever they say): marked
 * with a speech bubble and "First comment", and a comment that failed in the warning colour.
 */
export function TargetTimeline({ entries, timeZone }: { entries: readonly TimelineEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="target-details__muted">Nothing has happened to this post yet.</p>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((entry) => {
        const { word, Icon } = OUTCOMES[entry.outcome];
        const isComment = entry.kind === 'comment';
        const Mark = isComment ? CommentIcon : Icon;
        const at = new Date(entry.at);
        return (
          <li key={entry.id} className={`timeline__entry timeline__entry--${entry.outcome}${isComment ? ' timeline__entry--comment' : ''}`}>
            <span className="timeline__icon">
              <Mark size={14} />
            </span>
            <div className="timeline__text">
              <p className="timeline__message">
                {isComment ? <span className="timeline__tag">First comment</span> : null}
                <span className="visually-hidden">{isComment ? ` ${word.toLowerCase()}` : word}: </span>
                {entry.message}
              </p>
              <p className="timeline__meta">
                <time dateTime={entry.at}>{dateAndTime(at, timeZone)}</time>
                {entry.step ? ` · ${entry.step}` : ''}
                {entry.attempt ? ` · Attempt ${entry.attempt}` : ''}
              </p>
              {entry.detail ? <p className="timeline__detail">{entry.detail}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
