import { POST_TYPES, type PostTarget, type PostType } from '../../../../../preload/contract';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { useComposer } from '../useComposer';
import { POST_TYPE_NAMES } from './postTypeNames';

/** The destination's post type, among its platform's; it follows the media until the owner picks one. */
export function PostTypeChoice({ target }: { target: PostTarget }) {
  const choosePostType = useComposer((state) => state.choosePostType);
  const isChosen = useComposer((state) => state.chosenTypes.has(target.id));
  return (
    <RadioGroup
      label="Post type"
      description={isChosen ? undefined : 'Follows the photos and videos you add until you pick one.'}
      value={target.postType}
      onChange={(value) => choosePostType(target.id, value as PostType)}
    >
      {POST_TYPES[target.platform].map((postType) => (
        <Radio key={postType} value={postType}>
          {POST_TYPE_NAMES[postType]}
        </Radio>
      ))}
    </RadioGroup>
  );
}
