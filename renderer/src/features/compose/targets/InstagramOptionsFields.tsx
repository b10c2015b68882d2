import type { PostTarget } from '../../../../../preload/contract';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { Switch } from '../../../ui/Switch';
import { setTargetOptions } from '../draftEdits';
import { useComposer } from '../useComposer';
import { SecondsField } from './SecondsField';

const FRAME = 'frame';

/** A reel's choices: whether it also shows in the feed, and its cover (a picture of the post, or a frame). */
export function InstagramOptionsFields({ target }: { target: PostTarget }) {
  const mediaIds = useComposer((state) => state.draft.mediaIds);
  const media = useComposer((state) => state.media);
  const edit = useComposer((state) => state.edit);
  const options = target.options;
  if (options.platform !== 'instagram' || target.postType !== 'reel') return null;

  const update = (change: Partial<typeof options>) => edit((draft) => setTargetOptions<'instagram'>(draft, target.id, (current) => ({ ...current, ...change })));
  const pictures = mediaIds.filter((id) => media[id]?.probe.kind === 'image');

  return (
    <>
      <Switch
        label="Also show the reel in the feed"
        description="When off, it shows only in the Reels tab of your profile."
        isSelected={options.shareToFeed}
        onChange={(shareToFeed) => update({ shareToFeed })}
      />
      <RadioGroup
        label="Cover"
        value={options.coverMediaId ?? FRAME}
        onChange={(value) => update({ coverMediaId: value === FRAME ? null : value })}
      >
        <Radio value={FRAME}>A frame of the video</Radio>
        {pictures.map((id) => (
          <Radio key={id} value={id}>
            {media[id]?.originalName ?? id}
          </Radio>
        ))}
      </RadioGroup>
      {options.coverMediaId === null ? (
        <SecondsField
          label="Cover frame at (seconds)"
          description="Leave empty for Instagram's choice."
          valueMs={options.thumbOffsetMs}
          onChange={(thumbOffsetMs) => update({ thumbOffsetMs })}
        />
      ) : null}
    </>
  );
}
