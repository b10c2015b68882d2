import { Button } from '../../../ui/Button';
import { WarningIcon } from '../../../ui/icons';
import { PermissionList } from '../PermissionList';

/**
 * The permissions the owner did not allow in this sign-in, each with what Outpost cannot do
 * without it, and the way to allow them: signing in again, asked for them once more.
 */
export function MissingScopes({ scopes, onAskAgain }: { scopes: readonly string[]; onAskAgain: () => void }) {
  return (
    <div className="picker-warning" role="note" aria-label="Permissions you did not allow">
      <WarningIcon size={16} />
      <div className="picker-warning__body">
        <p>You did not allow {scopes.length === 1 ? 'one permission' : 'some permissions'} Outpost asked for:</p>
        <PermissionList permissions={scopes} />
        <p>
          Without {scopes.length === 1 ? 'it' : 'them'}, Outpost cannot do {scopes.length === 1 ? 'that' : 'those things'}{' '}
          for these accounts. Add them now and allow it later, or ask again now.
        </p>
        <Button onPress={onAskAgain}>Ask again</Button>
      </div>
    </div>
  );
}
