import { useEffect, useState } from 'react';
import type { AccountQueueSlots, ErrorResult, QueueSlot } from '../../../../preload/contract';
import { useAppServices } from '../../app/AppServicesContext';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';
import { Dialog } from '../../ui/Dialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { accountLabel } from '../accounts/list/accountWords';
import { useAccounts } from '../accounts/useAccounts';
import { SuggestedSlots } from '../insights/SuggestedSlots';
import { useTimeZone } from '../settings/useTimeZone';
import { AccountSlots } from './AccountSlots';
import { sortSlots } from './slotWords';
import { zoneName } from './zonedTime';

/**
 * Each account's weekly posting times: what "Add to queue" in the composer fills. Changes are
 * saved as they are made, like the settings.
 */
export function PostingTimesDialog({ onClose }: { onClose: () => void }) {
  const { api } = useAppServices();
  const accounts = useAccounts((state) => state.accounts) ?? [];
  const timeZone = useTimeZone();
  const [slots, setSlots] = useState<AccountQueueSlots[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorResult | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void settle(() => api.schedule.slots()).then((result) => {
      if (!current) return;
      if (result.ok) setSlots(result.value);
      else setLoadError(result);
    });
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const save = async (accountId: string, next: QueueSlot[]) => {
    const saved = await settle(() => api.schedule.setSlots({ accountId, slots: next }));
    if (!saved.ok) return describeError(saved);
    setSlots(saved.value);
    return null;
  };

  return (
    <Dialog title="Posting times" size="guide" isOpen onOpenChange={(open) => !open && onClose()}>
      <p>
        The times each account usually posts, every week, in your time zone: {zoneName(timeZone, new Date())}. When you choose “Add to
        queue” while scheduling, each account’s post takes its next free time.
      </p>
      {loadError ? (
        <LoadProblem
          what="The posting times"
          error={loadError}
          onAction={() => {
            setLoadError(null);
            setAttempt((count) => count + 1);
          }}
        />
      ) : null}
      {accounts.length === 0 ? (
        <p>Connect an account first; then give it posting times here.</p>
      ) : slots === null ? null : (
        <div className="posting-times">
          {accounts.map((account) => {
            const current = slots.find((entry) => entry.accountId === account.id)?.slots ?? [];
            return (
              <div key={account.id}>
                <AccountSlots account={account} slots={current} onSave={(next) => save(account.id, next)} />
                <SuggestedSlots
                  accountId={account.id}
                  accountName={accountLabel(account)}
                  slots={current}
                  onAdd={(slot) => save(account.id, sortSlots([...current, slot]))}
                />
              </div>
            );
          })}
        </div>
      )}
    </Dialog>
  );
}
