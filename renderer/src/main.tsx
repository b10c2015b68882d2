import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeErrorPage } from './app/BridgeErrorPage';
import { getApi } from './bridge/getApi';
import './ui/tokens.css';
import './ui/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

try {
  const api = getApi();
  root.render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
} catch (error) {
  root.render(<BridgeErrorPage detail={error instanceof Error ? error.message : String(error)} />);
}
