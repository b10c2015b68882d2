import { OutpostMark } from '../ui/icons';
import './BridgeErrorPage.css';

/**
 * Shown instead of the app when there is no bridge to main: the built page opened on its own,
 * or a preload that failed. It says what happened and what to do, in plain words.
 */
export function BridgeErrorPage({ detail }: { detail: string }) {
  return (
    <main className="bridge-error">
      <div className="bridge-error__card">
        <span className="bridge-error__mark">
          <OutpostMark size={24} />
        </span>
        <h1>Outpost can't start here</h1>
        <p>{detail}</p>
        <p>
          Open Outpost from its app icon. If you are trying it in a web browser, start browser mode with{' '}
          <code>npm run dev:browser</code> and open the address it prints.
        </p>
      </div>
    </main>
  );
}
