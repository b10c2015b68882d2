import type { MediaUse } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { openPostInComposer } from '../compose/composerStore';
import { draftName } from '../drafts/draftWords';

/** The posts that use an item, each a button that opens it in the composer; scheduled ones say so. */
export function MediaUses({ uses }: { uses: readonly MediaUse[] }) {
  if (uses.length === 0) return <p className="library-details__note">No post uses it yet.</p>;
  return (
    <ul className="row-list library-uses">
      {uses.map((use) => {
        const name = draftName(use);
        return (
          <li key={use.postId} className="library-use">
            <Button
              variant="quiet"
              className="library-use__open"
              aria-label={`Open “${name}” in the composer`}
              onPress={() => void openPostInComposer(use.postId)}
            >
              <span className="library-use__name">{name}</span>
            </Button>
            {use.scheduled ? <span className="library-use__scheduled">Scheduled</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
