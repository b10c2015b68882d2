import { DraftsIcon } from '../../ui/icons';
import { ComingSoon } from '../../ui/ComingSoon';
import { Screen } from '../../ui/Screen';

export function DraftsScreen() {
  return (
    <Screen title="Drafts">
      <ComingSoon icon={<DraftsIcon size={28} />}>
        Posts you have started but not scheduled yet, kept on this computer until you are ready to finish
        them.
      </ComingSoon>
    </Screen>
  );
}
