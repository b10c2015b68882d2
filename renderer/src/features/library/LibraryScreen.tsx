import { useEffect, useRef, useState } from 'react';
import type { MediaItem } from '../../../../preload/contract';
import { useToast } from '../../app/useToast';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { Dialog } from '../../ui/Dialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { Screen } from '../../ui/Screen';
import { ImportButton } from './ImportButton';
import { ImportReport } from './ImportReport';
import { LibraryEmpty } from './LibraryEmpty';
import { DEFAULT_LIBRARY_FILTER } from './libraryStore';
import { LibraryToolbar } from './LibraryToolbar';
import { MediaDetails } from './MediaDetails';
import { MediaDetailsPanel } from './MediaDetailsPanel';
import { MediaDropZone } from './MediaDropZone';
import { MediaGrid } from './MediaGrid';
import { useLibrary } from './useLibrary';
import './LibraryScreen.css';

/** Wide enough for the grid and the details side by side; narrower windows show details in a dialog. */
const SIDE_PANEL_QUERY = '(min-width: 1200px)';

export function LibraryScreen() {
  const filter = useLibrary((state) => state.filter);
  const items = useLibrary((state) => state.items);
  const loadError = useLibrary((state) => state.loadError);
  const importing = useLibrary((state) => state.importing);
  const load = useLibrary((state) => state.load);
  const setFilter = useLibrary((state) => state.setFilter);
  const importFiles = useLibrary((state) => state.importFiles);
  const dismissImport = useLibrary((state) => state.dismissImport);
  const toast = useToast();
  const hasSidePanel = useMediaQuery(SIDE_PANEL_QUERY);
  // Each visit shows the library as it is now: the composer may have imported or fixed items.
  useEffect(() => {
    void load();
  }, [load]);

  const [openId, setOpenId] = useState<string | null>(null);
  // Details close by themselves when their item leaves the grid (deleted, or filtered out).
  const openItem = items?.find((item) => item.id === openId) ?? null;

  // When the side panel closes, focus goes back to its item's tile; when the item was deleted, to
  // the first tile (or Import when none is left), not to the start of the page. (A dialog puts
  // focus back by itself.)
  const gridAreaRef = useRef<HTMLDivElement>(null);
  const importRef = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState<{ tileId: string | null } | null>(null);
  useEffect(() => {
    if (!refocus) return;
    const area = gridAreaRef.current;
    const tile = refocus.tileId ? area?.querySelector<HTMLElement>(`[data-media-id="${refocus.tileId}"]`) : null;
    (tile ?? area?.querySelector<HTMLElement>('[role="row"]') ?? importRef.current)?.focus();
    setRefocus(null);
  }, [refocus]);

  const closePanel = () => {
    setRefocus({ tileId: openId });
    setOpenId(null);
  };

  const onDeleted = (item: MediaItem) => {
    setOpenId(null);
    setRefocus({ tileId: null });
    toast({ tone: 'success', title: 'Deleted from your library', body: item.originalName });
  };

  const isFiltered = filter.search.trim() !== '' || filter.kind !== 'all' || filter.usage !== 'all';

  return (
    <Screen title="Library" intro="The photos and videos you have imported, ready for any post." wide>
      <div ref={gridAreaRef} className="library">
        <div className="library-header">
          <LibraryToolbar filter={filter} onChange={(patch) => void setFilter(patch)} />
          <ImportButton buttonRef={importRef} isBusy={importing.kind === 'running'} onFiles={(files) => void importFiles(files)} />
        </div>
        <ImportReport importing={importing} onDismiss={dismissImport} />
        {loadError ? <LoadProblem what="Your library" error={loadError} onAction={() => void load()} /> : null}
        <div className="library-body">
          <MediaDropZone onFiles={(files) => void importFiles(files)}>
            {items === null ? null : items.length === 0 ? (
              <LibraryEmpty isFiltered={isFiltered} onShowAll={() => void setFilter(DEFAULT_LIBRARY_FILTER)} />
            ) : (
              <MediaGrid items={items} openId={openItem?.id ?? null} onOpen={(item) => setOpenId(item.id)} />
            )}
          </MediaDropZone>
          {openItem && hasSidePanel ? (
            <MediaDetailsPanel item={openItem} onClose={closePanel} onDeleted={() => onDeleted(openItem)} />
          ) : null}
        </div>
      </div>
      {openItem && !hasSidePanel ? (
        <Dialog title={openItem.originalName} isOpen size="wide" onOpenChange={(isOpen) => !isOpen && setOpenId(null)}>
          <MediaDetails key={openItem.id} item={openItem} onDeleted={() => onDeleted(openItem)} />
        </Dialog>
      ) : null}
    </Screen>
  );
}
