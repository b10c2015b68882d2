import { useId } from 'react';
import type { InsightPost } from '../../../../preload/contract';
import { dateAndTime } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { PLATFORMS } from '../accounts/platforms';
import { captionExcerpt } from './chartSummaries';
import { formatCount, formatRate } from './insightsNumbers';
import { PostThumbnail } from './PostThumbnail';

export interface PostListProps {
  title: string;
  posts: readonly InsightPost[];
  timeZone: string;
  onOpen: (postId: string) => void;
}

/** The reach or views figure a post is judged by: TikTok gives views only. */
function audience(post: InsightPost): string {
  return post.metrics.reach !== undefined ? `${formatCount(post.metrics.reach)} reached` : `${formatCount(post.metrics.views)} views`;
}

/** A few posts, each a row that opens the post's detail. */
export function PostList({ title, posts, timeZone, onOpen }: PostListProps) {
  const id = useId();
  return (
    <section className="insights-posts card" aria-labelledby={id}>
      <h3 id={id} className="insights-posts__title">
        {title}
      </h3>
      {posts.length === 0 ? (
        <p className="insights-muted">No measured posts in this period yet.</p>
      ) : (
        <ul className="insights-posts__list">
          {posts.map((post) => (
            <li key={post.postId}>
              <Button variant="quiet" className="insights-post" onPress={() => onOpen(post.postId)}>
                <PostThumbnail post={post} />
                <span className="insights-post__text">
                  <span className="insights-post__caption">{captionExcerpt(post.caption, 60)}</span>
                  <span className="insights-post__meta">
                    {PLATFORMS[post.platform].name} · {post.accountName} · {dateAndTime(new Date(post.publishedAt), timeZone)}
                  </span>
                  <span className="insights-post__meta">
                    {audience(post)} · {formatCount(post.metrics.interactions)} interactions
                  </span>
                </span>
                <span className="insights-post__rate">
                  {formatRate(post.engagementRate)}
                  <span className="visually-hidden"> engagement rate</span>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
