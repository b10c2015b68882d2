import { FIRST_COMMENT_MAX_CHARS, type PostTarget } from '../../../../../preload/contract';
import { setTargetOptions } from '../draftEdits';
import { useComposer } from '../useComposer';
import { CountedTextField } from './CountedTextField';

/** Whether the destination can carry a first comment: Instagram posts but stories (they take no comments), every Facebook post. */
export function takesFirstComment(target: PostTarget): boolean {
  return target.platform === 'facebook' || (target.platform === 'instagram' && target.postType !== 'story');
}

/**
 * The optional first comment, posted under the post right after it goes out: hashtags or a link
 * the owner keeps out of the caption. Empty (or only spaces) means none.
 */
export function FirstCommentField({ target }: { target: PostTarget }) {
  const edit = useComposer((state) => state.edit);
  const options = target.options;
  if ((options.platform !== 'instagram' && options.platform !== 'facebook') || !takesFirstComment(target)) return null;
  const change = (text: string) => {
    const firstComment = text.trim() === '' ? null : text;
    if (options.platform === 'instagram') edit((draft) => setTargetOptions<'instagram'>(draft, target.id, (current) => ({ ...current, firstComment })));
    else edit((draft) => setTargetOptions<'facebook'>(draft, target.id, (current) => ({ ...current, firstComment })));
  };
  return (
    <CountedTextField
      label="First comment"
      description="Posted under the post right after it goes out: hashtags or a link you would rather keep out of the caption. Leave empty for none."
      value={options.firstComment ?? ''}
      max={FIRST_COMMENT_MAX_CHARS}
      onChange={change}
    />
  );
}
