import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightMeasurement } from '../../../../preload/contract';
import { dateAndTime, shortDate } from '../../lib/dates';
import { ChartFigure } from './ChartFigure';
import { AXIS_LINE, AXIS_TICK, compactNumber, GRID_STROKE, SERIES_COLOURS, TOOLTIP_CURSOR, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from './chartStyle';
import { chartedMetrics, historySummary } from './historySeries';
import { formatCount } from './insightsNumbers';
import { METRIC_NAMES } from './insightsWords';

/** A post's figures at each measurement, a line per metric. */
export function PostHistoryChart({ history, timeZone }: { history: readonly InsightMeasurement[]; timeZone: string }) {
  const metrics = chartedMetrics(history);
  const now = new Date();
  const rows = history.map((measurement) => ({ at: measurement.at, ...measurement.values }));
  return (
    <ChartFigure title="Figures over time" summary={historySummary(history, (at) => dateAndTime(new Date(at), timeZone))}>
      {metrics.length === 0 ? (
        <p className="insights-muted">No measurements yet.</p>
      ) : (
        <LineChart data={rows} responsive style={{ width: '100%', height: 260 }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="at"
            tickFormatter={(at: string) => shortDate(new Date(at), now, timeZone)}
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
            tickLine={false}
            minTickGap={24}
          />
          <YAxis tickFormatter={compactNumber} tick={AXIS_TICK} axisLine={false} tickLine={false} width={48} allowDecimals={false} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelStyle={TOOLTIP_LABEL_STYLE}
            cursor={TOOLTIP_CURSOR}
            labelFormatter={(at) => dateAndTime(new Date(String(at)), timeZone)}
            formatter={(value, name) => [formatCount(Number(value)), name]}
          />
          <Legend wrapperStyle={{ color: 'var(--color-text-muted)', fontSize: 'var(--text-sm)' }} />
          {metrics.map((metric, index) => (
            <Line
              key={metric}
              type="monotone"
              dataKey={metric}
              name={METRIC_NAMES[metric]}
              stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFigure>
  );
}
