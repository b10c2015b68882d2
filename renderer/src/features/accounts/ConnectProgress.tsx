import { Button } from '../../ui/Button';
import { ExternalLinkIcon, InfoIcon, WarningIcon } from '../../ui/icons';
import { useAccounts } from './useAccounts';

/**
 * How the current sign-in is going, under the connect buttons: opening, waiting for the browser
 * (with Cancel, and the page's address again in case its tab was blocked or closed), or how the
 * last one ended. It never blocks the rest of the screen. The status line stays mounted so screen
 * readers hear each change.
 */
export function ConnectProgress() {
  const connection = useAccounts((state) => state.connection);
  const note = useAccounts((state) => state.note);
  const cancel = useAccounts((state) => state.cancelConnect);
  const isBusy = connection.kind === 'starting' || connection.kind === 'waiting';

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
      <div className={isBusy ? 'connect-progress__line connect-progress__line--busy' : 'connect-progress__line'}>
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
      {!isBusy && note?.tone === 'problem' ? (
        <p role="alert" className="connect-progress__problem">
          <WarningIcon size={16} />
          <span>{note.text}</span>
        </p>
      ) : null}
    </div>
  );
}
