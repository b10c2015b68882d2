import { useId, useState } from 'react';
import type { ConnectResult } from '../../../../../preload/contract';
import { useToast } from '../../../app/useToast';
import { Button } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/Checkbox';
import { Dialog, DialogProblem } from '../../../ui/Dialog';
import { useKeyringGuard } from '../../keyring/useKeyringGuard';
import { PLATFORMS, PlatformIcon } from '../platforms';
import { useAccounts } from '../useAccounts';
import { candidateRows, initialSelection, type CandidateRow } from './candidateTree';
import { askAgainRequest, type ConnectRequest } from './connectRequests';
import { MissingScopes } from './MissingScopes';
import { SIGN_IN_NETWORKS } from './signInNetworks';
import { useStartConnect } from './useStartConnect';

export const PICKER_TITLE = 'Choose accounts to add';

/** The picker, while a finished sign-in waits for the owner's choice. */
export function ConnectPicker() {
  const connection = useAccounts((state) => state.connection);
  if (connection.kind !== 'choosing') return null;
  // A new sign-in starts with a fresh selection.
  return (
    <PickerDialog
      key={connection.result.attemptId}
      request={connection.request}
      result={connection.result}
      isSaving={connection.isSaving}
      problem={connection.problem}
    />
  );
}

interface PickerDialogProps {
  request: ConnectRequest;
  result: ConnectResult;
  isSaving: boolean;
  problem: string | null;
}

function PickerDialog({ request, result, isSaving, problem }: PickerDialogProps) {
  const confirm = useAccounts((state) => state.confirm);
  const dismiss = useAccounts((state) => state.dismissPicker);
  const startConnect = useStartConnect();
  const guardKeyring = useKeyringGuard();
  const showToast = useToast();
  const [selected, setSelected] = useState<string[]>(() => initialSelection(result.candidates));
  const rows = candidateRows(result.candidates);
  const count = selected.length;

  const add = async () => {
    const added = await confirm(selected);
    if (added?.ok) {
      showToast({ tone: 'success', title: added.value === 1 ? '1 account added' : `${added.value} accounts added` });
    } else {
      guardKeyring(added, add);
    }
  };

  const { site, pickWhat } = SIGN_IN_NETWORKS[request.network];
  const intro = `You signed in to ${request.demo ? `the demo ${site}` : site}. ${pickWhat}`;

  return (
    <Dialog
      title={PICKER_TITLE}
      size="wide"
      isOpen
      onOpenChange={(open) => {
        if (!open && !isSaving) dismiss();
      }}
      isDismissable={!isSaving}
      actions={(close) =>
        rows.length === 0 ? (
          <Button variant="primary" onPress={close}>
            Close
          </Button>
        ) : (
          <>
            <Button onPress={close} isDisabled={isSaving}>
              Cancel
            </Button>
            <Button variant="primary" onPress={() => void add()} isDisabled={count === 0} isPending={isSaving}>
              {count === 0 ? 'Add accounts' : count === 1 ? 'Add 1 account' : `Add ${count} accounts`}
            </Button>
          </>
        )
      }
    >
      {rows.length === 0 ? (
        <p>This sign-in has no accounts Outpost can add. Nothing was connected.</p>
      ) : (
        <>
          <p>{intro}</p>
          {result.missingScopes.length > 0 ? (
            <MissingScopes scopes={result.missingScopes} onAskAgain={() => void startConnect(askAgainRequest(request))} />
          ) : null}
          <CheckboxGroup aria-label="Accounts" value={selected} onChange={setSelected} isDisabled={isSaving}>
            {rows.map((row) => (
              <CandidateCheckbox key={row.candidate.candidateId} row={row} />
            ))}
          </CheckboxGroup>
          {count === 0 ? <p className="picker-hint">Tick at least one account to add.</p> : null}
        </>
      )}
      <DialogProblem problem={problem} />
    </Dialog>
  );
}

/**
 * One account to tick. Its name is the account's name with its platform, since a Page and its
 * Instagram account often share a name; the details line (username, Page, already connected)
 * is its description.
 */
function CandidateCheckbox({ row }: { row: CandidateRow }) {
  const detailsId = useId();
  const { candidate, via } = row;
  const platform = PLATFORMS[candidate.platform];
  const details = [
    platform.accountNoun,
    candidate.username ? `@${candidate.username}` : null,
    via ? `via ${via.displayName}` : null,
  ].filter((part): part is string => part !== null);

  return (
    <div className={via ? 'picker-row picker-row--linked' : 'picker-row'}>
      <Checkbox
        value={candidate.candidateId}
        aria-label={`${candidate.displayName} (${platform.name})`}
        aria-describedby={detailsId}
      >
        <PlatformIcon platform={candidate.platform} />
        <span className="picker-row__text">
          <span className="picker-row__name">{candidate.displayName}</span>
          <span id={detailsId} className="picker-row__details">
            {details.join(' · ')}
            {candidate.alreadyConnected ? <span className="visually-hidden">. Already connected</span> : null}
          </span>
        </span>
        {candidate.alreadyConnected ? (
          <span className="badge badge--muted" aria-hidden="true">
            Already connected
          </span>
        ) : null}
      </Checkbox>
    </div>
  );
}
