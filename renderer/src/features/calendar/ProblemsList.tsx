import type { ScheduledItem } from '../../../../preload/contract';
import { dateAndTime } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { PlatformIcon } from '../accounts/platforms';
import { useTimeZone } from '../settings/useTimeZone';
import { StatusMark } from './StatusMark';
import { destinationName, excerptOf } from './scheduleWords';

/** Posts that failed, need attention or were missed, whenever they were due; each opens its details. */
export function ProblemsList({ problems, onOpen }: { problems: readonly ScheduledItem[]; onOpen: (item: ScheduledItem) => void }) {
  const timeZone = useTimeZone();
  if (problems.length === 0) return null;
  return (
    <section className="card calendar-problems" aria-labelledby="calendar-problems-title">
      <h2 id="calendar-problems-title" className="calendar-problems__title">
        Needs attention
      </h2>
      <ul className="row-list">
        {problems.map((item) => (
          <li key={item.targetId}>
            <Button variant="quiet" className="calendar-problem" onPress={() => onOpen(item)}>
              <PlatformIcon platform={item.platform} size="sm" />
              <span className="calendar-problem__text">
                <span className="calendar-problem__name">
                  {destinationName(item)}: {excerptOf(item)}
                </span>
                <span className="calendar-problem__why">
                  {item.problem?.message ?? ''}
                  {item.dueAt ? ` Due ${dateAndTime(new Date(item.dueAt), timeZone)}.` : ''}
                </span>
              </span>
              <StatusMark status={item.status} />
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
