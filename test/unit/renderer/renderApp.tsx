import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/app/App';
import { createFakeApi, type FakeApi } from './fakeApi';

/**
 * Renders the whole app over a fake api, in StrictMode as main.tsx does (so effects run twice and
 * must be safe to). `user` also stubs the clipboard, as a real page has one.
 */
export function renderApp(fake: FakeApi = createFakeApi()) {
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <App api={fake.api} />
    </StrictMode>,
  );
  return { ...view, user, fake };
}

/** Opens the app on a section (as a reload of #/accounts does) and waits for its heading. */
export async function renderSection(section: string, heading: string, fake: FakeApi = createFakeApi()) {
  window.history.replaceState(null, '', `#/${section}`);
  const rendered = renderApp(fake);
  await screen.findByRole('heading', { level: 1, name: heading });
  return rendered;
}
