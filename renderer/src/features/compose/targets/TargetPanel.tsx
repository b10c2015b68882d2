import type { AccountSummary, PostTarget, ValidationIssue } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { IssueList } from '../issues/IssueList';
import { removeTarget } from '../draftEdits';
import { useComposer } from '../useComposer';
import { AccountChoice } from './AccountChoice';
import { AltTextFields } from './AltTextFields';
import { CaptionVariant } from './CaptionVariant';
import { FacebookOptionsFields } from './FacebookOptionsFields';
import { FirstCommentField } from './FirstCommentField';
import { InstagramOptionsFields } from './InstagramOptionsFields';
import { PostTypeChoice } from './PostTypeChoice';
import { TargetMedia } from './TargetMedia';
import { TikTokOptionsFields } from './TikTokOptionsFields';
import { targetName } from './targetNames';

export interface TargetPanelProps {
  target: PostTarget;
  accounts: readonly AccountSummary[];
  onRemoved: () => void;
}

/** Everything one destination can change, each part with the platform's messages about it. */
export function TargetPanel({ target, accounts, onRemoved }: TargetPanelProps) {
  const validation = useComposer((state) => state.validation);
  const edit = useComposer((state) => state.edit);
  const name = targetName(target, accounts);
  const about = (subject: ValidationIssue['subject']) =>
    validation?.issues.filter((issue) => issue.targetId === target.id && issue.subject === subject) ?? [];
  const none = () => null;

  return (
    <div className="target-panel">
      <div className="target-section">
        <AccountChoice target={target} accounts={accounts} />
        <IssueList issues={about('account')} nameOfTarget={none} />
      </div>
      <div className="target-section">
        <CaptionVariant target={target} accounts={accounts} />
      </div>
      <TargetMedia target={target} name={name} />
      <div className="target-section">
        <PostTypeChoice target={target} />
        <IssueList issues={about('post_type')} nameOfTarget={none} />
      </div>
      <div className="target-section target-section--options">
        <InstagramOptionsFields target={target} />
        <FacebookOptionsFields target={target} />
        <TikTokOptionsFields target={target} accounts={accounts} />
        <AltTextFields target={target} />
        <FirstCommentField target={target} />
        <IssueList issues={about('options')} nameOfTarget={none} />
      </div>
      <div className="target-panel__footer">
        <Button
          variant="quiet"
          onPress={() => {
            edit((draft) => removeTarget(draft, target.id));
            onRemoved();
          }}
        >
          Remove {name}
        </Button>
      </div>
    </div>
  );
}
