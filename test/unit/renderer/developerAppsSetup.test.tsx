import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVELOPER_APP_FORMATS } from '../../../preload/contract';
import { createFakeApi, developerApps, GRANTED_SCOPES, VALID_CREDENTIALS, type FakeApi } from './fakeApi';
import { renderSection } from './renderApp';

async function openAccounts(fake: FakeApi = createFakeApi()) {
  const rendered = await renderSection('accounts', 'Accounts', fake);
  const card = await screen.findByRole('region', { name: 'Developer apps' });
  await within(card).findAllByRole('listitem');
  return { ...rendered, card };
}

async function openGuide(name: string, fake: FakeApi = createFakeApi()) {
  const rendered = await openAccounts(fake);
  await rendered.user.click(within(rendered.card).getByRole('button', { name }));
  const guide = screen.getByRole('dialog', { name: /^Set up your/ });
  return { ...rendered, guide };
}

describe('Developer apps: the card', () => {
  it("shows each app's status: set up with its id, from the environment, or not set up", async () => {
    const fake = createFakeApi({
      developerApps: developerApps({ meta: { appId: '1234567890123456' }, tiktok: { appId: 'awx1y2z3b4c5d6e7', source: 'environment' } }),
    });
    const { card } = await openAccounts(fake);

    const meta = within(card).getByRole('listitem', { name: 'Meta app' });
    expect(meta).toHaveTextContent('Set up');
    expect(meta).toHaveTextContent('App ID 1234567890123456');
    expect(within(meta).queryByText('From environment')).not.toBeInTheDocument();
    expect(within(meta).getByRole('button', { name: 'Manage the Meta app' })).toBeInTheDocument();

    const instagram = within(card).getByRole('listitem', { name: 'Instagram app' });
    expect(instagram).toHaveTextContent('Not set up');
    expect(within(instagram).getByRole('button', { name: 'Set up the Instagram app' })).toBeInTheDocument();

    const tiktok = within(card).getByRole('listitem', { name: 'TikTok app' });
    expect(within(tiktok).getByText('From environment')).toBeInTheDocument();
    expect(tiktok).toHaveTextContent('Client key awx1y2z3b4c5d6e7');
  });
});

describe('Developer apps: the guides', () => {
  it('walks through the Meta app: create it, add the products, the redirect URI to copy, the permissions, the id and secret', async () => {
    const { user, guide } = await openGuide('Set up the Meta app');

    expect(within(guide).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Create the app',
      'Add two products',
      'Tell Meta where to send you back',
      'Check the permissions',
      'Copy the App ID and App secret here',
    ]);
    expect(guide).toHaveTextContent('Choose My Apps → Create app, and pick the type Business.');
    expect(guide).toHaveTextContent('add Facebook Login for Business and Instagram API');
    expect(guide).toHaveTextContent('Development mode');
    expect(guide).toHaveTextContent('No App Review is needed for yourself.');
    const link = within(guide).getByRole('link', { name: /Meta for Developers/ });
    expect(link).toHaveAttribute('href', 'https://developers.facebook.com/apps/');
    expect(link).toHaveAttribute('target', '_blank');

    const redirect = within(guide).getByRole('textbox', { name: 'Redirect URI' });
    expect(redirect).toHaveValue('http://127.0.0.1:8137/callback/');
    expect(redirect).toHaveAttribute('readonly');
    await user.click(within(guide).getByRole('button', { name: 'Copy the Redirect URI' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('http://127.0.0.1:8137/callback/');
    expect(within(guide).getByText('Copied. Paste it into the field on the platform’s page.')).toBeInTheDocument();

    const codes = [...guide.querySelectorAll('.permission-list code')].map((code) => code.textContent);
    expect(codes).toEqual(GRANTED_SCOPES.facebook_login);
  });

  it('walks through the Instagram app, whose id and secret are its own', async () => {
    const { guide } = await openGuide('Set up the Instagram app');

    expect(guide).toHaveTextContent('Instagram → API setup with Instagram login');
    expect(guide).toHaveTextContent('Business login settings');
    expect(guide).toHaveTextContent("They are not the same as your Meta app's ID and secret.");
    expect(within(guide).getByRole('textbox', { name: 'Instagram app ID' })).toBeInTheDocument();
    expect(within(guide).getByLabelText('Instagram app secret')).toHaveAttribute('type', 'password');
  });

  it('walks through the TikTok app, with its redirect URI pattern and the private-posts limit', async () => {
    const { guide } = await openGuide('Set up the TikTok app');

    expect(guide).toHaveTextContent('Add Login Kit (platform: Desktop) and Content Posting API.');
    expect(within(guide).getByRole('textbox', { name: 'Redirect URI' })).toHaveValue('http://127.0.0.1:*/callback/');
    expect(guide).toHaveTextContent('your posts can only be private');
    expect(guide).toHaveTextContent('SELF_ONLY');
    expect(within(guide).getByRole('link', { name: /TikTok for Developers/ })).toHaveAttribute(
      'href',
      'https://developers.tiktok.com/apps/',
    );
    expect(within(guide).getByRole('textbox', { name: 'Client key' })).toBeInTheDocument();
  });

  it('has no form for an app set up through the environment', async () => {
    const fake = createFakeApi({ developerApps: developerApps({ meta: { appId: '1234567890123456', source: 'environment' } }) });
    const { guide } = await openGuide('Manage the Meta app', fake);

    expect(guide).toHaveTextContent('come from environment variables');
    expect(within(guide).queryByRole('textbox', { name: 'App ID' })).not.toBeInTheDocument();
    expect(within(guide).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});

describe('Developer apps: the id and secret', () => {
  it('explains a badly shaped id or secret as it is typed, with the shared rules', async () => {
    const { user, guide } = await openGuide('Set up the Meta app');
    const appId = within(guide).getByRole('textbox', { name: 'App ID' });
    const secret = within(guide).getByLabelText('App secret');
    expect(within(guide).getByRole('button', { name: 'Test connection' })).toBeDisabled();
    expect(within(guide).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.type(appId, 'my-app');
    await user.type(secret, 'not-a-secret');

    expect(appId).toHaveAttribute('aria-invalid', 'true');
    expect(appId).toHaveAccessibleDescription(DEVELOPER_APP_FORMATS.meta.appIdHint);
    expect(secret).toHaveAttribute('aria-invalid', 'true');
    expect(secret).toHaveAccessibleDescription(DEVELOPER_APP_FORMATS.meta.appSecretHint);
    expect(within(guide).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.clear(appId);
    await user.type(appId, VALID_CREDENTIALS.meta.appId);
    await user.clear(secret);
    await user.type(secret, VALID_CREDENTIALS.meta.appSecret);

    expect(appId).not.toHaveAttribute('aria-invalid');
    expect(secret).not.toHaveAttribute('aria-invalid');
    expect(within(guide).getByRole('button', { name: 'Test connection' })).toBeEnabled();
    expect(within(guide).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it("uses each platform's own rules: a TikTok client key is letters and digits", async () => {
    const { user, guide } = await openGuide('Set up the TikTok app');
    const key = within(guide).getByRole('textbox', { name: 'Client key' });

    await user.type(key, 'abc');

    expect(key).toHaveAccessibleDescription(DEVELOPER_APP_FORMATS.tiktok.appIdHint);
  });

  it('hides the secret until the owner shows it', async () => {
    const { user, guide } = await openGuide('Set up the Meta app');
    const secret = within(guide).getByLabelText('App secret');
    expect(secret).toHaveAttribute('type', 'password');

    await user.click(within(guide).getByRole('button', { name: 'Show the App secret' }));
    expect(secret).toHaveAttribute('type', 'text');

    await user.click(within(guide).getByRole('button', { name: 'Hide the App secret' }));
    expect(secret).toHaveAttribute('type', 'password');
  });

  it('tests the connection with the platform and says it worked, saving nothing', async () => {
    const { user, fake, guide } = await openGuide('Set up the Meta app');
    await user.type(within(guide).getByRole('textbox', { name: 'App ID' }), VALID_CREDENTIALS.meta.appId);
    await user.type(within(guide).getByLabelText('App secret'), VALID_CREDENTIALS.meta.appSecret);

    await user.click(within(guide).getByRole('button', { name: 'Test connection' }));

    expect(fake.callsTo('developerApps.test')).toEqual([{ kind: 'meta', ...VALID_CREDENTIALS.meta }]);
    expect(fake.callsTo('developerApps.save')).toEqual([]);
    expect(await within(guide).findByText('Meta accepted this app. Press Save to keep it.')).toBeInTheDocument();
  });

  it("shows the platform's refusal when the test fails", async () => {
    const fake = createFakeApi();
    fake.handle('developerApps.test', () => ({
      ok: false,
      code: 'DEVELOPER_APP_REJECTED',
      message: 'Meta (Facebook Login) did not accept this app: Error validating client secret.',
      action: 'Copy the app id and secret again from the developer dashboard.',
    }));
    const { user, guide } = await openGuide('Set up the Meta app', fake);
    await user.type(within(guide).getByRole('textbox', { name: 'App ID' }), VALID_CREDENTIALS.meta.appId);
    await user.type(within(guide).getByLabelText('App secret'), VALID_CREDENTIALS.meta.appSecret);

    await user.click(within(guide).getByRole('button', { name: 'Test connection' }));

    expect(await within(guide).findByRole('alert')).toHaveTextContent(
      'Meta (Facebook Login) did not accept this app: Error validating client secret. Copy the app id and secret again from the developer dashboard.',
    );
    expect(within(guide).queryByText(/accepted this app/)).not.toBeInTheDocument();
  });

  it('saves, then empties the secret field so the secret stays only in main, and shows the app as set up', async () => {
    const { user, fake, guide, card } = await openGuide('Set up the TikTok app');
    const secret = within(guide).getByLabelText('Client secret');
    await user.type(within(guide).getByRole('textbox', { name: 'Client key' }), VALID_CREDENTIALS.tiktok.appId);
    await user.type(secret, VALID_CREDENTIALS.tiktok.appSecret);

    await user.click(within(guide).getByRole('button', { name: 'Save' }));

    expect(fake.callsTo('developerApps.save')).toEqual([{ kind: 'tiktok', ...VALID_CREDENTIALS.tiktok }]);
    expect(await within(guide).findByText('Saved. TikTok accepted this app, and you can connect your accounts now.')).toBeInTheDocument();
    expect(secret).toHaveValue('');
    expect(document.body.innerHTML).not.toContain(VALID_CREDENTIALS.tiktok.appSecret);
    expect(within(card).getByRole('listitem', { name: 'TikTok app', hidden: true })).toHaveTextContent(
      `Client key ${VALID_CREDENTIALS.tiktok.appId}`,
    );
  });

  it('keeps the secret typed when saving fails, so the owner can correct it', async () => {
    const fake = createFakeApi();
    fake.handle('developerApps.test', () => ({
      ok: false,
      code: 'DEVELOPER_APP_REJECTED',
      message: 'Meta (Facebook Login) did not accept this app: Invalid client_id.',
    }));
    const { user, guide } = await openGuide('Set up the Meta app', fake);
    const secret = within(guide).getByLabelText('App secret');
    await user.type(within(guide).getByRole('textbox', { name: 'App ID' }), VALID_CREDENTIALS.meta.appId);
    await user.type(secret, VALID_CREDENTIALS.meta.appSecret);

    await user.click(within(guide).getByRole('button', { name: 'Save' }));

    expect(await within(guide).findByRole('alert')).toHaveTextContent('Invalid client_id.');
    expect(secret).toHaveValue(VALID_CREDENTIALS.meta.appSecret);
    expect(fake.developerApps.find((app) => app.kind === 'meta')?.source).toBe('none');
  });

  it('removes a saved app after asking', async () => {
    const fake = createFakeApi({ developerApps: developerApps({ meta: { appId: VALID_CREDENTIALS.meta.appId } }) });
    const { user, guide, card } = await openGuide('Manage the Meta app', fake);
    expect(within(guide).getByRole('textbox', { name: 'App ID' })).toHaveValue(VALID_CREDENTIALS.meta.appId);

    await user.click(within(guide).getByRole('button', { name: 'Remove the Meta app' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove the Meta app?' });
    expect(confirm).toHaveTextContent('Accounts connected through it stay connected');
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));

    expect(fake.callsTo('developerApps.remove')).toEqual([{ kind: 'meta' }]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Remove the Meta app?' })).not.toBeInTheDocument());
    expect(within(guide).getByText('The Meta app was removed from Outpost.')).toBeInTheDocument();
    expect(within(guide).queryByRole('button', { name: 'Remove the Meta app' })).not.toBeInTheDocument();
    await act(() => Promise.resolve());
    expect(within(card).getByRole('listitem', { name: 'Meta app', hidden: true })).toHaveTextContent('Not set up');
  });
});
