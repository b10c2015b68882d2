import type { Key } from 'react-aria-components';
import type { AccountSummary, MediaKind, Platform } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { PlusIcon } from '../../../ui/icons';
import { Menu, MenuItem } from '../../../ui/Menu';
import { PLATFORM_ORDER, PLATFORMS } from '../../accounts/platforms';
import { addTarget } from '../draftEdits';
import { useComposer } from '../useComposer';

export interface DestinationMenuProps {
  accounts: readonly AccountSummary[];
  /** A destination was added; its tab should open. */
  onAdded: (targetId: string) => void;
}

/**
 * Adds a destination: one of the connected accounts, or a platform with its account to be chosen
 * later, so a post can be written before anything is connected.
 */
export function DestinationMenu({ accounts, onAdded }: DestinationMenuProps) {
  const targets = useComposer((state) => state.draft.targets);
  const media = useComposer((state) => state.media);
  const edit = useComposer((state) => state.edit);
  const targeted = new Set(targets.flatMap((target) => (target.accountId ? [target.accountId] : [])));

  const add = (key: Key) => {
    const [kind, value] = String(key).split(/:(.*)/) as [string, string];
    const account = kind === 'account' ? accounts.find((candidate) => candidate.id === value) : undefined;
    const platform = account?.platform ?? (value as Platform);
    const id = crypto.randomUUID();
    edit((draft) => {
      const kinds = draft.mediaIds.flatMap((mediaId): MediaKind[] => (media[mediaId] ? [media[mediaId].probe.kind] : []));
      return addTarget(draft, { id, platform, accountId: account?.id ?? null }, kinds);
    });
    onAdded(id);
  };

  return (
    <Menu
      aria-label="Destinations"
      onAction={add}
      disabledKeys={accounts.filter((account) => targeted.has(account.id)).map((account) => `account:${account.id}`)}
      trigger={
        <Button>
          <PlusIcon size={16} />
          Add destination
        </Button>
      }
    >
      {PLATFORM_ORDER.flatMap((platform) => [
        ...accounts
          .filter((account) => account.platform === platform)
          .map((account) => (
            <MenuItem key={account.id} id={`account:${account.id}`}>
              {`${PLATFORMS[platform].name} · ${account.displayName}`}
            </MenuItem>
          )),
        <MenuItem key={`later-${platform}`} id={`later:${platform}`}>
          {`${PLATFORMS[platform].name} · choose the account later`}
        </MenuItem>,
      ])}
    </Menu>
  );
}
