import { useEffect, useRef, useState } from 'react';
import type { InsightPostDetail } from '../../../../preload/contract';
import { dateAndTime } from '../../lib/dates';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { ExternalLink } from '../../ui/ExternalLink';
import { LoadProblem } from '../../ui/LoadProblem';
import { RefreshIcon } from '../../ui/icons';
import { PLATFORMS, PlatformIcon } from '../accounts/platforms';
import { zoneName } from '../calendar/zonedTime';
import { captionExcerpt } from './chartSummaries';
import { upcomingTime } from './collectionWords';
import type { PostDetailState } from './insightsStore';
import { formatRate } from './insightsNumbers';
import { MeasurementTable } from './MeasurementTable';
import { PostHistoryChart } from './PostHistoryChart';
import { PostThumbnail } from './PostThumbnail';
import { useInsights } from './useInsights';

function DetailContent({ detail, timeZone }: { detail: InsightPostDetail; timeZone: string }) {
  const refreshPost = useInsights((state) => state.refreshPost);
  const [isRefreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { post } = detail;
  const published = new Date(post.publishedAt);

  const refresh = async () => {
    setRefreshing(true);
    setProblem(null);
    const result = await refreshPost();
    setRefreshing(false);
    if (!result.ok) setProblem(describeError(result));
  };

  return (
    <>
      <div className="insights-detail__top card">
        <PostThumbnail post={post} />
        <div className="insights-detail__about">
          <p className="insights-detail__caption">{post.caption || 'This post has no caption.'}</p>
          <dl className="insights-detail__facts">
            <dt>Account</dt>
            <dd className="insights-detail__account">
              <PlatformIcon platform={post.platform} size="sm" />
              {post.accountName} ({PLATFORMS[post.platform].name})
            </dd>
            <dt>Published</dt>
            <dd>
              {dateAndTime(published, timeZone)} <span className="insights-muted">· {zoneName(timeZone, published)}</span>
            </dd>
            <dt>Engagement rate</dt>
            <dd>{formatRate(post.engagementRate)}</dd>
            <dt>Source</dt>
            <dd>{post.origin === 'outpost' ? 'Published with Outpost' : 'Published outside Outpost'}</dd>
            <dt>Next measurement</dt>
            <dd>{detail.nextMeasurementAt ? upcomingTime(new Date(detail.nextMeasurementAt), new Date(), timeZone) : 'None planned: its figures are complete.'}</dd>
          </dl>
          <div className="insights-detail__actions">
            <Button isPending={isRefreshing} onPress={() => void refresh()}>
              <RefreshIcon size={16} />
              Refresh
            </Button>
            {post.permalink ? <ExternalLink href={post.permalink}>View the post on {PLATFORMS[post.platform].name}</ExternalLink> : null}
          </div>
          {problem ? (
            <p role="alert" className="insights-problem">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
      <PostHistoryChart history={detail.history} timeZone={timeZone} />
      <section className="card insights-detail__measurements" aria-labelledby="insights-measurements">
        <h3 id="insights-measurements" className="insights-chart__title">
          Measurements
        </h3>
        <MeasurementTable history={detail.history} timeZone={timeZone} />
        {detail.notAvailable.length > 0 ? (
          <ul className="insights-detail__unavailable" aria-label="Not available for this post">
            {detail.notAvailable.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

export interface PostDetailProps {
  state: PostDetailState;
  timeZone: string;
  onBack: () => void;
  onRetry: () => void;
}

/** One post's figures over time, in place of the dashboard, with the way back. */
export function PostDetail({ state, timeZone, onBack, onRetry }: PostDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The view changed under the owner: focus goes to its heading so a screen reader starts there.
  useEffect(() => headingRef.current?.focus(), []);
  const title = state.kind === 'ready' ? captionExcerpt(state.detail.post.caption, 60) : 'Post';
  return (
    <section className="insights-detail" aria-label="Post insights">
      <div className="insights-detail__nav">
        <Button variant="quiet" onPress={onBack}>
          <span aria-hidden="true">←</span> Back to Insights
        </Button>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="insights-detail__title">
        {title}
      </h2>
      {state.kind === 'loading' ? <p className="insights-muted">Loading the post’s figures…</p> : null}
      {state.kind === 'failed' ? <LoadProblem what="This post’s figures" error={state.error} onAction={onRetry} /> : null}
      {state.kind === 'ready' ? <DetailContent detail={state.detail} timeZone={timeZone} /> : null}
    </section>
  );
}
