import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

const SECTIONS = ['Calendar', 'Compose', 'Drafts', 'Library', 'Insights', 'Accounts', 'Settings'];

describe('navigation', () => {
  it('lists every section in a nav landmark named "Sections", starting on Calendar', async () => {
    renderApp();
    const nav = screen.getByRole('navigation', { name: 'Sections' });

    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(SECTIONS);
    expect(within(nav).getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
  });

  it.each(SECTIONS)('shows %s with its heading, marks its link current and puts it in the hash', async (name) => {
    const { user } = renderApp();
    const nav = screen.getByRole('navigation', { name: 'Sections' });

    await user.click(within(nav).getByRole('link', { name }));

    expect(screen.getByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    for (const other of SECTIONS.filter((section) => section !== name)) {
      expect(within(nav).getByRole('link', { name: other })).not.toHaveAttribute('aria-current');
    }
    expect(window.location.hash).toBe(`#/${name.toLowerCase()}`);
  });

  it('opens the Insights dashboard from the sidebar', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Insights' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Insights' })).toBeInTheDocument();
  });

  it('moves between sections with the keyboard alone', async () => {
    const { user } = renderApp();

    await user.tab(); // the skip link
    await user.tab(); // Calendar
    await user.tab(); // Compose
    expect(screen.getByRole('link', { name: 'Compose' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 1, name: 'Compose' })).toBeInTheDocument();
  });

  it('starts a new post with Ctrl+N from any screen', async () => {
    window.history.replaceState(null, '', '#/drafts');
    const { user } = renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Drafts' })).toBeInTheDocument();

    await user.keyboard('{Control>}n{/Control}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Compose' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('');
  });

  it('opens the section named in the hash, so a reload stays where the owner was', () => {
    window.history.replaceState(null, '', '#/insights');
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Insights' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Insights' })).toHaveAttribute('aria-current', 'page');
  });

  it('follows a hash edited by hand and ignores unknown ones', () => {
    renderApp();

    act(() => {
      window.history.replaceState(null, '', '#/drafts');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Drafts' })).toBeInTheDocument();

    act(() => {
      window.history.replaceState(null, '', '#/nowhere');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
  });
});
