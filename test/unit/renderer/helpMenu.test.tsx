import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fakeApi';
import { renderApp } from './renderApp';

describe('sidebar help menu', () => {
  it('describes the Help button with a tooltip when it gets keyboard focus', async () => {
    const { user } = renderApp();
    const help = screen.getByRole('button', { name: 'Help' });

    while (document.activeElement !== help) await user.tab();

    expect(await screen.findByRole('tooltip')).toHaveTextContent('Help and app details');
  });

  it('opens About Outpost in a dialog that shows the version and closes with Escape', async () => {
    const { user } = renderApp(createFakeApi({ appInfo: { version: '0.1.0', mode: 'browser' } }));

    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(await screen.findByRole('menuitem', { name: 'About Outpost' }));

    const dialog = await screen.findByRole('dialog', { name: 'About Outpost' });
    expect(dialog).toHaveTextContent('Version 0.1.0, browser mode.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'About Outpost' })).not.toBeInTheDocument();
  });

  it('copies the diagnostics from any section', async () => {
    const { user } = renderApp();

    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Copy diagnostics' }));

    expect(await screen.findByRole('alertdialog', { name: 'Copied' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toContain('Outpost 0.1.0');
  });

  it('shows a failure to open the log folder as a toast with the path', async () => {
    const fake = createFakeApi({ appInfo: { logDirectory: '/tmp/outpost-dev/logs' } });
    fake.handle('diagnostics.openLogFolder', () => ({ ok: false, code: 'NOT_AVAILABLE', message: 'Not in browser mode.' }));
    const { user } = renderApp(fake);
    await screen.findByText('Version 0.1.0');

    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open logs folder' }));

    const toast = await screen.findByRole('alertdialog', { name: "Couldn't open the logs folder" });
    expect(toast).toHaveTextContent('Not in browser mode. The logs are in /tmp/outpost-dev/logs');
  });
});
