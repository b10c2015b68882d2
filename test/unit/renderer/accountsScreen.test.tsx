import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountSummary, Channel } from '../../../preload/contract';
import { allDemoAccounts, createFakeApi, demoAccount, demoCandidates, type FakeApi } from './fakeApi';
import { renderApp } from './renderApp';

async function openAccounts(fake: FakeApi = createFakeApi()) {
  window.history.replaceState(null, '', '#/accounts');
  const rendered = renderApp(fake);
  await screen.findByRole('heading', { level: 1, name: 'Accounts' });
  return rendered;
}

function callsTo(fake: FakeApi, channel: Channel) {
  return fake.calls.filter((call) => call.channel === channel).map((call) => call.payload);
}

/** Ends the newest sign-in in the browser, as the owner clicking Allow does. */
async function finishSignIn(fake: FakeApi, ...outcome: Parameters<FakeApi['signIns'][number]['finish']>) {
  await waitFor(() => expect(callsTo(fake, 'accounts.finishConnect')).toHaveLength(fake.signIns.length));
  const signIn = fake.signIns.at(-1);
  if (!signIn) throw new Error('No sign-in is open.');
  act(() => signIn.finish(...outcome));
}

const metaPage = () => demoCandidates('meta')[0]!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Accounts: nothing connected yet', () => {
  it('explains what Outpost connects to and the one-time setup, and offers the setup guide and the demo', async () => {
    await openAccounts();

    const empty = await screen.findByRole('region', { name: 'No accounts connected yet' });
    expect(empty).toHaveTextContent(/your own Instagram account, Facebook Page and TikTok account/);
    expect(empty).toHaveTextContent(/you first set up your own developer app with each platform: a one-time step/);
    expect(empty).toHaveTextContent(/pretend Instagram, Facebook and TikTok on this computer/);
    expect(empty).toHaveTextContent(/Nothing goes online, and you can remove it in one step/);
    expect(within(empty).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Open the setup guide',
      'Try the demo',
    ]);
    expect(screen.queryByRole('button', { name: 'Connect demo TikTok' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Connected accounts' })).not.toBeInTheDocument();
  });

  it('leads to the Meta app setup guide', async () => {
    const { user } = await openAccounts();

    await user.click(await screen.findByRole('button', { name: 'Open the setup guide' }));

    expect(await screen.findByRole('dialog', { name: 'Set up your Meta app' })).toBeInTheDocument();
  });

  it('shows the two demo sign-ins after "Try the demo", with focus on the first', async () => {
    const { user } = await openAccounts();

    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));

    expect(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Connect demo TikTok' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove demo' })).not.toBeInTheDocument();
  });

  it('can be used with the keyboard alone', async () => {
    const { user, fake } = await openAccounts();
    const tryDemo = await screen.findByRole('button', { name: 'Try the demo' });

    while (document.activeElement !== tryDemo) await user.tab();
    await user.keyboard('{Enter}'); // focus moves to the first connect button
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Finish signing in in your browser…')).toBeInTheDocument();
    expect(callsTo(fake, 'accounts.beginConnect')).toEqual([{ network: 'meta', demo: true }]);
  });
});


describe('Accounts: connecting a demo account', () => {
  it('waits for the browser without blocking, and opens nothing itself in the desktop app', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user, fake } = await openAccounts();
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));

    await user.click(screen.getByRole('button', { name: 'Connect demo TikTok' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
    expect(callsTo(fake, 'accounts.beginConnect')).toEqual([{ network: 'tiktok', demo: true }]);
    expect(open).not.toHaveBeenCalled();
    expect(screen.queryByRole('link', { name: /Open the sign-in page/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Nothing else is blocked meanwhile: the sidebar still works.
    expect(screen.getByRole('link', { name: 'Settings' })).toBeEnabled();
  });

  it('opens the sign-in page in a new tab in browser mode, straight from the press', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user, fake } = await openAccounts(createFakeApi({ appInfo: { mode: 'browser' } }));
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));

    await user.click(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' }));

    const url = 'http://127.0.0.1:9999/dialog/oauth?attempt=attempt-1';
    expect(open).toHaveBeenCalledExactlyOnceWith(url, '_blank');
    expect(callsTo(fake, 'accounts.beginConnect')).toEqual([{ network: 'meta', demo: true }]);
    expect(await screen.findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
    // A blocked or closed tab is no dead end: the same page is one click away.
    const again = screen.getByRole('link', { name: 'Open the sign-in page again' });
    expect(again).toHaveAttribute('href', url);
    expect(again).toHaveAttribute('target', '_blank');
    expect(again).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('cuts the new tab off from Outpost', async () => {
    const tab = { opener: window } as unknown as Window;
    vi.spyOn(window, 'open').mockReturnValue(tab);
    const { user } = await openAccounts(createFakeApi({ appInfo: { mode: 'browser' } }));
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));

    await user.click(screen.getByRole('button', { name: 'Connect demo TikTok' }));

    expect(tab.opener).toBeNull();
  });

  it('stops waiting when the owner presses Cancel, and says calmly that nothing was connected', async () => {
    const { user, fake } = await openAccounts();
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));
    await user.click(screen.getByRole('button', { name: 'Connect demo TikTok' }));
    await screen.findByText('Finish signing in in your browser…');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(callsTo(fake, 'accounts.cancelConnect')).toEqual([{ attemptId: 'attempt-1' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Sign-in cancelled; nothing was connected.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('Finish signing in in your browser…')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('reports a sign-in declined on the consent page calmly, not as an error', async () => {
    const { user, fake } = await openAccounts();
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));
    await user.click(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' }));

    await finishSignIn(fake, {
      ok: false,
      code: 'AUTH_CANCELLED',
      message: 'The sign-in was cancelled, so nothing was connected.',
      action: 'Connect again when you are ready.',
    });

    expect(await screen.findByText('You cancelled in the browser; nothing was connected.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You cancelled in the browser; nothing was connected.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('names the busy port and what to do when the sign-in cannot start', async () => {
    const fake = createFakeApi();
    fake.handle('accounts.beginConnect', () => ({
      ok: false,
      code: 'PORT_IN_USE',
      message: 'Outpost needs port 8137 on this computer to receive the sign-in, but another program is using it.',
      action: 'Close the program using port 8137 (or another Outpost window) and try again.',
    }));
    const { user } = await openAccounts(fake);
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));

    await user.click(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another program on this computer is using port 8137, which Outpost needs to receive the sign-in from your browser. ' +
        'Close that program (or another Outpost window) and try again.',
    );
    expect(screen.queryByText('Finish signing in in your browser…')).not.toBeInTheDocument();
  });

  it('shows a timed-out sign-in with its message and action', async () => {
    const { user, fake } = await openAccounts();
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));
    await user.click(screen.getByRole('button', { name: 'Connect demo TikTok' }));

    await finishSignIn(fake, {
      ok: false,
      code: 'AUTH_TIMEOUT',
      message: 'The sign-in was not finished within 5 minutes, so Outpost stopped waiting.',
      action: 'Start connecting again and finish in the browser window that opens.',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The sign-in was not finished within 5 minutes, so Outpost stopped waiting. Start connecting again',
    );
  });
});

describe('Accounts: choosing what to add', () => {
  async function signInToMeta(fake = createFakeApi()) {
    const rendered = await openAccounts(fake);
    const { user } = rendered;
    const tryDemo = screen.queryByRole('button', { name: 'Try the demo' });
    if (tryDemo) await user.click(tryDemo);
    await user.click(await screen.findByRole('button', { name: 'Connect demo Facebook & Instagram' }));
    await finishSignIn(fake);
    const picker = await screen.findByRole('dialog', { name: 'Choose accounts to add' });
    return { ...rendered, picker };
  }

  it('lists the Page and, under it, its Instagram account, all ticked', async () => {
    const { picker } = await signInToMeta();

    const boxes = within(picker).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(["Rosie's Bakery (Facebook)", 'Rosie Bakes (Instagram)']);
    expect(within(picker).getByRole('checkbox', { name: "Rosie's Bakery (Facebook)" })).toBeChecked();
    const instagram = within(picker).getByRole('checkbox', { name: 'Rosie Bakes (Instagram)' });
    expect(instagram).toBeChecked();
    expect(instagram).toHaveAccessibleDescription("Instagram account · @rosiesbakery · via Rosie's Bakery");
    expect(within(picker).getByRole('button', { name: 'Add 2 accounts' })).toBeEnabled();
    expect(picker).not.toHaveTextContent('Already connected');
  });

  it('counts what is ticked on the Add button, and will not add nothing', async () => {
    const { user, picker } = await signInToMeta();

    await user.click(within(picker).getByRole('checkbox', { name: "Rosie's Bakery (Facebook)" }));
    expect(within(picker).getByRole('button', { name: 'Add 1 account' })).toBeEnabled();

    await user.click(within(picker).getByRole('checkbox', { name: 'Rosie Bakes (Instagram)' }));
    expect(within(picker).getByRole('button', { name: 'Add accounts' })).toBeDisabled();
    expect(picker).toHaveTextContent('Tick at least one account to add.');
  });

  it('leaves accounts that are already connected unticked, and says so', async () => {
    const fake = createFakeApi({ accounts: [demoAccount(metaPage())] });
    const { picker } = await signInToMeta(fake);

    const page = within(picker).getByRole('checkbox', { name: "Rosie's Bakery (Facebook)" });
    expect(page).not.toBeChecked();
    expect(page).toHaveAccessibleDescription('Facebook Page. Already connected');
    expect(within(picker).getByText('Already connected')).toBeVisible();
    expect(within(picker).getByRole('checkbox', { name: 'Rosie Bakes (Instagram)' })).toBeChecked();
    expect(within(picker).getByRole('button', { name: 'Add 1 account' })).toBeInTheDocument();
  });

  it('names the permissions the owner did not allow, with what Outpost cannot do without them', async () => {
    const fake = createFakeApi();
    const { user } = await openAccounts(fake);
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));
    await user.click(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' }));

    await finishSignIn(fake, {
      ok: true,
      value: { attemptId: 'attempt-1', candidates: demoCandidates('meta'), missingScopes: ['instagram_content_publish', 'pages_manage_posts'] },
    });

    const note = within(await screen.findByRole('dialog', { name: 'Choose accounts to add' })).getByRole('note', {
      name: 'Permissions you did not allow',
    });
    expect(note).toHaveTextContent('You did not allow some permissions Outpost asked for:');
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'instagram_content_publish — publish posts to Instagram',
      'pages_manage_posts — publish posts to your Pages',
    ]);
  });

  it('asks again for declined permissions: a new sign-in that re-asks Meta, in place of this one', async () => {
    const fake = createFakeApi();
    const { user } = await openAccounts(fake);
    await user.click(await screen.findByRole('button', { name: 'Try the demo' }));
    await user.click(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' }));
    await finishSignIn(fake, {
      ok: true,
      value: { attemptId: 'attempt-1', candidates: demoCandidates('meta'), missingScopes: ['pages_manage_posts'] },
    });
    const picker = await screen.findByRole('dialog', { name: 'Choose accounts to add' });

    await user.click(within(picker).getByRole('button', { name: 'Ask again' }));

    expect(callsTo(fake, 'accounts.cancelConnect')).toEqual([{ attemptId: 'attempt-1' }]);
    expect(callsTo(fake, 'accounts.beginConnect')).toEqual([
      { network: 'meta', demo: true },
      { network: 'meta', demo: true, reconsent: true },
    ]);
    expect(screen.queryByRole('dialog', { name: 'Choose accounts to add' })).not.toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
  });

  it('adds the ticked accounts and lists them with Demo badges, grouped by platform', async () => {
    const { user, fake, picker } = await signInToMeta();

    await user.click(within(picker).getByRole('button', { name: 'Add 2 accounts' }));

    expect(callsTo(fake, 'accounts.confirmConnect')).toEqual([
      { attemptId: 'attempt-1', candidateIds: ['facebook:page-1', 'instagram:ig-1'] },
    ]);
    expect(screen.queryByRole('dialog', { name: 'Choose accounts to add' })).not.toBeInTheDocument();
    expect(await screen.findByRole('alertdialog', { name: '2 accounts added' })).toBeInTheDocument();

    const list = screen.getByRole('region', { name: 'Connected accounts' });
    const instagram = within(list).getByRole('list', { name: 'Instagram' });
    const rosieBakes = within(instagram).getByRole('listitem', { name: 'Rosie Bakes' });
    expect(rosieBakes).toHaveTextContent("Rosie BakesDemo@rosiesbakery · Instagram account via Rosie's BakeryConnected");
    const facebook = within(list).getByRole('list', { name: 'Facebook Pages' });
    expect(within(facebook).getByRole('listitem', { name: "Rosie's Bakery" })).toHaveTextContent("Rosie's BakeryDemoFacebook PageConnected");
    expect(within(list).queryByRole('list', { name: 'TikTok' })).not.toBeInTheDocument();
    // Adding more stays possible, and so does removing the demo.
    expect(screen.getByRole('button', { name: 'Connect demo TikTok' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove demo' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'No accounts connected yet' })).not.toBeInTheDocument();
  });

  it('adds only what is still ticked', async () => {
    const { user, fake, picker } = await signInToMeta();

    await user.click(within(picker).getByRole('checkbox', { name: "Rosie's Bakery (Facebook)" }));
    await user.click(within(picker).getByRole('button', { name: 'Add 1 account' }));

    expect(callsTo(fake, 'accounts.confirmConnect')).toEqual([{ attemptId: 'attempt-1', candidateIds: ['instagram:ig-1'] }]);
    const list = await screen.findByRole('region', { name: 'Connected accounts' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('toggles with the Space key', async () => {
    const { user, picker } = await signInToMeta();
    const page = within(picker).getByRole('checkbox', { name: "Rosie's Bakery (Facebook)" });

    while (document.activeElement !== page) await user.tab();
    await user.keyboard(' ');

    expect(page).not.toBeChecked();
  });

  it('adds nothing when the owner cancels the picker, and main forgets the sign-in', async () => {
    const { user, fake, picker } = await signInToMeta();

    await user.click(within(picker).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(callsTo(fake, 'accounts.cancelConnect')).toEqual([{ attemptId: 'attempt-1' }]);
    expect(callsTo(fake, 'accounts.confirmConnect')).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Connected accounts' })).not.toBeInTheDocument();
  });

  it('keeps the picker open and says why when adding fails', async () => {
    const fake = createFakeApi();
    fake.handle('accounts.confirmConnect', () => ({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: 'That sign-in is no longer open.',
      action: 'Start connecting again.',
    }));
    const { user, picker } = await signInToMeta(fake);

    await user.click(within(picker).getByRole('button', { name: 'Add 2 accounts' }));

    expect(await within(picker).findByRole('alert')).toHaveTextContent('That sign-in is no longer open. Start connecting again.');
    expect(screen.getByRole('dialog', { name: 'Choose accounts to add' })).toBeInTheDocument();
  });
});

describe('Accounts: the list', () => {
  it('follows accounts.changed from main', async () => {
    const { fake } = await openAccounts();
    await screen.findByRole('button', { name: 'Try the demo' });

    act(() => fake.emit('accounts.changed', allDemoAccounts()));

    const list = screen.getByRole('region', { name: 'Connected accounts' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveAccessibleName('Rosie Bakes');
    expect(items[1]).toHaveAccessibleName("Rosie's Bakery");
    expect(items[2]).toHaveAccessibleName('Rosie on TikTok');
    expect(within(list).getByRole('list', { name: 'TikTok' })).toHaveTextContent('@rosie.bakes');

    act(() => fake.emit('accounts.changed', []));

    expect(screen.queryByRole('region', { name: 'Connected accounts' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeInTheDocument();
  });

  it('says when an account needs reconnecting, and reconnects a demo account through the demo sign-in', async () => {
    const [page, instagram, tiktok] = allDemoAccounts() as [AccountSummary, AccountSummary, AccountSummary];
    const expired = { ...tiktok, health: { ...tiktok.health, state: 'needs_reconnect' as const, reason: 'TikTok says the sign-in was revoked.' } };
    const fake = createFakeApi({ accounts: [page, instagram, expired] });
    const { user } = await openAccounts(fake);

    const list = await screen.findByRole('region', { name: 'Connected accounts' });
    expect(within(list).getByRole('list', { name: 'TikTok' })).toHaveTextContent('Reconnect neededTikTok says the sign-in was revoked.');
    expect(within(list).getByRole('list', { name: 'Facebook Pages' })).toHaveTextContent('Connected');
    expect(within(list).getByRole('list', { name: 'Facebook Pages' })).not.toHaveTextContent('Reconnect needed');

    await user.click(within(list).getByRole('button', { name: 'Reconnect Rosie on TikTok (TikTok)' }));

    expect(callsTo(fake, 'accounts.beginConnect')).toEqual([{ network: 'tiktok', demo: true }]);
    // The demo panel, which shows demo sign-ins, says what to do.
    const demoPanel = screen.getByRole('region', { name: 'Demo accounts' });
    expect(await within(demoPanel).findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
  });

  it('shows why the accounts could not be loaded, and loads them again on request', async () => {
    const fake = createFakeApi({ accounts: allDemoAccounts() });
    let failing = true;
    fake.handle('accounts.list', () =>
      failing ? { ok: false, code: 'INTERNAL', message: 'The database is locked.' } : { ok: true, value: fake.accounts },
    );
    const { user } = await openAccounts(fake);

    const problem = await within(screen.getByRole('main')).findByRole('alert');
    expect(problem).toHaveTextContent('Your accounts could not be loaded: The database is locked.');
    failing = false;
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: 'Connected accounts' })).toBeInTheDocument();
  });
});

describe('Accounts: removing the demo', () => {
  it('asks first, then removes the demo accounts and shows the empty state again', async () => {
    const fake = createFakeApi({ accounts: allDemoAccounts() });
    const { user } = await openAccounts(fake);

    await user.click(await screen.findByRole('button', { name: 'Remove demo' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove the demo' });
    expect(confirm).toHaveTextContent('Remove the 3 demo accounts and their posts? Your own accounts are not touched, and drafts you wrote stay, waiting for an account.');

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(callsTo(fake, 'demo.remove')).toEqual([]);
    expect(screen.getByRole('region', { name: 'Connected accounts' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove demo' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove the demo' })).getByRole('button', { name: 'Remove demo accounts' }));

    expect(callsTo(fake, 'demo.remove')).toEqual([undefined]);
    expect(await screen.findByRole('alertdialog', { name: 'Demo removed' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Remove the demo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Connected accounts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove demo' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try the demo' })).toHaveFocus();
  });

  it('keeps the accounts and says why when removing fails', async () => {
    const fake = createFakeApi({ accounts: allDemoAccounts() });
    fake.handle('demo.remove', () => ({ ok: false, code: 'INTERNAL', message: 'The demo data could not be deleted.' }));
    const { user } = await openAccounts(fake);

    await user.click(await screen.findByRole('button', { name: 'Remove demo' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove the demo' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove demo accounts' }));

    expect(await within(confirm).findByRole('alert')).toHaveTextContent('The demo data could not be deleted.');
    expect(confirm).toBeInTheDocument();
    // The page behind the dialog is hidden from assistive technology while it is open.
    expect(screen.getByRole('region', { name: 'Connected accounts', hidden: true })).toHaveTextContent('Rosie on TikTok');
  });

  it('words the question for a single demo account', async () => {
    const fake = createFakeApi({ accounts: [demoAccount(demoCandidates('tiktok')[0]!)] });
    const { user } = await openAccounts(fake);

    await user.click(await screen.findByRole('button', { name: 'Remove demo' }));

    expect(screen.getByRole('dialog', { name: 'Remove the demo' })).toHaveTextContent(
      'Remove the demo account and its posts? Your own accounts are not touched, and drafts you wrote stay, waiting for an account.',
    );
  });
});

describe('Calendar: no accounts yet', () => {
  it('points to the demo while nothing is connected', async () => {
    const { user } = renderApp();

    await user.click(await screen.findByRole('link', { name: 'Try the demo' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Accounts' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/accounts');
    expect(screen.getByRole('button', { name: 'Connect demo Facebook & Instagram' })).toBeInTheDocument();
  });

  it('says nothing once an account is connected', async () => {
    const fake = createFakeApi({ accounts: allDemoAccounts() });
    renderApp(fake);
    await waitFor(() => expect(callsTo(fake, 'accounts.list').length).toBeGreaterThan(0));
    await act(() => Promise.resolve());

    expect(screen.getByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
    expect(screen.queryByText('No accounts yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Try the demo' })).not.toBeInTheDocument();
  });
});
