import { expect, type Page } from '@playwright/test';

/**
 * Captures the page in light and in dark (the theme follows the system, which the test switches)
 * to test-results/screenshots/<name>-<scheme>.png, for people to look at.
 */
export async function themedScreenshots(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png`, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
