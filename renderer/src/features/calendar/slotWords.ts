import type { QueueSlot } from '../../../../preload/contract';

/** ISO weekdays, 1 = Monday, as the contract numbers them. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "Monday 09:00". */
export function slotName(slot: QueueSlot): string {
  return `${WEEKDAYS[slot.weekday - 1]} ${slot.time}`;
}

/** Monday first, then by time; "HH:MM" sorts as text. */
export function sortSlots(slots: readonly QueueSlot[]): QueueSlot[] {
  return [...slots].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

export function sameSlot(a: QueueSlot, b: QueueSlot): boolean {
  return a.weekday === b.weekday && a.time === b.time;
}
