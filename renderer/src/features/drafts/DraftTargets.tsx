import type { PostSummary } from '../../../../preload/contract';
import { PLATFORMS, PlatformIcon } from '../accounts/platforms';
import { useAccounts } from '../accounts/useAccounts';
import { targetAccountName } from './draftWords';

/** Where a draft goes: each target's platform mark and account, or that none is chosen yet. */
export function DraftTargets({ targets }: { targets: PostSummary['targets'] }) {
  const accounts = useAccounts((state) => state.accounts);
  if (targets.length === 0) return <p className="draft-targets draft-targets--none">No accounts chosen yet</p>;
  return (
    <ul className="draft-targets" aria-label="Goes to">
      {targets.map((target, index) => {
        const account = targetAccountName(target.accountId, accounts);
        return (
          // Targets have no id in a summary; their order is the post's and does not change here.
          <li key={index} className={target.accountId ? 'draft-target' : 'draft-target draft-target--unchosen'}>
            <PlatformIcon platform={target.platform} size="sm" />
            <span className="visually-hidden">{PLATFORMS[target.platform].name}</span>
            {account ? <span>{account}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
