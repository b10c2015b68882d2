import { expect, test, type Page } from '@playwright/test';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { signInThroughPopup } from './support/demoSignIn';
import { freePort } from './support/freePort';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * Demo mode end to end: the built renderer in a browser, the real main-process services in
 * browser mode, the in-process sandbox's consent pages in a real pop-up, and Outpost's loopback
 * listener receiving the redirect. Screenshots of each state, light and dark, go to
 * test-results/screenshots/ for people to look at.
 */

/** Screenshots of each state, light and dark, named demo-<state>. */
const screenshots = (page: Page, name: string) => themedScreenshots(page, `demo-${name}`);

test.describe('demo mode in browser mode', () => {
  const data = makeTempDirectory('e2e-demo');
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  test('tries the demo: connects the bakery on Facebook, Instagram and TikTok, keeps them after a restart, removes them', async ({
    page,
  }) => {
    const env = { OUTPOST_META_CALLBACK_PORT: String(await freePort()) };
    server = await startBrowserMode(data.path, env);
    await page.setViewportSize({ width: 1200, height: 780 });
    await page.goto(server.url);

    // Calendar points the way while nothing is connected.
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try the demo' })).toBeVisible();
    await screenshots(page, 'calendar-banner');

    await sectionLink(page, 'Accounts').click();
    const tryDemo = page.getByRole('button', { name: 'Try the demo' });
    await expect(tryDemo).toBeVisible();
    await expect(page.getByText('you first set up your own developer app with each platform', { exact: false })).toBeVisible();
    await screenshots(page, 'empty');

    await tryDemo.click();
    await screenshots(page, 'try');
    await signInThroughPopup(page, page.getByRole('button', { name: 'Connect demo Facebook & Instagram' }), () => screenshots(page, 'waiting'));

    const picker = page.getByRole('dialog', { name: 'Choose accounts to add' });
    await expect(picker.getByRole('checkbox', { name: "Rosie's Bakery (Facebook)" })).toBeChecked();
    await expect(picker.getByRole('checkbox', { name: /\(Instagram\)$/ })).toBeChecked();
    await expect(picker).toContainText("via Rosie's Bakery");
    await screenshots(page, 'picker');
    await picker.getByRole('button', { name: /^Add/ }).click();
    await expect(picker).toBeHidden();

    const list = page.getByRole('region', { name: 'Connected accounts' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('list', { name: 'Facebook Pages' })).toContainText("Rosie's Bakery");
    await expect(list.getByRole('list', { name: 'Instagram' })).toContainText("via Rosie's Bakery");
    await expect(list.getByText('Demo', { exact: true })).toHaveCount(2);

    await signInThroughPopup(page, page.getByRole('button', { name: 'Connect demo TikTok' }));
    const tiktokPicker = page.getByRole('dialog', { name: 'Choose accounts to add' });
    await expect(tiktokPicker.getByRole('checkbox', { name: /\(TikTok\)$/ })).toBeChecked();
    await tiktokPicker.getByRole('button', { name: /^Add/ }).click();
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list.getByText('Demo', { exact: true })).toHaveCount(3);
    await expect(list.getByText('Connected', { exact: true })).toHaveCount(3);
    // Let the confirmation toasts fade before the picture of the list.
    await expect(page.getByRole('alertdialog')).toHaveCount(0, { timeout: 10_000 });
    await screenshots(page, 'list');

    // Health in detail: how each signs in, when it runs out, what it was granted; checked with the platform.
    await list.getByRole('button', { name: "Details for Rosie's Bakery (Facebook)" }).click();
    const details = page.getByRole('dialog', { name: "Rosie's Bakery" });
    await expect(details).toContainText('Facebook Login');
    await expect(details).toContainText('Data access ends');
    await expect(details.getByRole('list', { name: 'Permissions granted' })).toContainText('pages_manage_posts');
    await details.getByRole('button', { name: 'Check now' }).click();
    await expect(details.getByRole('status')).toHaveText('Checked just now.');
    await screenshots(page, 'details');
    await details.getByRole('button', { name: 'Close' }).click();

    // Disconnect TikTok, keeping its post history.
    await list.getByRole('button', { name: /^Disconnect .* \(TikTok\)$/ }).click();
    const disconnect = page.getByRole('dialog', { name: /^Disconnect .*\?$/ });
    await expect(disconnect.getByRole('radio', { name: 'Keep post history' })).toBeChecked();
    await screenshots(page, 'disconnect');
    await disconnect.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('alertdialog', { name: /disconnected$/ })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('list', { name: 'TikTok' })).toHaveCount(0);

    // And connect it again, as an owner who changed their mind would.
    await signInThroughPopup(page, page.getByRole('button', { name: 'Connect demo TikTok' }));
    await page.getByRole('dialog', { name: 'Choose accounts to add' }).getByRole('button', { name: /^Add/ }).click();
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByRole('alertdialog')).toHaveCount(0, { timeout: 10_000 });
    await page.getByRole('button', { name: 'Remove demo' }).scrollIntoViewIfNeeded();
    await screenshots(page, 'list-demo-panel');

    // The accounts are saved: a restart on the same data directory lists them again.
    await server.stop();
    server = await startBrowserMode(data.path, env);
    await page.goto(server.url);
    await sectionLink(page, 'Accounts').click();
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'Try the demo' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Remove demo' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the demo' });
    await expect(confirm).toContainText('Remove the 3 demo accounts and their posts? Your own accounts are not touched, and drafts you wrote stay, waiting for an account.');
    await screenshots(page, 'remove');
    await confirm.getByRole('button', { name: 'Remove demo accounts' }).click();

    await expect(page.getByRole('alertdialog', { name: 'Demo removed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try the demo' })).toBeVisible();
    await expect(list).toHaveCount(0);
    await sectionLink(page, 'Calendar').click();
    await expect(page.getByRole('link', { name: 'Try the demo' })).toBeVisible();
  });

  test('a sign-in cancelled on the consent page connects nothing and says so calmly', async ({ page }) => {
    const cancelData = makeTempDirectory('e2e-demo-cancel');
    const cancelServer = await startBrowserMode(cancelData.path, { OUTPOST_META_CALLBACK_PORT: String(await freePort()) });
    try {
      await page.goto(cancelServer.url);
      await sectionLink(page, 'Accounts').click();
      await page.getByRole('button', { name: 'Try the demo' }).click();

      const popupOpened = page.waitForEvent('popup');
      await page.getByRole('button', { name: 'Connect demo Facebook & Instagram' }).click();
      const popup = await popupOpened;
      await popup.getByRole('button', { name: 'Cancel' }).click();
      await expect(popup.getByRole('heading', { name: 'Sign-in cancelled' })).toBeVisible();

      await expect(page.getByRole('status')).toHaveText('You cancelled in the browser; nothing was connected.');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Connected accounts' })).toHaveCount(0);
    } finally {
      await cancelServer.stop();
      cancelData.remove();
    }
  });
});
