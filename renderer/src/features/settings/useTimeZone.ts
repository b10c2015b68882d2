import { useSettings } from './useSettings';

/** The zone the owner chose in Settings; the computer's own until the settings have loaded. */
export function useTimeZone(): string {
  const chosen = useSettings((state) => state.preferences?.timezone);
  return chosen ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
