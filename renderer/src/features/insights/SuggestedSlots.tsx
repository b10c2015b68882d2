import { useEffect, useState } from 'react';
import type { QueueSlot, SlotSuggestions } from '../../../../preload/contract';
import { useAppServices } from '../../app/AppServicesContext';
import { settle } from '../../bridge/settle';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';
import { sameSlot, slotName } from '../calendar/slotWords';
import { formatRate } from './insightsNumbers';
import './SuggestedSlots.css';

export interface SuggestedSlotsProps {
  accountId: string;
  /** "Crumb & Co (Instagram)". */
  accountName: string;
  /** The account's times now: a suggestion it already has is not offered. */
  slots: readonly QueueSlot[];
  /** Adds a time; answers why not, or null once saved. */
  onAdd: (slot: QueueSlot) => Promise<string | null>;
}

/** Weekly times the account's own history favours, each added as a posting time in one click. */
export function SuggestedSlots({ accountId, accountName, slots, onAdd }: SuggestedSlotsProps) {
  const { api } = useAppServices();
  const [suggestions, setSuggestions] = useState<SlotSuggestions | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void settle(() => api.insights.suggestSlots({ accountId })).then((result) => {
      // Suggestions are a help, not a need: without an answer the row stays quiet.
      if (current && result.ok) setSuggestions(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, accountId]);

  if (!suggestions) return null;
  const offered = suggestions.slots.filter((suggestion) => !slots.some((slot) => sameSlot(slot, suggestion)));

  const add = async (slot: QueueSlot) => {
    setAdding(slotName(slot));
    setProblem(await onAdd({ weekday: slot.weekday, time: slot.time }));
    setAdding(null);
  };

  return (
    <div className="suggested-slots" role="group" aria-label={`Suggested from your history for ${accountName}`}>
      <p className="suggested-slots__title" aria-hidden="true">
        Suggested from your history
      </p>
      {!suggestions.enoughData || suggestions.slots.length === 0 ? (
        <p className="suggested-slots__note">Not enough posts yet to suggest times. Suggestions appear once more of this account’s posts are measured.</p>
      ) : offered.length === 0 ? (
        <p className="suggested-slots__note">All of the suggested times are already posting times.</p>
      ) : (
        <ul className="suggested-slots__list">
          {offered.map((slot) => (
            <li key={slotName(slot)}>
              <Button variant="quiet" className="suggested-slots__slot" isPending={adding === slotName(slot)} onPress={() => void add(slot)}>
                <PlusIcon size={14} />
                <span>
                  Add {slotName(slot)}
                  <span className="suggested-slots__why">
                    {' '}
                    · {formatRate(slot.engagementRate)} over {slot.posts === 1 ? '1 post' : `${slot.posts} posts`}
                  </span>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
