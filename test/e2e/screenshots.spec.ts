import { test } from '@playwright/test';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { SECTIONS, sectionLink } from './support/sections';

/**
 * Screenshots of every screen in light and dark, written to test-results/screenshots/ for people
 * to look at (they are not compared against anything: rendering differs between machines).
 */

test.describe('screenshots', () => {
  const data = makeTempDirectory('e2e-screens');
  let server: BrowserModeProcess | undefined;
  test.afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every section in ${scheme}`, async ({ page }) => {
      server ??= await startBrowserMode(data.path);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1200, height: 780 });
      await page.goto(server.url);
      for (const name of SECTIONS) {
        await sectionLink(page, name).click();
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.screenshot({ path: `test-results/screenshots/${name.toLowerCase()}-${scheme}.png` });
      }
      // The settings screen scrolls inside the app frame: capture its lower parts too.
      await page.getByRole('radiogroup', { name: 'Send a late post if Outpost is back within' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/settings-late-posts-${scheme}.png` });
      await page.getByRole('button', { name: 'Copy diagnostics' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/settings-diagnostics-${scheme}.png` });
    });
  }
});
