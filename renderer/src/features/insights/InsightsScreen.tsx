import { InsightsIcon } from '../../ui/icons';
import { ComingSoon } from '../../ui/ComingSoon';
import { Screen } from '../../ui/Screen';

export function InsightsScreen() {
  return (
    <Screen title="Insights">
      <ComingSoon icon={<InsightsIcon size={28} />}>
        How each post did (reach, likes, comments and saves) and which days and times work best for your
        audience.
      </ComingSoon>
    </Screen>
  );
}
