import { CalendarIcon } from '../../ui/icons';
import { ComingSoon } from '../../ui/ComingSoon';
import { Screen } from '../../ui/Screen';
import { NoAccountsBanner } from '../accounts/NoAccountsBanner';

export function CalendarScreen() {
  return (
    <Screen title="Calendar">
      <NoAccountsBanner />
      <ComingSoon icon={<CalendarIcon size={28} />}>
        Your scheduled posts, by month, week or list. Drag a post to another day or time to move it.
      </ComingSoon>
    </Screen>
  );
}
