import { ALT_TEXT_MAX_CHARS, type PostTarget } from '../../../../../preload/contract';
import { mediaOfTarget, setTargetOptions } from '../draftEdits';
import { mediaName } from '../media/MediaStrip';
import { useComposer } from '../useComposer';
import { CountedTextField } from './CountedTextField';

/**
 * A description of each photo for people who use screen readers, on an Instagram feed post (its
 * one photo) or a carousel (every photo): Instagram takes alt text on images only, not on videos,
 * reels or stories. Empty (or only spaces) means none.
 */
export function AltTextFields({ target }: { target: PostTarget }) {
  const draft = useComposer((state) => state.draft);
  const media = useComposer((state) => state.media);
  const edit = useComposer((state) => state.edit);
  const options = target.options;
  if (options.platform !== 'instagram' || (target.postType !== 'feed' && target.postType !== 'carousel')) return null;

  const chosen = mediaOfTarget(draft, target);
  const posted = target.postType === 'feed' ? chosen.slice(0, 1) : chosen;
  const photos = posted.filter((id) => media[id]?.probe.kind === 'image');
  if (photos.length === 0) return null;

  const change = (mediaId: string, text: string) =>
    edit((current) =>
      setTargetOptions<'instagram'>(current, target.id, (now) => {
        const { [mediaId]: _old, ...others } = now.altTexts;
        return { ...now, altTexts: text.trim() === '' ? others : { ...others, [mediaId]: text } };
      }),
    );

  return (
    <div className="target-section alt-texts">
      <div className="target-section__head">
        <h3 className="target-section__title">Alt text</h3>
        <span className="target-section__note">Describe {photos.length === 1 ? 'the photo' : 'each photo'} for people who use screen readers.</span>
      </div>
      {photos.map((id) => (
        <div key={id} className="alt-texts__item">
          <img className="alt-texts__thumbnail" src={media[id]?.thumbnailUrl} alt="" />
          <CountedTextField
            label={`Alt text for ${mediaName(media[id])}`}
            value={options.altTexts[id] ?? ''}
            max={ALT_TEXT_MAX_CHARS}
            onChange={(text) => change(id, text)}
          />
        </div>
      ))}
    </div>
  );
}
