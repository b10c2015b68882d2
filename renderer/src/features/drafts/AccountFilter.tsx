import { ComboBox, type ComboBoxOption } from '../../ui/ComboBox';
import { accountLabel } from '../accounts/list/accountWords';
import { useAccounts } from '../accounts/useAccounts';

const ANY_ACCOUNT: ComboBoxOption = { id: 'any', label: 'Any account' };

/** Narrows the drafts to those going to one account; "Any account" shows them all. */
export function AccountFilter({ accountId, onChange }: { accountId: string | null; onChange: (accountId: string | null) => void }) {
  const accounts = useAccounts((state) => state.accounts) ?? [];
  const options = [ANY_ACCOUNT, ...accounts.map((account) => ({ id: account.id, label: accountLabel(account) }))];
  return (
    <ComboBox
      label="Account"
      // A short list the owner wants to see whole: it opens as soon as the field is entered.
      menuTrigger="focus"
      options={options}
      selectedKey={accountId ?? ANY_ACCOUNT.id}
      onSelectionChange={(key) => {
        // Null while the owner empties the field to type another name: not a choice yet.
        if (key === null) return;
        const chosen = key === ANY_ACCOUNT.id ? null : String(key);
        if (chosen !== accountId) onChange(chosen);
      }}
    />
  );
}
