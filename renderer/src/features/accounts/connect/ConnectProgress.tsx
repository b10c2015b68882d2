import { useEffect, useRef, type ReactNode } from 'react';
import type { DeveloperAppKind } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { CheckIcon, ExternalLinkIcon, InfoIcon, WarningIcon } from '../../../ui/icons';
import { isDemoSignIn } from '../accountsStore';
import { DEVELOPER_APP_KINDS } from '../developerApps/developerAppKinds';
import { useDeveloperApps } from '../developerApps/useDeveloperApps';
import { useAccounts } from '../useAccounts';
import { connectNote } from './connectNotes';
import { browserInstruction } from './signInNetworks';

/**
 * How the current sign-in is going, in the panel that started it (demo or live): opening, then
 * what to do in the browser (with Cancel, and the page's address again in case its tab was
 * blocked or closed), or how the last one ended. It never blocks the rest of the screen. The
 * status line stays mounted so screen readers hear each change.
 */
export function ConnectProgress({ demo }: { demo: boolean }) {
  const connection = useAccounts((state) => state.connection);
  const ending = useAccounts((state) => state.ending);
  const isMine = useAccounts((state) => isDemoSignIn(state) === demo);
  const cancel = useAccounts((state) => state.cancelConnect);
  const openGuide = useDeveloperApps((state) => state.openGuide);
  const lineRef = useRef<HTMLDivElement>(null);
  const isBusy = isMine && (connection.kind === 'starting' || connection.kind === 'waiting');

  // A sign-in started from an account further up (Reconnect) shows its progress here, in view.
  useEffect(() => {
    if (isBusy) lineRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isBusy]);

  if (!isMine) return null;
  const note = !isBusy && ending ? connectNote(ending) : null;
  const statusText =
    connection.kind === 'starting'
      ? 'Opening the sign-in page…'
      : connection.kind === 'waiting'
        ? 'Finish signing in in your browser…'
        : note?.tone === 'calm'
          ? note.text
          : '';

  return (
    <div className="connect-progress">
      <div ref={lineRef} className={isBusy ? 'connect-progress__line connect-progress__line--busy' : 'connect-progress__line'}>
        {isBusy ? <span className="spinner" aria-hidden="true" /> : null}
        {!isBusy && statusText ? <InfoIcon size={16} /> : null}
        <p role="status" className="connect-progress__text">
          {statusText}
        </p>
        {isBusy ? (
          <div className="connect-progress__actions">
            {connection.kind === 'waiting' && connection.authorizationUrl ? (
              <a className="text-link" href={connection.authorizationUrl} target="_blank" rel="noopener noreferrer">
                Open the sign-in page again
                <ExternalLinkIcon size={14} />
              </a>
            ) : null}
            <Button onPress={cancel}>Cancel</Button>
          </div>
        ) : null}
      </div>
      {isBusy ? (
        <ol className="connect-steps" aria-label="Signing in, step by step">
          <Step state={connection.kind === 'starting' ? 'current' : 'done'}>Outpost opens the sign-in page in your browser.</Step>
          <Step state={connection.kind === 'waiting' ? 'current' : 'upcoming'}>
            {browserInstruction(connection.request.network, connection.request.demo)}
          </Step>
          <Step state="upcoming">Back in Outpost, choose the accounts to add.</Step>
        </ol>
      ) : null}
      {note?.tone === 'problem' ? (
        <div role="alert" className="connect-progress__problem">
          <WarningIcon size={16} />
          <p>{note.text}</p>
          {note.setupKind ? <SetUpButton kind={note.setupKind} onPress={openGuide} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function SetUpButton({ kind, onPress }: { kind: DeveloperAppKind; onPress: (kind: DeveloperAppKind) => void }) {
  return <Button onPress={() => onPress(kind)}>Set up the {DEVELOPER_APP_KINDS[kind].name}</Button>;
}

function Step({ state, children }: { state: 'done' | 'current' | 'upcoming'; children: ReactNode }) {
  return (
    <li className={`connect-step connect-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
      <span className="connect-step__marker" aria-hidden="true">
        {state === 'done' ? <CheckIcon size={12} strokeWidth={3} /> : null}
      </span>
      {state === 'done' ? <span className="visually-hidden">Done: </span> : null}
      <span>{children}</span>
    </li>
  );
}
