import { useEffect, useRef, useState } from 'react';
import type { PostSummary } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { ComposeIcon } from '../../ui/icons';
import { LoadProblem } from '../../ui/LoadProblem';
import { Screen } from '../../ui/Screen';
import { startNewPost } from '../compose/composerStore';
import type { DraftAction } from './DraftActions';
import { DraftList } from './DraftList';
import { DraftsEmpty } from './DraftsEmpty';
import { DEFAULT_DRAFTS_FILTER } from './draftsStore';
import { DraftsToolbar } from './DraftsToolbar';
import { useDraftActions } from './useDraftActions';
import { useDrafts } from './useDrafts';
import './DraftsScreen.css';

export function DraftsScreen() {
  const filter = useDrafts((state) => state.filter);
  const drafts = useDrafts((state) => state.drafts);
  const loadError = useDrafts((state) => state.loadError);
  const load = useDrafts((state) => state.load);
  const setFilter = useDrafts((state) => state.setFilter);
  const act = useDraftActions();
  // Each visit shows the drafts as they are now: the composer may have changed them meanwhile.
  useEffect(() => {
    void load();
  }, [load]);

  // A deleted row takes focus with it: it moves to the row that took its place (or the one
  // before, or New post when none is left), not to the start of the page.
  const listRef = useRef<HTMLDivElement>(null);
  const newPostRef = useRef<HTMLButtonElement>(null);
  const [refocusRow, setRefocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (refocusRow === null) return;
    const rows = listRef.current?.querySelectorAll<HTMLElement>('[role="row"]') ?? [];
    (rows[Math.min(refocusRow, rows.length - 1)] ?? newPostRef.current)?.focus();
    setRefocusRow(null);
  }, [drafts, refocusRow]);

  const onAction = (draft: PostSummary, action: DraftAction) => {
    if (action === 'delete') setRefocusRow(drafts?.findIndex((candidate) => candidate.id === draft.id) ?? 0);
    act(draft, action);
  };

  const isFiltered = filter.search.trim() !== '' || filter.accountId !== null;

  return (
    <Screen title="Drafts" intro="Posts you have started and not scheduled yet, saved on this computer as you type.">
      <div className="drafts-header">
        <p className="drafts-header__count" role="status">
          {drafts === null ? '' : countWords(drafts.length, isFiltered)}
        </p>
        <Button variant="primary" ref={newPostRef} onPress={() => void startNewPost()}>
          <ComposeIcon size={16} />
          New post
        </Button>
      </div>
      <DraftsToolbar filter={filter} onChange={(patch) => void setFilter(patch)} />
      {loadError ? <LoadProblem what="Your drafts" error={loadError} onAction={() => void load()} /> : null}
      {drafts === null ? null : drafts.length === 0 ? (
        <DraftsEmpty
          isFiltered={isFiltered}
          onNewPost={() => void startNewPost()}
          onShowAll={() => void setFilter({ search: DEFAULT_DRAFTS_FILTER.search, accountId: DEFAULT_DRAFTS_FILTER.accountId })}
        />
      ) : (
        <DraftList drafts={drafts} listRef={listRef} onAction={onAction} />
      )}
    </Screen>
  );
}

/** "3 drafts", "1 draft that matches"; read out after each search. */
function countWords(count: number, isFiltered: boolean): string {
  const drafts = `${count} ${count === 1 ? 'draft' : 'drafts'}`;
  if (!isFiltered) return drafts;
  return `${drafts} ${count === 1 ? 'matches' : 'match'}`;
}
