import type { Key } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { MoreIcon } from '../../ui/icons';
import { Menu, MenuItem } from '../../ui/Menu';

export type DraftAction = 'open' | 'duplicate' | 'delete';

/** A draft's actions behind one button, so rows stay calm and fit narrow windows. */
export function DraftActions({ name, onAction }: { name: string; onAction: (action: DraftAction) => void }) {
  return (
    <Menu
      placement="bottom end"
      aria-label={`Actions for ${name}`}
      onAction={(key: Key) => onAction(key as DraftAction)}
      trigger={
        <Button variant="quiet" iconOnly aria-label={`Actions for ${name}`}>
          <MoreIcon size={18} />
        </Button>
      }
    >
      <MenuItem id="open">Open</MenuItem>
      <MenuItem id="duplicate">Duplicate</MenuItem>
      <MenuItem id="delete">Delete</MenuItem>
    </Menu>
  );
}
