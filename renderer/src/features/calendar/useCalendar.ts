import { useStore } from 'zustand';
import { useAppServices } from '../../app/AppServicesContext';
import type { CalendarState } from './calendarStore';

export function useCalendar<T>(selector: (state: CalendarState) => T): T {
  return useStore(useAppServices().calendar, selector);
}
