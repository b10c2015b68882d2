import { CaptionText } from './CaptionText';
import type { PreviewProps } from './previewProps';
import { truncateCaption } from './previewText';

/** TikTok shows two short lines of the caption over the video. */
const CAPTION_CUT = { maxChars: 90, maxLines: 2 };

/** The post's cover as TikTok shows it: a 9:16 screen with the caption and @username over it. */
export function TikTokPreview({ target, caption, items, account }: PreviewProps) {
  const username = account?.username ?? 'your_account';
  const isPhoto = target.postType === 'photo';
  const cover = items.find((item) => item.probe.kind === (isPhoto ? 'image' : 'video')) ?? items[0];
  const options = target.options.platform === 'tiktok' ? target.options : null;
  const { shown, isTruncated } = truncateCaption(caption, CAPTION_CUT);
  const coverAt = !isPhoto && options?.coverTimestampMs != null ? options.coverTimestampMs / 1000 : null;

  return (
    <div className="preview-stack">
      <div className="tt-screen">
        {cover ? <img src={cover.previewUrl} alt="" /> : <span className="preview-empty">TikTok posts need a video or photos</span>}
        <div className="tt-screen__overlay">
          <span className="tt-screen__user">@{username}</span>
          {isPhoto && options?.title ? <span className="tt-screen__title">{options.title}</span> : null}
          {caption.trim() ? (
            <p className="tt-screen__caption">
              <CaptionText text={shown} />
              {isTruncated ? <span className="tt-screen__more"> more</span> : null}
            </p>
          ) : null}
        </div>
      </div>
      {coverAt !== null ? <p className="preview-note">The cover will be the frame at {coverAt} s; this shows the video’s first frame.</p> : null}
    </div>
  );
}
