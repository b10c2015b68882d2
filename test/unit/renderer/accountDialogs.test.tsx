import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountSummary } from '../../../preload/contract';
import { createFakeApi, developerApps, liveAccount, liveAccounts, VALID_CREDENTIALS, type FakeApi } from './fakeApi';
import { renderSection } from './renderApp';

const NOW = new Date('2025-12-07T10:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

const PLATFORM_NAMES = { facebook: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok' } as const;

const allAppsSetUp = () =>
  developerApps({
    meta: { appId: VALID_CREDENTIALS.meta.appId },
    instagram: { appId: VALID_CREDENTIALS.instagram.appId },
    tiktok: { appId: VALID_CREDENTIALS.tiktok.appId },
  });

async function openAccounts(fake: FakeApi) {
  const rendered = await renderSection('accounts', 'Accounts', fake);
  await screen.findByRole('region', { name: 'Connected accounts' });
  return rendered;
}

describe('Accounts: disconnecting', () => {
  it('keeps the post history unless asked, says what happened on the platform, and puts focus back on the list', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Disconnect Crumb & Co on TikTok (TikTok)' }));
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Crumb & Co on TikTok?' });
    expect(dialog).toHaveTextContent(
      "Outpost stops posting to this TikTok account. It asks TikTok to remove Outpost's access (unless another connected account uses the same sign-in) and deletes the saved sign-in from this computer.",
    );
    const history = within(dialog).getByRole('radiogroup', { name: 'Post history' });
    expect(within(history).getByRole('radio', { name: 'Keep post history' })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    expect(fake.callsTo('accounts.disconnect')).toEqual([{ accountId: 'acc-tiktok', keepHistory: true }]);
    const toast = await screen.findByRole('alertdialog', { name: 'Crumb & Co on TikTok disconnected' });
    expect(toast).toHaveTextContent(
      "Outpost's access was removed on TikTok, and the saved sign-in deleted. Its post history is kept.",
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Crumb & Co on TikTok' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Connected accounts' })).toHaveFocus());
  });

  it('deletes the post history too when the owner chooses that, and says access stays where the sign-in is shared', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Disconnect Crumb & Co (Instagram)' }));
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Crumb & Co?' });
    await user.click(within(dialog).getByRole('radio', { name: 'Delete post history too' }));
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    expect(fake.callsTo('accounts.disconnect')).toEqual([{ accountId: 'acc-ig-page', keepHistory: false }]);
    // The Page still uses the same Facebook sign-in, so the fake (like main) does not revoke it.
    const toast = await screen.findByRole('alertdialog', { name: 'Crumb & Co disconnected' });
    expect(toast).toHaveTextContent(
      'The saved sign-in was deleted. Another connected account uses the same Facebook sign-in, so Outpost keeps its access there until you disconnect that one too. Its post history was deleted.',
    );
  });

  it('does nothing when the owner cancels', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    const { user } = await openAccounts(fake);
    const button = screen.getByRole('button', { name: 'Disconnect Crumb & Co Bakery (Facebook)' });

    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));

    expect(fake.callsTo('accounts.disconnect')).toEqual([]);
    expect(screen.getByRole('listitem', { name: 'Crumb & Co Bakery' })).toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('keeps the dialog open and says why when main refuses', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    fake.handle('accounts.disconnect', () => ({
      ok: false,
      code: 'PLATFORM_UNAVAILABLE',
      message: 'TikTok could not be reached.',
      action: 'Check the internet connection and try again.',
    }));
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Disconnect Crumb & Co on TikTok (TikTok)' }));
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Crumb & Co on TikTok?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'TikTok could not be reached. Check the internet connection and try again.',
    );
    expect(screen.getByRole('listitem', { name: 'Crumb & Co on TikTok', hidden: true })).toBeInTheDocument();
  });

  it('cannot be cancelled, dismissed or changed while it disconnects', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    let answer!: () => void;
    fake.handle(
      'accounts.disconnect',
      () => new Promise((resolve) => (answer = () => resolve({ ok: true, value: { revokedOnPlatform: true } }))),
    );
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Disconnect Crumb & Co on TikTok (TikTok)' }));
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Crumb & Co on TikTok?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: 'Delete post history too' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Disconnect Crumb & Co on TikTok?' })).toBeInTheDocument();

    await act(async () => answer());
    expect(await screen.findByRole('alertdialog', { name: 'Crumb & Co on TikTok disconnected' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('disconnects, with the history choice kept, once weaker storage is accepted', async () => {
    const fake = createFakeApi({
      accounts: liveAccounts(),
      keyring: { backend: 'basic_text', state: 'weak_refused' },
      secretWriters: ['accounts.disconnect'],
    });
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Disconnect Crumb & Co on TikTok (TikTok)' }));
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Crumb & Co on TikTok?' });
    await user.click(within(dialog).getByRole('radio', { name: 'Delete post history too' }));
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await user.click(await screen.findByRole('button', { name: 'Accept weaker storage' }));

    const request = { accountId: 'acc-tiktok', keepHistory: false };
    await waitFor(() => expect(fake.callsTo('accounts.disconnect')).toEqual([request, request]));
    expect(await screen.findByRole('alertdialog', { name: 'Crumb & Co on TikTok disconnected' })).toHaveTextContent(
      'Its post history was deleted.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('Accounts: details', () => {
  async function openDetails(account: AccountSummary, others: AccountSummary[] = []) {
    const fake = createFakeApi({ accounts: [...others, account], developerApps: allAppsSetUp() });
    const rendered = await openAccounts(fake);
    await rendered.user.click(screen.getByRole('button', { name: `Details for ${account.displayName} (${PLATFORM_NAMES[account.platform]})` }));
    return { ...rendered, dialog: screen.getByRole('dialog', { name: account.displayName }) };
  }

  function facts(dialog: HTMLElement): Record<string, string> {
    const terms = [...dialog.querySelectorAll('dt')];
    return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
  }

  it('says how a Facebook Page signs in, since when, and that its sign-in does not expire', async () => {
    const { dialog } = await openDetails(liveAccount('acc-page'));

    expect(facts(dialog)).toEqual({
      Platform: 'Facebook Page',
      'Signs in with': 'Facebook Login',
      'Connected on': '3 Nov 2025',
      'Last checked': '6 Dec 2025, 09:00',
      'Sign-in expires': 'Does not expire',
      'Data access ends':
        '1 Feb 2026 (in 56 days). Meta asks you to sign in again every 90 days; reconnecting renews it.',
    });
  });

  it('says an Instagram account signs in through its Page, and lists what it was allowed, in plain words', async () => {
    const { dialog } = await openDetails(liveAccount('acc-ig-page', { grantedScopes: ['instagram_basic', 'instagram_content_publish'] }), [
      liveAccount('acc-page'),
    ]);

    expect(facts(dialog)['Signs in with']).toBe('Facebook Login, through the Page Crumb & Co Bakery');
    expect(facts(dialog).Platform).toBe('Instagram account via Crumb & Co Bakery');
    const granted = within(dialog).getByRole('list', { name: 'Permissions granted' });
    expect(within(granted).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'instagram_basic — see your Instagram profile and posts',
      'instagram_content_publish — publish posts to Instagram',
    ]);
  });

  it('gives the expiry of a sign-in Outpost renews', async () => {
    const { dialog } = await openDetails(liveAccount('acc-tiktok'));

    expect(facts(dialog)['Signs in with']).toBe('TikTok Login Kit');
    expect(facts(dialog)['Sign-in expires']).toBe('3 Nov 2026 (in 331 days). Outpost renews it automatically.');
    expect(facts(dialog)).not.toHaveProperty('Data access ends');
  });

  it('groups missing permissions by feature, and asks Meta for them again', async () => {
    const account = liveAccount('acc-ig-page');
    const { user, fake, dialog } = await openDetails({
      ...account,
      health: {
        ...account.health,
        state: 'missing_permission',
        missingPermissions: [
          { permission: 'instagram_basic', feature: 'Publish to Instagram' },
          { permission: 'instagram_content_publish', feature: 'Publish to Instagram' },
          { permission: 'instagram_manage_insights', feature: 'Instagram insights' },
        ],
      },
    });

    const missing = within(dialog).getByRole('region', { name: 'Missing permissions' });
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Publish to Instagram: needs instagram_basic, instagram_content_publish',
      'Instagram insights: needs instagram_manage_insights',
    ]);

    await user.click(within(missing).getByRole('button', { name: 'Ask for them again' }));

    expect(fake.callsTo('accounts.beginConnect')).toEqual([{ network: 'meta', demo: false, reconsent: true }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
  });

  it('asks again through a normal sign-in for an Instagram Login account', async () => {
    const account = liveAccount('acc-ig-direct');
    const { user, fake, dialog } = await openDetails({
      ...account,
      health: {
        ...account.health,
        state: 'missing_permission',
        missingPermissions: [{ permission: 'instagram_business_manage_insights', feature: 'Instagram insights' }],
      },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Ask for them again' }));

    expect(fake.callsTo('accounts.beginConnect')).toEqual([{ network: 'instagram', demo: false }]);
  });

  it('checks now with the platforms and shows the answer', async () => {
    const { user, fake, dialog } = await openDetails(liveAccount('acc-page'));
    expect(facts(dialog)['Last checked']).toBe('6 Dec 2025, 09:00');

    await user.click(within(dialog).getByRole('button', { name: 'Check now' }));

    expect(fake.callsTo('accounts.checkHealth')).toEqual([undefined]);
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Checked just now.');
    expect(facts(dialog)['Last checked']).toBe('7 Dec 2025, 11:00');
  });

  it('says it is checking until the platforms answer, and still closes with Escape', async () => {
    const fake = createFakeApi({ accounts: [liveAccount('acc-page')] });
    let answer!: () => void;
    fake.handle('accounts.checkHealth', () => new Promise((resolve) => (answer = () => resolve({ ok: true, value: fake.accounts }))));
    const { user } = await openAccounts(fake);
    await user.click(screen.getByRole('button', { name: 'Details for Crumb & Co Bakery (Facebook)' }));
    const dialog = screen.getByRole('dialog', { name: 'Crumb & Co Bakery' });
    const checkNow = within(dialog).getByRole('button', { name: 'Check now' });

    await user.click(checkNow);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Checking with the platforms…');
    await act(async () => answer());
    expect(within(dialog).getByRole('status')).toHaveTextContent('Checked just now.');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows what the check found when an account needs reconnecting now', async () => {
    const account = liveAccount('acc-page');
    const fake = createFakeApi({ accounts: [account] });
    fake.handle('accounts.checkHealth', () => {
      fake.accounts = [{ ...account, health: { ...account.health, state: 'needs_reconnect', reason: 'Facebook says the password changed.' } }];
      return { ok: true, value: fake.accounts };
    });
    const { user } = await openAccounts(fake);
    await user.click(screen.getByRole('button', { name: 'Details for Crumb & Co Bakery (Facebook)' }));
    const dialog = screen.getByRole('dialog', { name: 'Crumb & Co Bakery' });

    await user.click(within(dialog).getByRole('button', { name: 'Check now' }));

    expect(await within(dialog).findByText('Reconnect needed')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Facebook says the password changed.');
  });
});

describe('Accounts: reconnecting a live account', () => {
  it('signs in live, the way the account was connected', async () => {
    const fake = createFakeApi({ accounts: liveAccounts(), developerApps: allAppsSetUp() });
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Reconnect Crumb Market Stall (Instagram)' }));

    expect(fake.callsTo('accounts.beginConnect')).toEqual([{ network: 'instagram', demo: false }]);
    const connect = screen.getByRole('region', { name: 'Connect an account' });
    expect(await within(connect).findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
  });

  it('opens the setup guide instead when its developer app is not set up', async () => {
    const fake = createFakeApi({ accounts: liveAccounts(), developerApps: developerApps({ meta: { appId: VALID_CREDENTIALS.meta.appId } }) });
    const { user } = await openAccounts(fake);

    await user.click(screen.getByRole('button', { name: 'Reconnect Crumb & Co on TikTok (TikTok)' }));

    expect(await screen.findByRole('dialog', { name: 'Set up your TikTok app' })).toBeInTheDocument();
    expect(fake.callsTo('accounts.beginConnect')).toEqual([]);
  });
});
