import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ErrorResult, SignInNetwork } from '../../../preload/contract';
import { createFakeApi, developerApps, VALID_CREDENTIALS, type FakeApi } from './fakeApi';
import { renderSection } from './renderApp';

const metaAppSetUp = () => developerApps({ meta: { appId: VALID_CREDENTIALS.meta.appId } });

async function openAccounts(fake: FakeApi = createFakeApi()) {
  const rendered = await renderSection('accounts', 'Accounts', fake);
  const connect = await screen.findByRole('region', { name: 'Connect an account' });
  // The choices know which developer apps are set up once main has listed them.
  await waitFor(() => expect(fake.callsTo('developerApps.list').length).toBeGreaterThan(0));
  await act(() => Promise.resolve());
  return { ...rendered, connect };
}

/** Ends the newest sign-in in the browser with main's answer. */
async function finishSignIn(fake: FakeApi, outcome?: Parameters<FakeApi['signIns'][number]['finish']>[0]) {
  await waitFor(() => expect(fake.callsTo('accounts.finishConnect')).toHaveLength(fake.signIns.length));
  act(() => fake.signIns.at(-1)!.finish(outcome));
}

const failure = (code: ErrorResult['code'], message: string, action?: string): ErrorResult => ({ ok: false, code, message, action });

describe('Accounts: connecting your own accounts', () => {
  it('offers three ways to connect, each naming what it is for', async () => {
    const { connect } = await openAccounts();

    const choices = within(connect).getAllByRole('listitem');
    expect(choices.map((choice) => within(choice).getByRole('heading').textContent)).toEqual([
      'Facebook Pages & Instagram',
      'Instagram without a Facebook Page',
      'TikTok',
    ]);
    expect(within(connect).getByRole('listitem', { name: 'Instagram without a Facebook Page' })).toHaveTextContent(
      'Images need a storage bucket, set up when you first post one.',
    );
    for (const name of ['Connect Facebook Pages & Instagram', 'Connect Instagram without a Facebook Page', 'Connect TikTok']) {
      expect(within(connect).getByRole('button', { name })).toBeEnabled();
    }
  });

  it.each<[string, SignInNetwork, string]>([
    ['Connect Facebook Pages & Instagram', 'meta', 'Set up your Meta app'],
    ['Connect Instagram without a Facebook Page', 'instagram', 'Set up your Instagram app'],
    ['Connect TikTok', 'tiktok', 'Set up your TikTok app'],
  ])('"%s" leads to the setup guide while its developer app is not set up', async (button, _network, guide) => {
    const { user, fake, connect } = await openAccounts();
    const connectButton = within(connect).getByRole('button', { name: button });
    expect(connectButton).toHaveAccessibleDescription(/First set up your .* app: Connect opens the step-by-step guide\./);

    await user.click(connectButton);

    expect(await screen.findByRole('dialog', { name: guide })).toBeInTheDocument();
    expect(fake.callsTo('accounts.beginConnect')).toEqual([]);
  });

  it('signs in live with the developer app, saying what to do in the browser, step by step', async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    const { user, connect } = await openAccounts(fake);
    const button = within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' });
    expect(button).not.toHaveAccessibleDescription();

    await user.click(button);

    expect(fake.callsTo('accounts.beginConnect')).toEqual([{ network: 'meta', demo: false }]);
    expect(await within(connect).findByRole('status')).toHaveTextContent('Finish signing in in your browser…');
    const steps = within(connect).getByRole('list', { name: 'Signing in, step by step' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Done: Outpost opens the sign-in page in your browser.',
      'Your browser opened Facebook. Choose the Pages to share (their Instagram accounts come with them) and press Continue, then come back here.',
      'Back in Outpost, choose the accounts to add.',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
  });

  it('stops when the owner presses Cancel', async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));
    await within(connect).findByText('Finish signing in in your browser…');

    await user.click(within(connect).getByRole('button', { name: 'Cancel' }));

    expect(fake.callsTo('accounts.cancelConnect')).toEqual([{ attemptId: 'attempt-1' }]);
    expect(within(connect).getByRole('status')).toHaveTextContent('Sign-in cancelled; nothing was connected.');
    expect(within(connect).queryByRole('list', { name: 'Signing in, step by step' })).not.toBeInTheDocument();
  });

  it('asks the live Facebook which Pages and Instagram accounts to add', async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    await finishSignIn(fake);

    const picker = await screen.findByRole('dialog', { name: 'Choose accounts to add' });
    expect(picker).toHaveTextContent('You signed in to Facebook. Tick the Pages and Instagram accounts Outpost should post to.');
  });

  it('says calmly that nothing was connected when the owner cancelled in the browser', async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    await finishSignIn(fake, failure('AUTH_CANCELLED', 'The sign-in was cancelled, so nothing was connected.'));

    expect(await within(connect).findByRole('status')).toHaveTextContent('You cancelled in the browser; nothing was connected.');
    expect(within(connect).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('points to the setup guide when main says the developer app is missing', async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    fake.handle('accounts.beginConnect', () =>
      failure('DEVELOPER_APP_MISSING', 'Your Meta (Facebook Login) developer app is not set up in Outpost yet.'),
    );
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    const problem = await within(connect).findByRole('alert');
    expect(problem).toHaveTextContent('Connecting to Facebook needs your own developer app first.');
    await user.click(within(problem).getByRole('button', { name: 'Set up the Meta app' }));

    expect(screen.getByRole('dialog', { name: 'Set up your Meta app' })).toBeInTheDocument();
  });

  it("says when the platform refused the developer app, with main's reason, and leads to its guide", async () => {
    const fake = createFakeApi({ developerApps: developerApps({ tiktok: { appId: VALID_CREDENTIALS.tiktok.appId } }) });
    fake.handle('accounts.beginConnect', () =>
      failure(
        'DEVELOPER_APP_REJECTED',
        'TikTok did not accept this app: the client key is not valid.',
        'Copy the app id and secret again from the developer dashboard.',
      ),
    );
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect TikTok' }));

    const problem = await within(connect).findByRole('alert');
    expect(problem).toHaveTextContent(
      "TikTok did not accept this app: the client key is not valid. Copy the app id and secret again from the developer dashboard. Check the app's details in the setup guide.",
    );
    expect(within(problem).getByRole('button', { name: 'Set up the TikTok app' })).toBeInTheDocument();
  });

  it('says when the sign-in timed out', async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    const { user, connect } = await openAccounts(fake);
    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    await finishSignIn(
      fake,
      failure(
        'AUTH_TIMEOUT',
        'The sign-in was not finished within 5 minutes, so Outpost stopped waiting.',
        'Start connecting again and finish in the browser window that opens.',
      ),
    );

    expect(await within(connect).findByRole('alert')).toHaveTextContent(
      'The sign-in was not finished within 5 minutes, so Outpost stopped waiting. Start connecting again and finish in the browser window that opens.',
    );
    expect(within(connect).queryByRole('button', { name: /^Set up/ })).not.toBeInTheDocument();
  });

  it("shows main's message as it is for a port message without a number", async () => {
    const fake = createFakeApi({ developerApps: metaAppSetUp() });
    fake.handle('accounts.beginConnect', () => failure('PORT_IN_USE', 'The sign-in listener could not start.', 'Restart Outpost.'));
    const { user, connect } = await openAccounts(fake);

    await user.click(within(connect).getByRole('button', { name: 'Connect Facebook Pages & Instagram' }));

    expect(await within(connect).findByRole('alert')).toHaveTextContent('The sign-in listener could not start. Restart Outpost.');
  });
});
