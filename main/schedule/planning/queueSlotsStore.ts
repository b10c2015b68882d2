import type { DatabaseSync } from 'node:sqlite';
import type { QueueSlot } from '../../../preload/contract';
import { inTransaction } from '../../store/transaction';
import { minuteKey, minuteOfDay, normalizeSlots, timeOfDay } from './queueSlots';

export interface QueueSlotsStore {
  /** Every account's posting times, weekday then time. Accounts without any are absent. */
  all(): ReadonlyMap<string, QueueSlot[]>;
  of(accountId: string): QueueSlot[];
  /** Replaces the account's posting times (duplicates kept once). */
  replace(accountId: string, slots: readonly QueueSlot[]): void;
  /** The minutes (minuteKey) the account's scheduled and publishing targets use from `from` on. */
  takenMinutes(accountId: string, from: Date): Set<number>;
}

interface SlotRow {
  account_id: string;
  weekday: number;
  minute_of_day: number;
}

const toSlot = (row: SlotRow): QueueSlot => ({ weekday: row.weekday, time: timeOfDay(row.minute_of_day) });

export function createQueueSlotsStore(db: DatabaseSync): QueueSlotsStore {
  const selectAll = db.prepare('SELECT account_id, weekday, minute_of_day FROM queue_slots ORDER BY account_id, weekday, minute_of_day');
  const selectOf = db.prepare('SELECT account_id, weekday, minute_of_day FROM queue_slots WHERE account_id = ? ORDER BY weekday, minute_of_day');
  const deleteOf = db.prepare('DELETE FROM queue_slots WHERE account_id = ?');
  const insert = db.prepare('INSERT INTO queue_slots (account_id, weekday, minute_of_day) VALUES (?, ?, ?)');
  const selectTaken = db.prepare(
    `SELECT due_at_utc FROM targets WHERE account_id = ? AND status IN ('scheduled', 'publishing') AND due_at_utc >= ?`,
  );

  return {
    all() {
      const slots = new Map<string, QueueSlot[]>();
      for (const row of selectAll.all() as unknown as SlotRow[]) {
        const list = slots.get(row.account_id) ?? [];
        list.push(toSlot(row));
        slots.set(row.account_id, list);
      }
      return slots;
    },
    of: (accountId) => (selectOf.all(accountId) as unknown as SlotRow[]).map(toSlot),
    replace(accountId, slots) {
      inTransaction(db, () => {
        deleteOf.run(accountId);
        for (const slot of normalizeSlots(slots)) insert.run(accountId, slot.weekday, minuteOfDay(slot.time));
      });
    },
    takenMinutes(accountId, from) {
      const rows = selectTaken.all(accountId, from.toISOString()) as { due_at_utc: string }[];
      return new Set(rows.map((row) => minuteKey(new Date(row.due_at_utc))));
    },
  };
}
