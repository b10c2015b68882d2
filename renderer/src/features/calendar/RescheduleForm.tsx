import { useState, type FormEvent } from 'react';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { useTimeZone } from '../settings/useTimeZone';
import { DateTimeField } from './DateTimeField';
import { useCalendar } from './useCalendar';
import { instantFromLocalInput, localInputValue, nextRoundHour, zoneName } from './zonedTime';

export interface RescheduleFormProps {
  targetId: string;
  /** The post's time now; a time already past starts the field at the next whole hour. */
  dueAt: string | null;
  /** The move worked, with the new time. */
  onMoved: (dueAt: Date) => void;
}

/** A new date and time for the post: the keyboard's way to do what dragging does. */
export function RescheduleForm({ targetId, dueAt, onMoved }: RescheduleFormProps) {
  const timeZone = useTimeZone();
  const reschedule = useCalendar((state) => state.reschedule);
  const [value, setValue] = useState(() => {
    const now = new Date();
    const current = dueAt ? new Date(dueAt) : null;
    return localInputValue(current && current > now ? current : nextRoundHour(now, timeZone), timeZone);
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const instant = instantFromLocalInput(value, timeZone);
    if (!instant) {
      setProblem('Enter a date and a time.');
      return;
    }
    setBusy(true);
    setProblem(null);
    const moved = await reschedule(targetId, instant.toISOString());
    setBusy(false);
    if (moved.ok) onMoved(instant);
    else setProblem(describeError(moved));
  };

  return (
    <form className="reschedule-form" onSubmit={(event) => void submit(event)}>
      <DateTimeField
        label="New time"
        value={value}
        onChange={(next) => {
          setValue(next);
          setProblem(null);
        }}
        description={`In your time zone, ${zoneName(timeZone, new Date())}.`}
        problem={problem}
      />
      <Button type="submit" isPending={isBusy}>
        Reschedule
      </Button>
    </form>
  );
}
