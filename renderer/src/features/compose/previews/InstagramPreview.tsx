import { CaptionText } from './CaptionText';
import { PreviewAvatar } from './PreviewAvatar';
import type { PreviewProps } from './previewProps';
import { shownAspect, truncateCaption } from './previewText';

/** Instagram's feed takes pictures from 4:5 (tall) to 1.91:1 (wide); a carousel uses its first one's shape. */
const FEED_ASPECT = { min: 4 / 5, max: 1.91 };
const STORY_ASPECT = 9 / 16;
const REEL_IN_FEED_ASPECT = 4 / 5;
/** Instagram shows about 125 characters, on two lines at most, before "more". */
const CAPTION_CUT = { maxChars: 125, maxLines: 2 };
const GRID_CELLS = 9;

/** The post in Instagram's feed, and where it lands on the profile grid. */
export function InstagramPreview({ target, caption, items, account }: PreviewProps) {
  const username = account?.username ?? account?.displayName ?? 'your_account';
  const first = items[0];
  const isStory = target.postType === 'story';
  const aspect = isStory
    ? STORY_ASPECT
    : target.postType === 'reel'
      ? REEL_IN_FEED_ASPECT
      : first
        ? shownAspect(first.probe.width, first.probe.height, FEED_ASPECT.min, FEED_ASPECT.max)
        : 1;
  const { shown, isTruncated } = truncateCaption(caption, CAPTION_CUT);
  const onGrid = !isStory && !(target.postType === 'reel' && target.options.platform === 'instagram' && !target.options.shareToFeed);

  return (
    <div className="preview-stack">
      <article className={`ig-card${isStory ? ' ig-card--story' : ''}`}>
        <header className="ig-card__head">
          <PreviewAvatar name={account?.displayName ?? username} />
          <span className="preview-name">{username}</span>
          {target.postType === 'reel' ? <span className="preview-chip">Reel</span> : null}
        </header>
        <div className="ig-card__media" style={{ aspectRatio: aspect }}>
          {first ? <img src={first.previewUrl} alt="" /> : <span className="preview-empty">Instagram posts need a photo or video</span>}
        </div>
        {items.length > 1 && target.postType === 'carousel' ? (
          <div className="ig-card__dots" aria-label={`1 of ${items.length}`}>
            {items.map((item, index) => (
              <span key={item.id} className={index === 0 ? 'ig-card__dot ig-card__dot--current' : 'ig-card__dot'} />
            ))}
          </div>
        ) : null}
        {isStory ? (
          <p className="preview-note">Stories show no caption.</p>
        ) : caption.trim() ? (
          <p className="ig-card__caption">
            <span className="preview-name">{username}</span> <CaptionText text={shown} />
            {isTruncated ? <span className="preview-muted">… more</span> : null}
          </p>
        ) : null}
      </article>
      {onGrid ? (
        <div className="ig-grid" role="img" aria-label="Your profile grid, with this post first">
          {Array.from({ length: GRID_CELLS }, (_, index) =>
            index === 0 && first ? (
              <img key={index} className="ig-grid__cell" src={first.thumbnailUrl} alt="" />
            ) : (
              <span key={index} className={index === 0 ? 'ig-grid__cell ig-grid__cell--new' : 'ig-grid__cell'} />
            ),
          )}
        </div>
      ) : (
        <p className="preview-note">{isStory ? 'Stories do not appear on your profile grid.' : 'This reel shows in the Reels tab only, not on your grid.'}</p>
      )}
    </div>
  );
}
