import type { InsightPost } from '../../../../preload/contract';
import { PLATFORMS } from '../accounts/platforms';

/** The post's picture, or its platform's mark where there is none (imported posts, text posts). */
export function PostThumbnail({ post }: { post: Pick<InsightPost, 'thumbnailUrl' | 'platform'> }) {
  const { Icon } = PLATFORMS[post.platform];
  return (
    <span className="insights-thumbnail" aria-hidden="true">
      {post.thumbnailUrl ? <img className="insights-thumbnail__image" src={post.thumbnailUrl} alt="" loading="lazy" /> : <Icon size={20} />}
    </span>
  );
}
