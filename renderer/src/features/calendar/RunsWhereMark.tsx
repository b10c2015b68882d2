import type { RunsWhere } from '../../../../preload/contract';
import { MonitorIcon } from '../../ui/icons';
import { CloudIcon } from './calendarIcons';
import { RUNS_WHERE } from './scheduleWords';

/** Where a scheduled post goes out from, as the small mark the legend explains; decorative. */
export function RunsWhereIcon({ runsWhere }: { runsWhere: RunsWhere }) {
  return (
    <span className={`runs-where runs-where--${runsWhere}`} aria-hidden="true" title={RUNS_WHERE[runsWhere].short}>
      {runsWhere === 'app' ? <MonitorIcon size={14} /> : <CloudIcon size={14} />}
    </span>
  );
}

/** What the two marks mean, under the calendar. */
export function RunsWhereLegend() {
  return (
    <ul className="runs-where-legend" aria-label="What the marks mean">
      {(['app', 'platform'] as const).map((runsWhere) => (
        <li key={runsWhere}>
          <RunsWhereIcon runsWhere={runsWhere} />
          {RUNS_WHERE[runsWhere].long}
        </li>
      ))}
    </ul>
  );
}
