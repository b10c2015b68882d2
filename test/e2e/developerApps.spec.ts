import { expect, test, type Page } from '@playwright/test';
import { startSandbox, type Sandbox } from '../../main/sandbox';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { freePort } from './support/freePort';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * An owner with their own developer apps: the sandbox plays Meta and TikTok on 127.0.0.1 (the
 * `OUTPOST_*_URL` variables point browser mode at it), and the owner sets up the Meta app through
 * the guide, tests it, saves it, registers the redirect URI it shows, and connects their live
 * Page and Instagram account through the same screens as real ones.
 */
const screenshots = (page: Page, name: string) => themedScreenshots(page, `setup-${name}`);

test.describe('developer-app setup and a live sign-in', () => {
  const data = makeTempDirectory('e2e-developer-apps');
  let sandbox: Sandbox | undefined;
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    await sandbox?.close();
    data.remove();
  });

  test('sets up the Meta app with the guide, then connects the live Page and Instagram account', async ({ page }) => {
    sandbox = await startSandbox({ seed: 'e2e-developer-apps' });
    const port = await freePort();
    server = await startBrowserMode(data.path, { ...sandbox.env, OUTPOST_META_CALLBACK_PORT: String(port) });
    const demo = sandbox.control.demo();
    await page.setViewportSize({ width: 1200, height: 860 });
    await page.goto(server.url);
    await sectionLink(page, 'Accounts').click();

    const apps = page.getByRole('region', { name: 'Developer apps' });
    await apps.getByRole('button', { name: 'Set up the Meta app' }).click();
    const guide = page.getByRole('dialog', { name: 'Set up your Meta app' });
    const redirectUri = `http://127.0.0.1:${port}/callback/`;
    await expect(guide.getByRole('textbox', { name: 'Redirect URI' })).toHaveValue(redirectUri);
    await screenshots(page, 'meta-guide');

    // A typo is caught while typing; a secret the platform refuses is named as such.
    await guide.getByRole('textbox', { name: 'App ID' }).fill('12ab');
    await expect(guide).toContainText('A Meta app id is a number');
    await guide.getByRole('textbox', { name: 'App ID' }).fill(demo.meta.appId);
    await guide.getByRole('textbox', { name: 'App secret', exact: true }).fill('0'.repeat(32));
    await guide.getByRole('button', { name: 'Test connection' }).click();
    await expect(guide).toContainText('did not accept this app');
    await screenshots(page, 'meta-rejected');

    await guide.getByRole('textbox', { name: 'App secret', exact: true }).fill(demo.meta.appSecret);
    await guide.getByRole('button', { name: 'Test connection' }).click();
    await expect(guide).toContainText('Meta accepted this app.');
    await guide.getByRole('button', { name: 'Save' }).click();
    await expect(guide).toContainText('Saved. Meta accepted this app, and you can connect your accounts now.');
    // Saved: the secret is gone from the form, never to be shown again.
    await expect(guide.getByRole('textbox', { name: 'App secret', exact: true })).toHaveValue('');
    await guide.getByRole('button', { name: 'Close' }).last().click();
    await expect(guide).toBeHidden();
    await expect(apps.getByRole('button', { name: 'Manage the Meta app' })).toBeVisible();
    await expect(apps).toContainText(demo.meta.appId);

    // The owner registers the redirect URI in their app's dashboard, as the guide told them.
    sandbox.control.setRedirectUris('meta', [redirectUri]);

    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect Facebook Pages & Instagram' }).click();
    const popup = await popupOpened;
    await expect(page.getByRole('list', { name: 'Signing in, step by step' })).toBeVisible();
    await screenshots(page, 'live-waiting');
    await popup.getByRole('button', { name: 'Allow' }).click();
    await expect(popup.getByRole('heading', { name: 'You are connected' })).toBeVisible();
    await popup.close();

    const picker = page.getByRole('dialog', { name: 'Choose accounts to add' });
    await picker.getByRole('button', { name: /^Add/ }).click();
    const list = page.getByRole('region', { name: 'Connected accounts' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByText('Demo', { exact: true })).toHaveCount(0);
    await expect(list.getByText('Connected', { exact: true })).toHaveCount(2);
    await expect(page.getByRole('alertdialog')).toHaveCount(0, { timeout: 10_000 });
    await screenshots(page, 'live-list');

    // The TikTok app is not set up: its connect button leads to the guide instead of a sign-in.
    await page.getByRole('button', { name: 'Connect TikTok' }).click();
    const tiktokGuide = page.getByRole('dialog', { name: 'Set up your TikTok app' });
    await expect(tiktokGuide.getByRole('textbox', { name: 'Redirect URI' })).toHaveValue('http://127.0.0.1:*/callback/');
    await screenshots(page, 'tiktok-guide');
  });
});
