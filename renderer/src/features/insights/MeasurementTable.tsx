import type { InsightMeasurement } from '../../../../preload/contract';
import { dateAndTime } from '../../lib/dates';
import { historyMetrics } from './historySeries';
import { CHECKPOINT_NAMES, formatMetric, METRIC_NAMES } from './insightsWords';

/** Every measurement of a post, oldest first: the chart's figures, to read exactly. */
export function MeasurementTable({ history, timeZone }: { history: readonly InsightMeasurement[]; timeZone: string }) {
  const metrics = historyMetrics(history);
  if (history.length === 0) return <p className="insights-muted">No measurements yet.</p>;
  return (
    <div className="insights-table__scroll">
      <table className="insights-table">
        <caption className="visually-hidden">Measurements of this post</caption>
        <thead>
          <tr>
            <th scope="col">Measured</th>
            <th scope="col">When</th>
            {metrics.map((metric) => (
              <th key={metric} scope="col" className="insights-table__number">
                {METRIC_NAMES[metric]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.map((measurement) => (
            <tr key={measurement.at}>
              <th scope="row">{dateAndTime(new Date(measurement.at), timeZone)}</th>
              <td>{measurement.checkpoint ? CHECKPOINT_NAMES[measurement.checkpoint] : 'Refreshed'}</td>
              {metrics.map((metric) => (
                <td key={metric} className="insights-table__number">
                  {formatMetric(metric, measurement.values[metric])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
