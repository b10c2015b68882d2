import { DropIndicator, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import type { MediaItem, ValidationIssue } from '../../../../../preload/contract';
import { removeMedia, reorder } from '../draftEdits';
import { useComposer } from '../useComposer';
import { droppedFiles, MEDIA_DRAG_TYPE } from './droppedFiles';
import { MediaTile } from './MediaTile';
import './MediaStrip.css';

/** A tile's name: the file's, or what stands in while it loads or after it left the library. */
export function mediaName(item: MediaItem | null | undefined): string {
  return item?.originalName ?? (item === null ? 'Missing item' : 'Loading item');
}

function worstProblem(issues: readonly ValidationIssue[]): 'error' | 'warning' | null {
  if (issues.some((issue) => issue.severity === 'error')) return 'error';
  return issues.some((issue) => issue.severity === 'warning') ? 'warning' : null;
}

/**
 * The post's pictures and videos in order. Reordering works by dragging a tile, or from the
 * keyboard with its handle (react-aria's drag and drop); files dropped on the strip are imported
 * and added.
 */
export function MediaStrip({ issues }: { issues: readonly ValidationIssue[] }) {
  const mediaIds = useComposer((state) => state.draft.mediaIds);
  const media = useComposer((state) => state.media);
  const edit = useComposer((state) => state.edit);
  const importFiles = useComposer((state) => state.importFiles);

  const importDropped = async (items: Parameters<typeof droppedFiles>[0]) => importFiles(await droppedFiles(items));

  const { dragAndDropHooks } = useDragAndDrop<{ id: string }>({
    getItems: (keys) => [...keys].map((key) => ({ [MEDIA_DRAG_TYPE]: String(key), 'text/plain': mediaName(media[String(key)]) })),
    onReorder: ({ keys, target }) =>
      edit((draft) => ({
        ...draft,
        mediaIds: reorder(draft.mediaIds, new Set([...keys].map(String)), String(target.key), target.dropPosition === 'after' ? 'after' : 'before'),
      })),
    onInsert: ({ items }) => void importDropped(items),
    onRootDrop: ({ items }) => void importDropped(items),
    renderDropIndicator: (target) => <DropIndicator target={target} className="media-strip__drop" />,
  });

  return (
    <GridList
      aria-label="Photos and videos in this post"
      className="media-strip"
      layout="grid"
      items={mediaIds.map((id) => ({ id }))}
      dragAndDropHooks={dragAndDropHooks}
      renderEmptyState={() => <p className="media-strip__empty">Drop photos and videos here, or use Add media.</p>}
    >
      {({ id }) => {
        const item = media[id];
        const name = mediaName(item);
        return (
          <GridListItem id={id} textValue={name} className="media-strip__item">
            <MediaTile
              item={item}
              name={name}
              problem={worstProblem(issues.filter((issue) => issue.mediaId === id))}
              onRemove={() => edit((draft) => removeMedia(draft, id))}
            />
          </GridListItem>
        );
      }}
    </GridList>
  );
}
