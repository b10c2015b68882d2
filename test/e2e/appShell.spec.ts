import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { SECTIONS, sectionLink } from './support/sections';

test.describe('app shell in browser mode', () => {
  const data = makeTempDirectory('e2e-shell');
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  test('visits every section, changes theme and time zone, and keeps them after a restart', async ({ page }) => {
    server = await startBrowserMode(data.path);
    await page.goto(server.url);

    for (const name of SECTIONS) {
      await sectionLink(page, name).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(sectionLink(page, name)).toHaveAttribute('aria-current', 'page');
    }

    // Settings is open now. Dark theme applies at once.
    await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Dark', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    const timeZone = page.getByRole('combobox', { name: 'Time zone' });
    await timeZone.fill('Tokyo');
    await page.getByRole('option', { name: /Asia\/Tokyo/ }).click();
    await expect(timeZone).toHaveValue(/Asia\/Tokyo/);
    // Wait for the save to reach main before stopping it.
    await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();

    await server.stop();
    server = await startBrowserMode(data.path);
    await page.goto(server.url);
    await sectionLink(page, 'Settings').click();

    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue(/Asia\/Tokyo/);
  });
});

test('tells the owner when a damaged database was set aside, and starts fresh', async ({ page }) => {
  const data = makeTempDirectory('e2e-corrupt');
  writeFileSync(join(data.path, 'outpost.db'), 'this is not a database, just text that replaced it');
  const server = await startBrowserMode(data.path);
  try {
    await page.goto(server.url);
    await expect(page.getByText('Your database was damaged and has been set aside')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    expect(readdirSync(data.path).some((name) => name.startsWith('outpost.db.corrupt-'))).toBe(true);
  } finally {
    await server.stop();
    data.remove();
  }
});
