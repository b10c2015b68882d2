import type { AccountSummary, PostTarget } from '../../../../../preload/contract';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { PLATFORMS } from '../../accounts/platforms';
import { updateTarget } from '../draftEdits';
import { useComposer } from '../useComposer';

/** The one value of the radio group that means "not chosen yet". */
const LATER = 'later';

/** Which account a destination posts as; "Choose later" keeps the post writable without one. */
export function AccountChoice({ target, accounts }: { target: PostTarget; accounts: readonly AccountSummary[] }) {
  const edit = useComposer((state) => state.edit);
  const others = useComposer((state) => state.draft.targets);
  const platform = PLATFORMS[target.platform];
  const choices = accounts.filter((account) => account.platform === target.platform);
  const takenElsewhere = new Set(others.filter((other) => other.id !== target.id).map((other) => other.accountId));

  return (
    <RadioGroup
      label="Account"
      description={choices.length === 0 ? `No ${platform.accountNoun} is connected yet. Write the post now and choose the account once one is connected.` : undefined}
      value={target.accountId ?? LATER}
      onChange={(value) => edit((draft) => updateTarget(draft, target.id, (current) => ({ ...current, accountId: value === LATER ? null : value })))}
    >
      {choices.map((account) => (
        <Radio key={account.id} value={account.id} isDisabled={takenElsewhere.has(account.id)}>
          {account.displayName}
        </Radio>
      ))}
      <Radio value={LATER}>Choose later</Radio>
    </RadioGroup>
  );
}
