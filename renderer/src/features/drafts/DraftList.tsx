import type { Ref } from 'react';
import { GridList, GridListItem } from 'react-aria-components';
import type { PostSummary } from '../../../../preload/contract';
import { recentTime } from '../../lib/dates';
import { useTimeZone } from '../settings/useTimeZone';
import { DraftActions, type DraftAction } from './DraftActions';
import { DraftTargets } from './DraftTargets';
import { DraftThumbnail } from './DraftThumbnail';
import { draftName } from './draftWords';
import './DraftList.css';

export interface DraftListProps {
  drafts: readonly PostSummary[];
  onAction: (draft: PostSummary, action: DraftAction) => void;
  listRef?: Ref<HTMLDivElement>;
}

/**
 * The drafts, a row each. A grid list: arrow keys move between rows, Enter or a click opens one,
 * and Left/Right reach the row's actions button.
 */
export function DraftList({ drafts, onAction, listRef }: DraftListProps) {
  const timeZone = useTimeZone();
  const now = new Date();
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));

  return (
    <GridList
      ref={listRef}
      aria-label="Drafts"
      className="draft-list"
      onAction={(key) => {
        const draft = byId.get(String(key));
        if (draft) onAction(draft, 'open');
      }}
    >
      {drafts.map((draft) => {
        const name = draftName(draft);
        return (
          <GridListItem key={draft.id} id={draft.id} textValue={name} className="draft-row">
            <DraftThumbnail draft={draft} />
            <div className="draft-row__text">
              <p className={draft.excerpt.trim() ? 'draft-row__name' : 'draft-row__name draft-row__name--empty'}>{name}</p>
              <DraftTargets targets={draft.targets} />
              <p className="draft-row__edited">Edited {recentTime(new Date(draft.updatedAt), now, timeZone)}</p>
            </div>
            <DraftActions name={name} onAction={(action) => onAction(draft, action)} />
          </GridListItem>
        );
      })}
    </GridList>
  );
}
