import type { MediaItem } from '../../../../../preload/contract';
import { PlayIcon } from '../../../ui/icons';
import { CaptionText } from './CaptionText';
import { PreviewAvatar } from './PreviewAvatar';
import type { PreviewProps } from './previewProps';
import { shownAspect, truncateCaption } from './previewText';

/** Facebook shows about five lines of a post before "See more". */
const TEXT_CUT = { maxChars: 280, maxLines: 5 };
/** A multi-photo post shows four tiles at most; the last says how many more there are. */
const MOST_TILES = 4;

function hostOf(link: string): string {
  try {
    return new URL(link).hostname.replace(/^www\./, '');
  } catch {
    return link;
  }
}

function Photos({ items, isVideo }: { items: readonly MediaItem[]; isVideo: boolean }) {
  const first = items[0];
  if (!first) return null;
  if (items.length === 1 || isVideo) {
    return (
      <div className="fb-post__media" style={{ aspectRatio: shownAspect(first.probe.width, first.probe.height, 4 / 5, 1.91) }}>
        <img src={first.previewUrl} alt="" />
        {isVideo ? (
          <span className="preview-play">
            <PlayIcon size={28} />
          </span>
        ) : null}
      </div>
    );
  }
  const tiles = items.slice(0, MOST_TILES);
  return (
    <div className={`fb-post__tiles fb-post__tiles--${tiles.length}`}>
      {tiles.map((item, index) => (
        <div key={item.id} className="fb-post__tile">
          <img src={item.previewUrl} alt="" />
          {index === MOST_TILES - 1 && items.length > MOST_TILES ? <span className="fb-post__more-tiles">+{items.length - MOST_TILES}</span> : null}
        </div>
      ))}
    </div>
  );
}

/** The post on the Facebook Page: the Page's name, the text with "See more", and its photos, video or link. */
export function FacebookPreview({ target, caption, items, account }: PreviewProps) {
  const pageName = account?.displayName ?? 'Your Page';
  const { shown, isTruncated } = truncateCaption(caption, TEXT_CUT);
  const link = target.options.platform === 'facebook' ? target.options.link : null;
  const showsMedia = target.postType === 'photo' || target.postType === 'multi_photo' || target.postType === 'video';

  return (
    <article className="fb-post">
      <header className="fb-post__head">
        <PreviewAvatar name={pageName} />
        <span>
          <span className="preview-name">{pageName}</span>
          <span className="preview-muted fb-post__when">Just now · Public</span>
        </span>
      </header>
      {caption.trim() ? (
        <p className="fb-post__text">
          <CaptionText text={shown} />
          {isTruncated ? <span className="fb-post__see-more">… See more</span> : null}
        </p>
      ) : null}
      {showsMedia ? <Photos items={target.postType === 'photo' ? items.slice(0, 1) : items} isVideo={target.postType === 'video'} /> : null}
      {target.postType === 'link' ? (
        <div className="fb-link">
          <span className="fb-link__host">{link ? hostOf(link) : 'No link yet'}</span>
          <span className="fb-link__note">Facebook shows the page's title and picture here.</span>
        </div>
      ) : null}
    </article>
  );
}
