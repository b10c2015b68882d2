import { useState, type FormEvent } from 'react';
import {
  DEVELOPER_APP_FORMATS,
  type DeveloperAppCredentials,
  type DeveloperAppKind,
  type DeveloperAppStatus,
  type ErrorResult,
} from '../../../../../preload/contract';
import { describeError } from '../../../lib/describeError';
import { Button } from '../../../ui/Button';
import { DialogProblem } from '../../../ui/Dialog';
import { ShieldIcon } from '../../../ui/icons';
import { TextField } from '../../../ui/TextField';
import { useKeyringGuard } from '../../keyring/useKeyringGuard';
import { DEVELOPER_APP_KINDS } from './developerAppKinds';
import { RemoveDeveloperAppDialog } from './RemoveDeveloperAppDialog';
import { SecretField } from './SecretField';
import { useDeveloperApps } from './useDeveloperApps';

type Outcome =
  | { kind: 'idle' | 'testing' | 'tested' | 'saving' | 'saved' | 'removed' }
  | { kind: 'failed'; message: string };

/** The hint from the shared rules when a typed value cannot be right; nothing while it is empty. */
function problemOf(value: string, pattern: RegExp, hint: string): string | null {
  return value !== '' && !pattern.test(value) ? hint : null;
}

/**
 * The app's id and secret: checked against the platform's formats as they are typed, tested with
 * the platform on request, and saved (main tests again first). Once saved, the secret field is
 * emptied: the secret lives in main's keyring-backed vault, never in this page.
 */
export function DeveloperAppForm({ kind, app }: { kind: DeveloperAppKind; app: DeveloperAppStatus }) {
  const test = useDeveloperApps((state) => state.test);
  const save = useDeveloperApps((state) => state.save);
  const guardKeyring = useKeyringGuard();
  const info = DEVELOPER_APP_KINDS[kind];
  const format = DEVELOPER_APP_FORMATS[kind];
  const [appId, setAppId] = useState(app.source === 'saved' ? (app.appId ?? '') : '');
  const [appSecret, setAppSecret] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [isRemoveOpen, setRemoveOpen] = useState(false);

  const credentials: DeveloperAppCredentials = { kind, appId: appId.trim(), appSecret: appSecret.trim() };
  const idProblem = problemOf(credentials.appId, format.appId, format.appIdHint);
  const secretProblem = problemOf(credentials.appSecret, format.appSecret, format.appSecretHint);
  const isComplete = credentials.appId !== '' && credentials.appSecret !== '' && !idProblem && !secretProblem;
  const isBusy = outcome.kind === 'testing' || outcome.kind === 'saving';

  const settleWith = (result: ErrorResult, retry: () => unknown) => {
    setOutcome(guardKeyring(result, retry) ? { kind: 'idle' } : { kind: 'failed', message: describeError(result) });
  };

  const runTest = async (given: DeveloperAppCredentials) => {
    setOutcome({ kind: 'testing' });
    const result = await test(given);
    if (result.ok) setOutcome({ kind: 'tested' });
    else settleWith(result, () => runTest(given));
  };

  const runSave = async (given: DeveloperAppCredentials) => {
    setOutcome({ kind: 'saving' });
    const result = await save(given);
    if (result.ok) {
      setAppSecret('');
      setOutcome({ kind: 'saved' });
    } else {
      settleWith(result, () => runSave(given));
    }
  };

  // A result is about the values it was for: editing them makes it old news.
  const edit = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setOutcome({ kind: 'idle' });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isComplete && !isBusy) void runSave(credentials);
  };

  const statusText = {
    idle: '',
    testing: `Checking with ${info.platform}…`,
    tested: `${info.platform} accepted this app. Press Save to keep it.`,
    saving: `Checking with ${info.platform} and saving…`,
    saved: `Saved. ${info.platform} accepted this app, and you can connect your accounts now.`,
    removed: `The ${info.name} was removed from Outpost.`,
    failed: '',
  }[outcome.kind];

  return (
    <>
    <form className="developer-app-form" aria-label={`Your ${info.name}'s details`} onSubmit={submit}>
      <TextField
        label={info.idLabel}
        value={appId}
        onChange={edit(setAppId)}
        problem={idProblem}
        monospace
        autoComplete="off"
        spellCheck="false"
        isDisabled={isBusy}
      />
      <SecretField
        label={info.secretLabel}
        value={appSecret}
        onChange={edit(setAppSecret)}
        problem={secretProblem}
        isDisabled={isBusy}
        description={app.source === 'saved' ? `To change the app, enter its ${info.secretLabel} again.` : undefined}
      />
      <p className="developer-app-form__privacy">
        <ShieldIcon size={16} />
        Outpost keeps the {info.secretLabel} in this computer's password keyring. It never leaves this computer, except to
        sign in with {info.platform} itself.
      </p>
      <div className="developer-app-form__actions">
        <Button
          onPress={() => void runTest(credentials)}
          isDisabled={!isComplete || outcome.kind === 'saving'}
          isPending={outcome.kind === 'testing'}
        >
          Test connection
        </Button>
        <Button
          type="submit"
          variant="primary"
          isDisabled={!isComplete || outcome.kind === 'testing'}
          isPending={outcome.kind === 'saving'}
        >
          Save
        </Button>
        {app.source === 'saved' ? (
          <Button variant="quiet" aria-label={`Remove the ${info.name}`} onPress={() => setRemoveOpen(true)} isDisabled={isBusy}>
            Remove
          </Button>
        ) : null}
      </div>
      {isComplete || outcome.kind !== 'idle' ? null : (
        <p className="field-description">Test connection and Save work once both fields look right.</p>
      )}
      <p role="status" className="developer-app-form__status">
        {statusText}
      </p>
      <DialogProblem problem={outcome.kind === 'failed' ? outcome.message : null} />
    </form>
      <RemoveDeveloperAppDialog
        kind={kind}
        isOpen={isRemoveOpen}
        onOpenChange={setRemoveOpen}
        onRemoved={() => {
          setAppId('');
          setAppSecret('');
          setOutcome({ kind: 'removed' });
        }}
      />
    </>
  );
}
