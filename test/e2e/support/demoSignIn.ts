import { expect, type Locator, type Page } from '@playwright/test';
import { sectionLink } from './sections';

/**
 * Presses a connect button, allows access on the sandbox's consent page in the pop-up it opens,
 * and checks the pop-up lands on Outpost's "You are connected" page. `whileWaiting` runs while
 * the app waits for the browser (screenshots of that state, say).
 */
export async function signInThroughPopup(page: Page, connectButton: Locator, whileWaiting?: () => Promise<void>) {
  const popupOpened = page.waitForEvent('popup');
  await connectButton.click();
  const popup = await popupOpened;
  await expect(page.getByRole('status')).toHaveText('Finish signing in in your browser…');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await whileWaiting?.();

  await expect(popup.getByRole('heading', { name: /is requesting access/ })).toBeVisible();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(popup.getByRole('heading', { name: 'You are connected' })).toBeVisible();
  await popup.close();
}

/**
 * Connects the demo bakery as the owner would: its Facebook Page and Instagram account
 * ('meta'), or its TikTok account ('tiktok'), from an Outpost with nothing connected yet.
 */
export async function connectDemo(page: Page, network: 'meta' | 'tiktok') {
  await sectionLink(page, 'Accounts').click();
  await page.getByRole('button', { name: 'Try the demo' }).click();
  const button = network === 'meta' ? 'Connect demo Facebook & Instagram' : 'Connect demo TikTok';
  await signInThroughPopup(page, page.getByRole('button', { name: button }));
  const picker = page.getByRole('dialog', { name: 'Choose accounts to add' });
  await picker.getByRole('button', { name: /^Add/ }).click();
  await expect(picker).toBeHidden();
  const connected = network === 'meta' ? 2 : 1;
  await expect(page.getByRole('region', { name: 'Connected accounts' }).getByRole('listitem')).toHaveCount(connected);
}

/** Adds the demo bakery's TikTok account beside its Meta accounts (connectDemo starts from nothing connected). */
export async function connectDemoTikTok(page: Page) {
  await signInThroughPopup(page, page.getByRole('button', { name: 'Connect demo TikTok' }));
  const picker = page.getByRole('dialog', { name: 'Choose accounts to add' });
  await picker.getByRole('button', { name: /^Add/ }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('region', { name: 'Connected accounts' }).getByRole('listitem')).toHaveCount(3);
}
