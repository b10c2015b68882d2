import type { PostTarget } from '../../../../../preload/contract';
import { TextField } from '../../../ui/TextField';
import { setTargetOptions } from '../draftEdits';
import { useComposer } from '../useComposer';

/** A Facebook link post's address. */
export function FacebookOptionsFields({ target }: { target: PostTarget }) {
  const edit = useComposer((state) => state.edit);
  const options = target.options;
  if (options.platform !== 'facebook' || target.postType !== 'link') return null;
  return (
    <TextField
      label="Link"
      type="url"
      maxLength={2048}
      description="Facebook shows the page's title and picture under the post."
      value={options.link ?? ''}
      onChange={(link) => edit((draft) => setTargetOptions<'facebook'>(draft, target.id, (current) => ({ ...current, link: link.trim() ? link : null })))}
    />
  );
}
