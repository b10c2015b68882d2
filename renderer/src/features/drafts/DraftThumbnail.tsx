import type { PostSummary } from '../../../../preload/contract';
import { DraftsIcon } from '../../ui/icons';

/** The draft's first picture, with how many more there are; a page mark for a draft with none. Decorative. */
export function DraftThumbnail({ draft }: { draft: Pick<PostSummary, 'thumbnailUrl' | 'mediaCount'> }) {
  const more = draft.mediaCount - 1;
  return (
    <span className="draft-thumbnail" aria-hidden="true">
      {draft.thumbnailUrl ? (
        <img className="draft-thumbnail__image" src={draft.thumbnailUrl} alt="" />
      ) : (
        <DraftsIcon size={22} />
      )}
      {more > 0 ? <span className="draft-thumbnail__more">+{more}</span> : null}
    </span>
  );
}
