// Global styles first, so every component's own stylesheet comes after them and can refine them.
import './ui/tokens.css';
import './ui/base.css';
import './ui/surfaces.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeErrorPage } from './app/BridgeErrorPage';
import { getApi } from './bridge/getApi';

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
