import type { Platform } from '../../../../preload/contract';
import type { SegmentedOption } from '../../ui/SegmentedControl';
import { PLATFORM_ORDER, PLATFORMS } from '../accounts/platforms';
import type { CalendarView, StatusFilter } from './calendarStore';

export const VIEW_OPTIONS: readonly SegmentedOption<CalendarView>[] = [
  { id: 'month', label: 'Month' },
  { id: 'week', label: 'Week' },
  { id: 'list', label: 'List' },
];

export const PLATFORM_FILTERS: readonly SegmentedOption<Platform | 'all'>[] = [
  { id: 'all', label: 'All' },
  ...PLATFORM_ORDER.map((platform) => ({ id: platform, label: PLATFORMS[platform].name })),
];

export const STATUS_FILTERS: readonly SegmentedOption<StatusFilter>[] = [
  { id: 'all', label: 'All' },
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'published', label: 'Published' },
  { id: 'problems', label: 'Needs attention' },
];

/** What one step of the arrows moves by, for their names ("Previous month"). */
export const PERIOD_NAMES: Record<CalendarView, string> = { month: 'month', week: 'week', list: 'month' };
