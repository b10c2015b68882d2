import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The browser for end-to-end tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download if one exists. With none, fail loudly: a skipped end-to-end suite
 * looks green and proves nothing.
 */
export function findChromium(
  candidates: readonly (string | undefined)[] = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightsOwnChromium()],
): string {
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (found) return found;
  throw new Error(
    'No Chromium found for the end-to-end tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.',
  );
}

function playwrightsOwnChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
