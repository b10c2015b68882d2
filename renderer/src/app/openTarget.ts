import type { OpenTarget } from '../../../preload/contract';
import type { CalendarStore } from '../features/calendar/calendarStore';
import type { NavigationStore } from './navigationStore';

/**
 * The tray or a desktop notification asks for a screen (app.open): show it, and on the calendar
 * open the post the notification was about, at its date.
 */
export function openTarget(target: OpenTarget, { navigation, calendar }: { navigation: NavigationStore; calendar: CalendarStore }): void {
  navigation.getState().goTo(target.section);
  if (target.section === 'calendar' && target.targetId) void calendar.getState().select(target.targetId, { reveal: true });
}
