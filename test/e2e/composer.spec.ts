import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { mediaFixture } from '../support/mediaFixtures';
import { connectDemo } from './support/demoSignIn';
import { freePort } from './support/freePort';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * The composer end to end, as an owner would use it: a post for the demo bakery's Instagram and
 * Facebook with a wide PNG banner. Instagram takes only JPEG between 4:5 and 1.91:1, so the
 * composer says so next to the picture; converting and cropping with one click each makes the
 * messages go away, and the previews follow. Then the browser-mode server is killed outright
 * (SIGKILL, nothing gets to flush) and restarted on the same data: the draft is all there.
 */

const screenshots = (page: Page, name: string) => themedScreenshots(page, `compose-${name}`);

/** A 3:1 PNG banner, the kind of picture a shop owner exports from a design tool. */
async function makeBanner(folder: string): Promise<string> {
  const file = join(folder, 'saturday-banner.png');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="500">
    <defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#f4a259"/><stop offset="1" stop-color="#bc4b51"/></linearGradient></defs>
    <rect width="1500" height="500" fill="url(#g)"/>
    <circle cx="750" cy="250" r="170" fill="#f7ede2"/>
    <text x="750" y="275" font-size="64" font-family="sans-serif" text-anchor="middle" fill="#5b3a29">Sourdough</text>
  </svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}

const POST_TEXT = 'Fresh sourdough this Saturday from 8am #bakery #sourdough @rosies.bakery';

test.describe('composer in browser mode', () => {
  const data = makeTempDirectory('e2e-composer');
  const files = makeTempDirectory('e2e-composer-files');
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    data.remove();
    files.remove();
  });

  test('composes for two demo accounts, fixes the picture with one click each, and finds the draft intact after a kill', async ({ page }) => {
    test.setTimeout(120_000);
    // The same port after the restart keeps the page's origin, as the desktop app's would stay.
    const env = { OUTPOST_META_CALLBACK_PORT: String(await freePort()) };
    const port = String(await freePort());
    const banner = await makeBanner(files.path);
    server = await startBrowserMode(data.path, env, port);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(server.url);
    await connectDemo(page, 'meta');

    await sectionLink(page, 'Compose').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
    await screenshots(page, 'empty');

    await page.getByRole('textbox', { name: 'Post text' }).fill(POST_TEXT);

    // Two destinations: the bakery's Instagram and its Facebook Page.
    for (const platform of ['Instagram', 'Facebook']) {
      await page.getByRole('button', { name: 'Add destination' }).click();
      await page.getByRole('menuitem', { name: new RegExp(`^${platform} · (?!choose)`) }).click();
    }
    const tabs = page.getByRole('tablist');
    await expect(tabs.getByRole('tab')).toHaveCount(2);
    await expect(tabs.getByRole('tab', { name: /^Instagram · / })).toBeVisible();
    await expect(tabs.getByRole('tab', { name: /^Facebook · / })).toBeVisible();

    // The banner goes in through the file picker, streamed to the Node side.
    const chooserOpened = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add media' }).click();
    await (await chooserOpened).setFiles(banner);
    const strip = page.getByRole('grid', { name: 'Photos and videos in this post' });
    await expect(strip.getByRole('row')).toHaveCount(1);

    // Instagram refuses a PNG and a 3:1 shape; the composer says both, next to the picture.
    const problems = page.getByRole('group', { name: 'Problems with saturday-banner.png' });
    await expect(problems).toContainText('PNG');
    await expect(problems).toContainText('3:1');
    await expect(problems).toContainText('4:5 to 1.91:1');
    await expect(page.getByRole('region', { name: 'Instagram preview' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Facebook preview' })).toBeVisible();
    await screenshots(page, 'problems');

    await problems.getByRole('button', { name: 'Convert to JPEG' }).click();
    await expect(strip.getByRole('row')).toHaveCount(1);
    const converted = page.getByRole('group', { name: /^Problems with / });
    await expect(converted).not.toContainText('PNG');
    await expect(converted).toContainText('3:1');

    await converted.getByRole('button', { name: 'Crop…' }).click();
    const crop = page.getByRole('dialog', { name: /^Crop/ });
    await expect(crop).toBeVisible();
    await screenshots(page, 'crop');
    await crop.getByRole('button', { name: 'Apply crop' }).click();
    await expect(crop).toBeHidden();

    // Every problem with the picture is gone, and both previews show the post as it will look.
    await expect(page.getByRole('group', { name: /^Problems with / })).toHaveCount(0);
    const instagramPreview = page.getByRole('region', { name: 'Instagram preview' });
    const facebookPreview = page.getByRole('region', { name: 'Facebook preview' });
    await expect(instagramPreview).toContainText('Fresh sourdough this Saturday');
    await expect(facebookPreview).toContainText('Fresh sourdough this Saturday');
    await expect(instagramPreview.getByRole('img').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^\s*Saved$/ })).toBeVisible({ timeout: 5_000 });
    await screenshots(page, 'fixed');

    // The previews follow the text as it is typed.
    await page.getByRole('textbox', { name: 'Post text' }).press('End');
    await page.getByRole('textbox', { name: 'Post text' }).pressSequentially(' Pre-order by Friday!');
    await expect(instagramPreview).toContainText('Pre-order by Friday!');
    await expect(page.getByRole('status').filter({ hasText: /^\s*Saved$/ })).toBeVisible({ timeout: 5_000 });

    // Killed outright: nothing gets to flush. Restarted on the same data directory and port.
    await server.kill();
    server = await startBrowserMode(data.path, env, port);
    await page.goto(server.url);
    await sectionLink(page, 'Compose').click();

    const expectedText = `${POST_TEXT} Pre-order by Friday!`;
    await expect(page.getByRole('textbox', { name: 'Post text' })).toHaveValue(expectedText);
    await expect(page.getByRole('tablist').getByRole('tab')).toHaveCount(2);
    await expect(page.getByRole('grid', { name: 'Photos and videos in this post' }).getByRole('row')).toHaveCount(1);
    await expect(page.getByRole('group', { name: /^Problems with / })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Instagram preview' })).toContainText('Pre-order by Friday!');
    await screenshots(page, 'restored');

    // A small window: the previews go below the editor, nothing is cut off.
    await page.setViewportSize({ width: 760, height: 600 });
    await expect(page.getByRole('textbox', { name: 'Post text' })).toBeInViewport();
    await screenshots(page, 'small-window');
    await page.getByRole('region', { name: 'Instagram preview' }).scrollIntoViewIfNeeded();
    await screenshots(page, 'small-window-previews');
    await page.setViewportSize({ width: 1280, height: 860 });

    // The Drafts list has it too, and opening it from there shows the same post.
    await sectionLink(page, 'Drafts').click();
    await expect(page.getByText('Fresh sourdough this Saturday', { exact: false })).toBeVisible();
    await screenshots(page, 'drafts');

    await sectionLink(page, 'Library').click();
    // The original PNG, its JPEG and the cropped JPEG: fixes never replace what the owner imported.
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await screenshots(page, 'library');
  });

  test('a TikTok video: who can see it comes from the account, nothing is chosen for the owner', async ({ page }) => {
    const tiktokData = makeTempDirectory('e2e-composer-tiktok');
    const tiktokServer = await startBrowserMode(tiktokData.path, { OUTPOST_META_CALLBACK_PORT: String(await freePort()) });
    try {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(tiktokServer.url);
      await connectDemo(page, 'tiktok');

      await sectionLink(page, 'Compose').click();
      await page.getByRole('textbox', { name: 'Post text' }).fill('How we shape a baguette, in 4 seconds #bakerylife');
      await page.getByRole('button', { name: 'Add destination' }).click();
      await page.getByRole('menuitem', { name: /^TikTok · (?!choose)/ }).click();
      const chooserOpened = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Add media' }).click();
      await (await chooserOpened).setFiles(await mediaFixture('vertical.mp4'));
      await expect(page.getByRole('grid', { name: 'Photos and videos in this post' }).getByRole('row')).toHaveCount(1);

      // TikTok's guidelines: no privacy chosen for the owner, the interaction switches start off.
      // The video itself is fine: 9:16, H.264 and AAC, 4 s.
      await expect(page.getByText('Choose who can see this TikTok post.')).toBeVisible();
      await expect(page.getByText('1 problem to fix', { exact: true })).toBeVisible();
      const audience = page.getByRole('radiogroup', { name: 'Who can see this post' });
      for (const radio of await audience.getByRole('radio').all()) await expect(radio).not.toBeChecked();
      await expect(page.getByRole('switch', { name: 'Allow comments' })).not.toBeChecked();
      const preview = page.getByRole('region', { name: 'TikTok preview' });
      await expect(preview).toContainText('How we shape a baguette');
      await screenshots(page, 'tiktok-choose-audience');

      await audience.getByText('Everyone', { exact: true }).click();
      await expect(audience.getByRole('radio', { name: 'Everyone' })).toBeChecked();
      await expect(page.getByText('Choose who can see this TikTok post.')).toHaveCount(0);
      await expect(page.getByText('Nothing to fix', { exact: true })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^\s*Saved$/ })).toBeVisible({ timeout: 5_000 });
      await audience.scrollIntoViewIfNeeded();
      await screenshots(page, 'tiktok-ready');
    } finally {
      await tiktokServer.stop();
      tiktokData.remove();
    }
  });
});
