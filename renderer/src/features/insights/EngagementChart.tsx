import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightPost } from '../../../../preload/contract';
import { ChartFigure } from './ChartFigure';
import { captionExcerpt, engagementSummary } from './chartSummaries';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_BAR_CURSOR, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from './chartStyle';
import { formatRate } from './insightsNumbers';

/** Room for one post's bar and its label. */
const ROW_HEIGHT = 28;

/** The period's posts by engagement rate, highest first: which posts worked. */
export function EngagementChart({ posts }: { posts: readonly InsightPost[] }) {
  const rows = posts
    .filter((post) => post.engagementRate !== null)
    .map((post) => ({ postId: post.postId, label: captionExcerpt(post.caption, 24), rate: post.engagementRate }));
  return (
    <ChartFigure title="Posts by engagement" summary={engagementSummary(posts)}>
      {rows.length === 0 ? (
        <p className="insights-muted">No measured posts in this period yet.</p>
      ) : (
        <BarChart
          data={rows}
          layout="vertical"
          responsive
          style={{ width: '100%', height: rows.length * ROW_HEIGHT + 40 }}
          margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" dataKey="rate" tickFormatter={(rate: number) => formatRate(rate)} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} axisLine={false} tickLine={false} width={170} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelStyle={TOOLTIP_LABEL_STYLE}
            cursor={TOOLTIP_BAR_CURSOR}
            formatter={(rate) => [formatRate(Number(rate)), 'Engagement rate']}
          />
          <Bar dataKey="rate" name="Engagement rate" fill="var(--chart-1)" radius={[0, 4, 4, 0]} barSize={16} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFigure>
  );
}
