import { ComposeIcon } from '../../ui/icons';
import { ComingSoon } from '../../ui/ComingSoon';
import { Screen } from '../../ui/Screen';

export function ComposeScreen() {
  return (
    <Screen title="Compose">
      <ComingSoon icon={<ComposeIcon size={28} />}>
        Write a post once, choose where it goes, and fine-tune the caption and pictures for each network.
        Then schedule it, or publish it right away.
      </ComingSoon>
    </Screen>
  );
}
