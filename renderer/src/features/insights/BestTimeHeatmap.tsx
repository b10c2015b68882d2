import { useId, type CSSProperties } from 'react';
import type { BestTimes } from '../../../../preload/contract';
import { InfoIcon } from '../../ui/icons';
import { WEEKDAYS } from '../calendar/slotWords';
import { zoneName } from '../calendar/zonedTime';
import { cellIntensity, cellLabel, cellRows, highestRate } from './bestTimeCells';

/** The legend's steps, lightest to strongest. */
const LEGEND_STEPS = [0.15, 0.4, 0.65, 0.9];

/** A cell's colour: the accent mixed into the surface by how well that hour does. */
function cellStyle(intensity: number | null): CSSProperties | undefined {
  if (intensity === null) return undefined;
  return { '--cell-strength': `${Math.round(12 + intensity * 78)}%` } as CSSProperties;
}

/**
 * Weekday by hour in the owner's zone, coloured by the engagement of the posts published in each
 * hour, with the number of posts behind each cell. Each cell is named in words, so the table
 * reads without the colours.
 */
export function BestTimeHeatmap({ bestTimes, timeZone }: { bestTimes: BestTimes; timeZone: string }) {
  const id = useId();
  const top = highestRate(bestTimes);
  return (
    <section className="insights-best card" aria-labelledby={id}>
      <div className="insights-chart__head">
        <h3 id={id} className="insights-chart__title">
          Best time to post
        </h3>
        <p className="insights-muted">
          From all of your posts’ history, in your time zone: {zoneName(timeZone, new Date())}.
        </p>
      </div>
      {bestTimes.enoughData ? null : (
        <p className="insights-note" role="note">
          <InfoIcon size={16} />
          <span>
            Not enough posts yet to say: {bestTimes.postsConsidered} of {bestTimes.minimumPosts}. The map fills in as more of your posts are measured.
          </span>
        </p>
      )}
      <div className="insights-best__scroll">
        <table className="insights-heatmap" aria-label="Engagement by weekday and hour">
          <thead>
            <tr>
              <td />
              {Array.from({ length: 24 }, (_, hour) => (
                <th key={hour} scope="col" className="insights-heatmap__hour">
                  {String(hour).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cellRows(bestTimes).map((row, index) => (
              <tr key={WEEKDAYS[index]}>
                <th scope="row" className="insights-heatmap__day">
                  {WEEKDAYS[index]?.slice(0, 3)}
                  <span className="visually-hidden">{WEEKDAYS[index]?.slice(3)}</span>
                </th>
                {row.map((cell) => {
                  const intensity = cellIntensity(cell, top);
                  const label = cellLabel(cell);
                  return (
                    <td
                      key={cell.hour}
                      className={`insights-heatmap__cell${intensity === null ? '' : ' insights-heatmap__cell--posts'}${intensity !== null && intensity > 0.55 ? ' insights-heatmap__cell--strong' : ''}`}
                      style={cellStyle(intensity)}
                      aria-label={label}
                      title={label}
                    >
                      {cell.posts > 0 ? <span aria-hidden="true">{cell.posts}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="insights-legend" aria-label="Legend" role="group">
        <span>Lower engagement</span>
        <span className="insights-legend__steps" aria-hidden="true">
          {LEGEND_STEPS.map((step) => (
            <span key={step} className="insights-heatmap__cell--posts insights-legend__step" style={cellStyle(step)} />
          ))}
        </span>
        <span>Higher engagement</span>
        <span className="insights-legend__note">The number in a cell is how many posts went out in that hour; an empty cell has none.</span>
      </div>
    </section>
  );
}
