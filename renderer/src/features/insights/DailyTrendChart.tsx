import { useState } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsDay, InsightsPeriod } from '../../../../preload/contract';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ChartFigure } from './ChartFigure';
import { dailySummary } from './chartSummaries';
import { AXIS_LINE, AXIS_TICK, compactNumber, GRID_STROKE, TOOLTIP_CURSOR, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from './chartStyle';
import { formatCount } from './insightsNumbers';
import { dayName, shortDayName } from './insightsPeriod';
import { TREND_METRICS, type TrendMetric } from './insightsWords';

const NAMES: Record<TrendMetric, string> = { views: 'Views', reach: 'Reach', interactions: 'Interactions' };

/** The selected accounts' views, reach or interactions, day by day. */
export function DailyTrendChart({ period, daily }: { period: InsightsPeriod; daily: readonly InsightsDay[] }) {
  const [metric, setMetric] = useState<TrendMetric>('reach');
  const points = daily.map((day) => ({ day: day.day, value: day[metric] }));
  return (
    <ChartFigure
      title="Daily trend"
      summary={dailySummary(NAMES[metric], period, points)}
      controls={<SegmentedControl label="Metric" options={TREND_METRICS} value={metric} onChange={setMetric} />}
    >
      <LineChart data={points} responsive style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDayName} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} minTickGap={24} />
        <YAxis tickFormatter={compactNumber} tick={AXIS_TICK} axisLine={false} tickLine={false} width={48} allowDecimals={false} />
        <Tooltip
          contentStyle={TOOLTIP_STYLE}
          labelStyle={TOOLTIP_LABEL_STYLE}
          cursor={TOOLTIP_CURSOR}
          labelFormatter={(day) => dayName(String(day))}
          formatter={(value) => [formatCount(Number(value)), NAMES[metric]]}
        />
        <Line type="monotone" dataKey="value" name={NAMES[metric]} stroke="var(--chart-1)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
      </LineChart>
    </ChartFigure>
  );
}
