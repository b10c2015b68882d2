import { useId } from 'react';
import type { AccountSummary, PostTarget } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { PLATFORMS } from '../../accounts/platforms';
import { PostTextEditor } from '../editor/PostTextEditor';
import { TargetCounters } from '../editor/TargetCounters';
import { IssueList } from '../issues/IssueList';
import { updateTarget } from '../draftEdits';
import { useComposer } from '../useComposer';
import { targetName } from './targetNames';

/**
 * The destination's caption. It shows and follows the post's text until the owner edits it here;
 * from then on it is the destination's own, until "Reset to the post's text".
 */
export function CaptionVariant({ target, accounts }: { target: PostTarget; accounts: readonly AccountSummary[] }) {
  const body = useComposer((state) => state.draft.body);
  const validation = useComposer((state) => state.validation);
  const edit = useComposer((state) => state.edit);
  const id = useId();
  const platform = PLATFORMS[target.platform].name;
  const isOwn = target.caption !== null;
  const setCaption = (caption: string | null) => edit((draft) => updateTarget(draft, target.id, (current) => ({ ...current, caption })));
  const issues = isOwn ? (validation?.issues.filter((issue) => issue.subject === 'caption' && issue.targetId === target.id) ?? []) : [];

  return (
    <div className="caption-variant">
      <PostTextEditor
        label={`Caption for ${targetName(target, accounts)}`}
        value={target.caption ?? body}
        onChange={setCaption}
        describedBy={`${id}-counts ${id}-issues`}
        status={
          isOwn ? (
            <span className="caption-variant__status">
              Edited for {platform}
              <Button variant="quiet" onPress={() => setCaption(null)}>
                Reset to the post's text
              </Button>
            </span>
          ) : (
            <span className="caption-variant__status">Same as the post</span>
          )
        }
      />
      {/* While it follows the post, its counts and messages are under the post's text. */}
      {isOwn ? <TargetCounters id={`${id}-counts`} targets={[target]} measures={validation?.measures ?? []} accounts={accounts} /> : null}
      <IssueList id={`${id}-issues`} issues={issues} nameOfTarget={() => null} />
    </div>
  );
}
