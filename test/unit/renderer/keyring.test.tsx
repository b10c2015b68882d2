import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KeyringStatus } from '../../../preload/contract';
import { createFakeApi, developerApps, VALID_CREDENTIALS, type FakeApi, type FakeApiOptions } from './fakeApi';
import { renderSection } from './renderApp';

const NO_KEYRING: KeyringStatus = { backend: 'basic_text', state: 'weak_refused' };
const KEYRING_DIALOG = 'No password keyring on this computer';

function weakKeyringFake(options: FakeApiOptions = {}) {
  return createFakeApi({
    keyring: NO_KEYRING,
    developerApps: developerApps({ meta: { appId: VALID_CREDENTIALS.meta.appId } }),
    ...options,
  });
}

async function openAccounts(fake: FakeApi) {
  const rendered = await renderSection('accounts', 'Accounts', fake);
  await waitFor(() => expect(fake.callsTo('developerApps.list').length).toBeGreaterThan(0));
  await act(() => Promise.resolve());
  return { ...rendered, connect: screen.getByRole('region', { name: 'Connect an account' }) };
}

async function finishSignIn(fake: FakeApi) {
  await waitFor(() => expect(fake.callsTo('accounts.finishConnect')).toHaveLength(fake.signIns.length));
  act(() => fake.signIns.at(-1)!.finish());
}

describe('Keyring: a computer without a password keyring', () => {
  it('asks before storing a sign-in weakly, with Cancel as the default', async () => {
    const fake = weakKeyringFake({ secretWriters: ['accounts.beginConnect'] });
    const { user, connect } = await openAccounts(fake);

    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    const dialog = await screen.findByRole('alertdialog', { name: KEYRING_DIALOG });
    expect(dialog).toHaveTextContent(
      'This computer has no password keyring (like GNOME Keyring or KWallet), so Outpost could only store sign-ins with weak protection that other programs on this computer could read.',
    );
    expect(dialog).toHaveTextContent(
      'Install and unlock a keyring and restart Outpost (recommended), or accept weaker storage.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // The dialog speaks for itself: the progress view shows no error beside it.
    expect(within(connect).queryByRole('alert', { hidden: true })).not.toBeInTheDocument();
  });

  it('accepting weaker storage saves that choice, then starts the same sign-in again', async () => {
    const fake = weakKeyringFake({ secretWriters: ['accounts.beginConnect'] });
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    await user.click(await screen.findByRole('button', { name: 'Accept weaker storage' }));

    expect(fake.callsTo('settings.set')).toEqual([{ allowWeakKeyring: true }]);
    await waitFor(() =>
      expect(fake.callsTo('accounts.beginConnect')).toEqual([
        { network: 'meta', demo: false },
        { network: 'meta', demo: false },
      ]),
    );
    expect(screen.queryByRole('alertdialog', { name: KEYRING_DIALOG })).not.toBeInTheDocument();
    expect(await within(connect).findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
  });

  it('Cancel stores nothing and does not try again', async () => {
    const fake = weakKeyringFake({ secretWriters: ['accounts.beginConnect'] });
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    await user.click(within(await screen.findByRole('alertdialog', { name: KEYRING_DIALOG })).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog', { name: KEYRING_DIALOG })).not.toBeInTheDocument();
    expect(fake.callsTo('settings.set')).toEqual([]);
    expect(fake.callsTo('accounts.beginConnect')).toHaveLength(1);
    expect(fake.preferences.allowWeakKeyring).toBe(false);
  });

  it('adds the chosen accounts once weaker storage is accepted', async () => {
    const fake = weakKeyringFake();
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));
    await finishSignIn(fake);
    const picker = await screen.findByRole('dialog', { name: 'Choose accounts to add' });

    await user.click(within(picker).getByRole('button', { name: 'Add 2 accounts' }));
    await user.click(await screen.findByRole('button', { name: 'Accept weaker storage' }));

    const confirmation = { attemptId: 'attempt-1', candidateIds: ['facebook:page-1', 'instagram:ig-1'] };
    await waitFor(() => expect(fake.callsTo('accounts.confirmConnect')).toEqual([confirmation, confirmation]));
    expect(await screen.findByRole('alertdialog', { name: '2 accounts added' })).toBeInTheDocument();
    expect(fake.accounts).toHaveLength(2);
  });

  it('saves a developer app once weaker storage is accepted, and then empties the secret field', async () => {
    const fake = weakKeyringFake({ developerApps: developerApps() });
    const { user } = await openAccounts(fake);
    await user.click(screen.getByRole('button', { name: 'Set up the TikTok app' }));
    const guide = screen.getByRole('dialog', { name: 'Set up your TikTok app' });
    const secret = within(guide).getByLabelText('Client secret');
    await user.type(within(guide).getByRole('textbox', { name: 'Client key' }), VALID_CREDENTIALS.tiktok.appId);
    await user.type(secret, VALID_CREDENTIALS.tiktok.appSecret);

    await user.click(within(guide).getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Accept weaker storage' }));

    const saved = { kind: 'tiktok', ...VALID_CREDENTIALS.tiktok };
    await waitFor(() => expect(fake.callsTo('developerApps.save')).toEqual([saved, saved]));
    await waitFor(() => expect(secret).toHaveValue(''));
    expect(within(guide).getByText('Saved. TikTok accepted this app, and you can connect your accounts now.')).toBeInTheDocument();
  });

  it('keeps asking, and says why, when the choice cannot be saved', async () => {
    const fake = weakKeyringFake({ secretWriters: ['accounts.beginConnect'] });
    fake.handle('settings.set', () => ({ ok: false, code: 'INTERNAL', message: 'The settings file could not be written.' }));
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));
    const dialog = await screen.findByRole('alertdialog', { name: KEYRING_DIALOG });

    await user.click(within(dialog).getByRole('button', { name: 'Accept weaker storage' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The settings file could not be written.');
    expect(fake.callsTo('accounts.beginConnect')).toHaveLength(1);
  });
});

describe('Settings: saved sign-ins', () => {
  async function openSettings(keyring: KeyringStatus, allowWeakKeyring = false) {
    const fake = createFakeApi({ keyring, preferences: { allowWeakKeyring } });
    const rendered = await renderSection('settings', 'Settings', fake);
    const group = await screen.findByRole('region', { name: 'Saved sign-ins' });
    await waitFor(() => expect(fake.callsTo('keyring.status').length).toBeGreaterThan(0));
    await act(() => Promise.resolve());
    return { ...rendered, group };
  }

  it('names the keyring that protects the sign-ins', async () => {
    const { group } = await openSettings({ backend: 'gnome_libsecret', state: 'protected' });

    expect(group).toHaveTextContent('Your sign-ins and app secrets are encrypted and protected by GNOME Keyring.');
    expect(within(group).queryByRole('switch')).not.toBeInTheDocument();
  });

  it('says when the keyring cannot be reached', async () => {
    const { group } = await openSettings({ backend: 'kwallet6', state: 'unavailable' });

    expect(group).toHaveTextContent('The keyring cannot be reached right now.');
  });

  it('says weaker storage was accepted, and turns it off again', async () => {
    const { user, fake, group } = await openSettings({ backend: 'basic_text', state: 'weak_accepted' }, true);
    expect(group).toHaveTextContent('you accepted weaker storage: other programs on this computer could read your saved sign-ins.');
    const toggle = within(group).getByRole('switch', { name: 'Accept weaker storage' });
    expect(toggle).toBeChecked();

    await user.click(toggle);

    expect(fake.callsTo('settings.set')).toEqual([{ allowWeakKeyring: false }]);
    expect(toggle).not.toBeChecked();
    expect(await within(group).findByText(/Outpost asks you before storing a sign-in with weak protection/)).toBeInTheDocument();
  });
});
