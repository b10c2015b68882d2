import { Checkbox, GridList, GridListItem, DropIndicator, useDragAndDrop, type Selection } from 'react-aria-components';
import type { PostTarget } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { CheckIcon } from '../../../ui/icons';
import { mediaOfTarget, reorder, targetSelection, updateTarget } from '../draftEdits';
import { MEDIA_DRAG_TYPE } from '../media/droppedFiles';
import { mediaName } from '../media/MediaStrip';
import { MediaTile } from '../media/MediaTile';
import { useComposer } from '../useComposer';

/**
 * Which of the post's media this destination posts, and in which order: all of them in the
 * post's order until the owner unticks or moves one here.
 */
export function TargetMedia({ target, name }: { target: PostTarget; name: string }) {
  const draft = useComposer((state) => state.draft);
  const media = useComposer((state) => state.media);
  const edit = useComposer((state) => state.edit);

  const chosen = mediaOfTarget(draft, target);
  // The chosen items in their order, then the others in the post's order, ready to be ticked.
  const order = [...chosen, ...draft.mediaIds.filter((id) => !chosen.includes(id))];
  const choose = (ids: readonly string[]) =>
    edit((current) => updateTarget(current, target.id, (t) => ({ ...t, mediaIds: targetSelection(current, ids) })));

  const { dragAndDropHooks } = useDragAndDrop<{ id: string }>({
    getItems: (keys) => [...keys].map((key) => ({ [MEDIA_DRAG_TYPE]: String(key) })),
    onReorder: ({ keys, target: drop }) => {
      const moved = reorder(order, new Set([...keys].map(String)), String(drop.key), drop.dropPosition === 'after' ? 'after' : 'before');
      choose(moved.filter((id) => chosen.includes(id)));
    },
    renderDropIndicator: (drop) => <DropIndicator target={drop} className="media-strip__drop" />,
  });

  const onSelectionChange = (keys: Selection) => choose(order.filter((id) => keys === 'all' || keys.has(id)));

  if (draft.mediaIds.length === 0) return null;
  return (
    <div className="target-section">
      <div className="target-section__head">
        <h3 className="target-section__title">Photos and videos</h3>
        {target.mediaIds === null ? (
          <span className="target-section__note">Same as the post</span>
        ) : (
          <span className="target-section__note">
            Chosen for this destination
            <Button variant="quiet" onPress={() => choose(draft.mediaIds)}>
              Use all of the post's media
            </Button>
          </span>
        )}
      </div>
      <GridList
        aria-label={`Media for ${name}`}
        className="media-strip"
        layout="grid"
        selectionMode="multiple"
        selectedKeys={new Set(chosen)}
        onSelectionChange={onSelectionChange}
        items={order.map((id) => ({ id }))}
        dragAndDropHooks={dragAndDropHooks}
      >
        {({ id }) => (
          <GridListItem id={id} textValue={mediaName(media[id])} className="media-strip__item target-media__item">
            <Checkbox slot="selection" className="checkbox target-media__check">
              <span className="checkbox__box" aria-hidden="true">
                <CheckIcon size={14} strokeWidth={2.5} />
              </span>
            </Checkbox>
            <MediaTile item={media[id]} name={mediaName(media[id])} problem={null} />
          </GridListItem>
        )}
      </GridList>
    </div>
  );
}
