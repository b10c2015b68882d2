import { segmentCaption } from '../editor/captionSegments';

/** A caption as the apps show it: hashtags and mentions in the link colour. */
export function CaptionText({ text }: { text: string }) {
  return (
    <>
      {segmentCaption(text).map((segment, index) =>
        segment.kind === 'text' ? segment.text : (
          <span key={index} className="preview-tag">
            {segment.text}
          </span>
        ),
      )}
    </>
  );
}
