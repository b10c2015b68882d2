import type { InsightMeasurement, InsightMetric } from '../../../../preload/contract';
import { wordList } from '../../lib/dates';
import { formatMetric, METRIC_NAMES, METRIC_ORDER } from './insightsWords';

/** The metrics a post's history holds, in the dashboard's order. */
export function historyMetrics(history: readonly InsightMeasurement[]): InsightMetric[] {
  return METRIC_ORDER.filter((metric) => history.some((measurement) => measurement.values[metric] !== undefined));
}

/** The metrics drawn as lines: counts only, since a watch time in milliseconds would flatten them. */
export function chartedMetrics(history: readonly InsightMeasurement[]): InsightMetric[] {
  return historyMetrics(history).filter((metric) => metric !== 'avg_watch_time_ms');
}

/**
 * "Views, reach and likes at 5 measurements, from 3 Oct 2025, 15:00 to 31 Oct 2025, 14:00. Latest: views 1,240, reach 980, likes 61."
 */
export function historySummary(history: readonly InsightMeasurement[], formatTime: (at: string) => string): string {
  const metrics = chartedMetrics(history);
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last || metrics.length === 0) return 'No measurements of this post yet.';
  const names = wordList(metrics.map((metric, index) => (index === 0 ? METRIC_NAMES[metric] : METRIC_NAMES[metric].toLowerCase())));
  const count = history.length === 1 ? '1 measurement' : `${history.length} measurements`;
  const when = first === last ? `on ${formatTime(first.at)}` : `from ${formatTime(first.at)} to ${formatTime(last.at)}`;
  const latest = metrics
    .filter((metric) => last.values[metric] !== undefined)
    .map((metric) => `${METRIC_NAMES[metric].toLowerCase()} ${formatMetric(metric, last.values[metric])}`);
  return `${names} at ${count}, ${when}. Latest: ${latest.join(', ')}.`;
}
