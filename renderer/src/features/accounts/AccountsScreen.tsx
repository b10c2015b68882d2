import { AccountsIcon } from '../../ui/icons';
import { ComingSoon } from '../../ui/ComingSoon';
import { Screen } from '../../ui/Screen';

export function AccountsScreen() {
  return (
    <Screen title="Accounts">
      <ComingSoon icon={<AccountsIcon size={28} />}>
        Connect your Instagram, Facebook Page and TikTok accounts. Their sign-ins stay safely on this
        computer, and Outpost tells you when one needs reconnecting.
      </ComingSoon>
    </Screen>
  );
}
