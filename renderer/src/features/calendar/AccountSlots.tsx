import { useId, useState, type FormEvent } from 'react';
import { QueueSlot, type AccountSummary } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { CloseIcon, PlusIcon } from '../../ui/icons';
import { PlatformIcon } from '../accounts/platforms';
import { accountLabel } from '../accounts/list/accountWords';
import { sameSlot, slotName, sortSlots, WEEKDAYS } from './slotWords';
import '../../ui/fields.css';
import '../../ui/TextField.css';

export interface AccountSlotsProps {
  account: AccountSummary;
  slots: readonly QueueSlot[];
  /** Saves the account's new times; answers why not, or null once saved. */
  onSave: (slots: QueueSlot[]) => Promise<string | null>;
}

/** One account's weekly posting times: each can be removed, and a day and time added. */
export function AccountSlots({ account, slots, onSave }: AccountSlotsProps) {
  const id = useId();
  const [weekday, setWeekday] = useState(1);
  const [time, setTime] = useState('09:00');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const name = accountLabel(account);

  const save = async (next: QueueSlot[]) => {
    setSaving(true);
    setProblem(await onSave(sortSlots(next)));
    setSaving(false);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!QueueSlot.shape.time.safeParse(time).success) {
      setProblem('Enter a time, like 09:30.');
      return;
    }
    const slot = { weekday, time };
    if (slots.some((existing) => sameSlot(existing, slot))) {
      setProblem(`${slotName(slot)} is already one of ${account.displayName}’s times.`);
      return;
    }
    void save([...slots, slot]);
  };

  return (
    <section className="account-slots" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="account-slots__name">
        <PlatformIcon platform={account.platform} size="sm" />
        {name}
      </h3>
      {slots.length === 0 ? (
        <p className="account-slots__none">No posting times yet.</p>
      ) : (
        <ul className="account-slots__list" aria-label={`Posting times of ${name}`}>
          {sortSlots(slots).map((slot) => (
            <li key={slotName(slot)} className="account-slots__slot">
              {slotName(slot)}
              <Button
                variant="quiet"
                iconOnly
                aria-label={`Remove ${slotName(slot)}`}
                isDisabled={isSaving}
                onPress={() => void save(slots.filter((existing) => !sameSlot(existing, slot)))}
              >
                <CloseIcon size={14} />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="account-slots__add" onSubmit={add} aria-label={`Add a posting time for ${name}`}>
        <div className="text-field">
          <label htmlFor={`${id}-day`} className="field-label">
            Day
          </label>
          <div className="text-field__box">
            <select id={`${id}-day`} className="text-field__input" value={weekday} onChange={(event) => setWeekday(Number(event.target.value))}>
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>
                  {day}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="text-field">
          <label htmlFor={`${id}-time`} className="field-label">
            Time
          </label>
          <div className="text-field__box">
            <input id={`${id}-time`} type="time" className="text-field__input" value={time} onChange={(event) => setTime(event.target.value)} />
          </div>
        </div>
        <Button type="submit" isPending={isSaving}>
          <PlusIcon size={16} />
          Add time
        </Button>
      </form>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
