import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fakeApi';
import { installColorScheme } from './colorScheme';
import { renderApp } from './renderApp';

async function openSettings(fake = createFakeApi()) {
  window.history.replaceState(null, '', '#/settings');
  const rendered = renderApp(fake);
  await screen.findByRole('radiogroup', { name: 'Theme' });
  return rendered;
}

function settingsSetCalls(fake: ReturnType<typeof createFakeApi>) {
  return fake.calls.filter((call) => call.channel === 'settings.set').map((call) => call.payload);
}

describe('Settings: theme', () => {
  it('shows the saved theme, and changing it saves through settings.set and repaints the page', async () => {
    installColorScheme('light');
    const { user, fake } = await openSettings(createFakeApi({ preferences: { theme: 'system' } }));
    const themes = screen.getByRole('radiogroup', { name: 'Theme' });
    expect(within(themes).getByRole('radio', { name: 'System' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('light');

    await user.click(within(themes).getByRole('radio', { name: 'Dark' }));

    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(within(themes).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(settingsSetCalls(fake)).toEqual([{ theme: 'dark' }]);
    const appearance = screen.getByRole('region', { name: 'Appearance' });
    expect(await within(appearance).findByText('Saved')).toBeInTheDocument();
  });

  it('shows why a change was not saved and puts the old choice back', async () => {
    const fake = createFakeApi({ preferences: { theme: 'light' } });
    fake.handle('settings.set', () => ({
      ok: false,
      code: 'INTERNAL',
      message: 'The settings file could not be written.',
      action: 'Check the disk has free space.',
    }));
    const { user } = await openSettings(fake);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: The settings file could not be written. Check the disk has free space.',
    );
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('Settings: time zone', () => {
  it('starts on the zone main returns', async () => {
    await openSettings(createFakeApi({ preferences: { timezone: 'Asia/Tokyo' } }));

    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Tokyo (UTC+09:00)');
  });

  it('narrows the list as the owner types and saves the zone they pick', async () => {
    const { user, fake } = await openSettings();
    const input = screen.getByRole('combobox', { name: 'Time zone' });

    await user.clear(input);
    await user.type(input, 'new yo');
    const list = await screen.findByRole('listbox');
    const options = within(list).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([expect.stringMatching(/^America\/New_York \(UTC-0[45]:00\)$/)]);

    await user.click(options[0]!);

    await waitFor(() => expect(settingsSetCalls(fake)).toEqual([{ timezone: 'America/New_York' }]));
    expect((input as HTMLInputElement).value).toMatch(/^America\/New_York \(UTC/);
    const dateAndTime = screen.getByRole('region', { name: 'Date and time' });
    expect(await within(dateAndTime).findByText('Saved')).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user } = await openSettings();
    const input = screen.getByRole('combobox', { name: 'Time zone' });

    await user.clear(input);
    await user.type(input, 'Atlantis');

    expect(await screen.findByText('No matches')).toBeInTheDocument();
  });
});

describe('Settings: launch at login', () => {
  it('is a switch that saves as soon as it is flipped', async () => {
    const { user, fake } = await openSettings();
    const toggle = screen.getByRole('switch', { name: 'Launch at login' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/starts quietly in the tray/);

    await user.click(toggle);

    expect(toggle).toBeChecked();
    expect(settingsSetCalls(fake)).toEqual([{ launchAtLogin: true }]);
    const startup = screen.getByRole('region', { name: 'Startup' });
    expect(await within(startup).findByText('Saved')).toBeInTheDocument();
  });
});

describe('Settings: diagnostics', () => {
  it('shows where the logs are and says that nothing leaves the computer', async () => {
    await openSettings();
    const diagnostics = screen.getByRole('region', { name: 'Diagnostics' });

    expect(await within(diagnostics).findByText('/home/baker/.config/Outpost/logs')).toBeInTheDocument();
    expect(within(diagnostics).getByText('Outpost sends no telemetry; nothing leaves this computer.')).toBeInTheDocument();
  });

  it('asks main to open the log folder', async () => {
    const { user, fake } = await openSettings();

    await user.click(screen.getByRole('button', { name: 'Open logs folder' }));

    expect(fake.calls.at(-1)?.channel).toBe('diagnostics.openLogFolder');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows main\'s message and the log path when the folder cannot be opened here', async () => {
    const fake = createFakeApi({ appInfo: { mode: 'browser', logDirectory: '/tmp/outpost-dev/logs' } });
    fake.handle('diagnostics.openLogFolder', () => ({
      ok: false,
      code: 'NOT_AVAILABLE',
      message: 'Browser mode cannot open folders on this computer.',
    }));
    const { user } = await openSettings(fake);
    await screen.findByText('/tmp/outpost-dev/logs');

    await user.click(screen.getByRole('button', { name: 'Open logs folder' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Browser mode cannot open folders on this computer.');
    expect(alert).toHaveTextContent('The logs are in /tmp/outpost-dev/logs.');
  });

  it('copies the diagnostics text to the clipboard and confirms with a toast', async () => {
    const { user } = await openSettings();

    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));

    expect(await screen.findByRole('alertdialog', { name: 'Copied' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('Outpost 0.1.0 (desktop mode)\nPlatform: linux x64');
  });

  it('shows the error instead of "Copied" when main cannot produce diagnostics', async () => {
    const fake = createFakeApi();
    fake.handle('diagnostics.get', () => ({ ok: false, code: 'INTERNAL', message: 'The database could not be read.' }));
    const { user } = await openSettings(fake);

    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The database could not be read.');
    expect(screen.queryByRole('alertdialog', { name: 'Copied' })).not.toBeInTheDocument();
  });
});

describe('Settings: loading', () => {
  it('explains a failed load and loads again on request', async () => {
    const fake = createFakeApi();
    fake.handle('settings.get', () => ({ ok: false, code: 'INTERNAL', message: 'Preferences are unreadable.' }));
    window.history.replaceState(null, '', '#/settings');
    const { user } = renderApp(fake);

    const problem = await screen.findByText(/Your settings could not be loaded: Preferences are unreadable\./);
    expect(screen.queryByRole('radiogroup', { name: 'Theme' })).not.toBeInTheDocument();

    fake.handle('settings.get', () => ({ ok: true, value: fake.preferences }));
    await user.click(within(problem.parentElement!).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('radiogroup', { name: 'Theme' })).toBeInTheDocument();
  });
});
