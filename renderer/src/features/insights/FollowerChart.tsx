import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsDay, InsightsPeriod } from '../../../../preload/contract';
import { ChartFigure } from './ChartFigure';
import { followersGained, followerSummary } from './chartSummaries';
import { AXIS_LINE, AXIS_TICK, compactNumber, GRID_STROKE, TOOLTIP_CURSOR, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from './chartStyle';
import { formatSignedCount } from './insightsNumbers';
import { dayName, shortDayName } from './insightsPeriod';

/**
 * Followers gained since the period began, day by day (a running sum of each day's change). Not
 * the accounts' counts added up: an account whose counts start mid-period (TikTok gives a count,
 * not a history) would make a cliff that is no growth at all.
 */
export function FollowerChart({ period, daily }: { period: InsightsPeriod; daily: readonly InsightsDay[] }) {
  const points = followersGained(daily);
  return (
    <ChartFigure title="Follower growth" summary={followerSummary(period, points)}>
      <LineChart data={points} responsive style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDayName} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} minTickGap={24} />
        <YAxis
          tickFormatter={compactNumber}
          tick={AXIS_TICK}
          axisLine={false}
          tickLine={false}
          width={48}
          allowDecimals={false}
          domain={['auto', 'auto']}
        />
        <Tooltip
          contentStyle={TOOLTIP_STYLE}
          labelStyle={TOOLTIP_LABEL_STYLE}
          cursor={TOOLTIP_CURSOR}
          labelFormatter={(day) => dayName(String(day))}
          formatter={(value) => [formatSignedCount(Number(value)), 'Followers gained']}
        />
        <Line type="monotone" dataKey="value" name="Followers gained" stroke="var(--chart-2)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
      </LineChart>
    </ChartFigure>
  );
}
