import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import type { SandboxState } from '../../main/sandbox/world/sandboxState';
import { mediaFixture } from '../support/mediaFixtures';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { connectDemo, connectDemoTikTok } from './support/demoSignIn';
import { freePort } from './support/freePort';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * Publishing end to end, as an owner would: the demo bakery's Facebook Page, Instagram account
 * and TikTok account connected; one post with three photos for an Instagram carousel and a
 * Facebook post with several photos, and one with a vertical video for TikTok, each published now
 * through the composer's scheduling step (the carousel with a first comment and a photo's alt
 * text). The calendar follows them out; each one's details give
 * the link to the post, which opens in a new page at exactly the address the platform gave.
 * The demo sandbox's control endpoint then says what the platforms hold: one post per destination,
 * with three carousel items and three photos.
 */
const screenshots = (page: Page, name: string) => themedScreenshots(page, `publish-${name}`);

const PHOTOS_TEXT = 'Three loaves for Saturday, swipe for each #bakery #sourdough';
const FIRST_COMMENT = '#realbread #saturdaybake #smallbusiness';
const SOURDOUGH_ALT = 'A round sourdough loaf on a cream background';
const VIDEO_TEXT = 'How we shape a baguette, start to finish #bakerylife';

/** Three 4:5 JPEGs, each a different loaf, the kind of photos a shop owner takes for a carousel. */
async function makeLoafPhotos(folder: string): Promise<string[]> {
  const loaves = [
    { name: 'sourdough.jpg', label: 'Sourdough', colour: '#c8874a' },
    { name: 'rye.jpg', label: 'Rye', colour: '#7a4e2d' },
    { name: 'brioche.jpg', label: 'Brioche', colour: '#e9b949' },
  ];
  const files: string[] = [];
  for (const loaf of loaves) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1350">
      <rect width="1080" height="1350" fill="#f7ede2"/>
      <ellipse cx="540" cy="640" rx="380" ry="250" fill="${loaf.colour}"/>
      <text x="540" y="1100" font-size="96" font-family="sans-serif" text-anchor="middle" fill="#5b3a29">${loaf.label}</text>
    </svg>`;
    const file = join(folder, loaf.name);
    await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file);
    files.push(file);
  }
  return files;
}

async function startPost(page: Page, text: string, destinations: readonly string[], files: readonly string[]) {
  await sectionLink(page, 'Compose').click();
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByRole('textbox', { name: 'Post text' }).fill(text);
  for (const destination of destinations) {
    await page.getByRole('button', { name: 'Add destination' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${destination} · (?!choose)`) }).click();
  }
  const chooserOpened = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add media' }).click();
  await (await chooserOpened).setFiles([...files]);
  await expect(page.getByRole('grid', { name: 'Photos and videos in this post' }).getByRole('row')).toHaveCount(files.length);
}

/** Picks a destination's tab and its post type, as the owner confirms what the composer suggested. */
async function choosePostType(page: Page, destination: string, postType: string) {
  await page.getByRole('tablist', { name: 'Destinations' }).getByRole('tab', { name: new RegExp(`^${destination} · `) }).click();
  const postTypes = page.getByRole('radiogroup', { name: 'Post type' });
  await postTypes.getByText(postType, { exact: true }).click();
  await expect(postTypes.getByRole('radio', { name: postType })).toBeChecked();
}

async function publishNow(page: Page) {
  await expect(page.getByText('Nothing to fix', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\s*Saved$/ })).toBeVisible({ timeout: 5_000 });
  await page.getByRole('button', { name: 'Continue to scheduling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule post' });
  const when = dialog.getByRole('radiogroup', { name: 'When' });
  await when.getByText('Publish now', { exact: true }).click();
  await expect(when.getByRole('radio', { name: 'Publish now' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** A destination of a post in the calendar: its name says where it goes, its text, its status. */
const postIn = (calendar: Locator, destination: string, text: string) =>
  calendar.getByRole('button', { name: new RegExp(`${destination} · .*${text.slice(0, 20)}`) });

async function sandboxState(controlUrl: string): Promise<SandboxState> {
  const answer = await fetch(`${controlUrl}/state`);
  expect(answer.ok).toBe(true);
  return (await answer.json()) as SandboxState;
}

/** The outside world is out of reach here: the platforms' post pages are answered by a stand-in that names the address asked for. */
const PLATFORM_PAGES = /^https:\/\/www\.(instagram|facebook|tiktok)\.com\//;

test.describe('publishing in browser mode', () => {
  const data = makeTempDirectory('e2e-publish');
  const files = makeTempDirectory('e2e-publish-files');
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    data.remove();
    files.remove();
  });

  test('publishes an Instagram carousel, a Facebook post with several photos and a TikTok video, and opens each from its details', async ({ page }) => {
    test.setTimeout(300_000);
    const sandboxPort = await freePort();
    const controlUrl = `http://127.0.0.1:${sandboxPort}/__sandbox`;
    server = await startBrowserMode(data.path, {
      OUTPOST_META_CALLBACK_PORT: String(await freePort()),
      OUTPOST_DEMO_SANDBOX_PORT: String(sandboxPort),
      TZ: 'UTC',
    });
    await page.context().route(PLATFORM_PAGES, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Stand-in</title><p>Stand-in for ${route.request().url()}</p>` }),
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);
    await connectDemo(page, 'meta');
    await connectDemoTikTok(page);

    // Three photos for Instagram and Facebook.
    await startPost(page, PHOTOS_TEXT, ['Instagram', 'Facebook'], await makeLoafPhotos(files.path));
    await choosePostType(page, 'Instagram', 'Carousel');
    // Hashtags kept out of the caption go in the first comment; the sourdough photo gets a description.
    await page.getByRole('textbox', { name: 'First comment' }).fill(FIRST_COMMENT);
    await page.getByRole('textbox', { name: 'Alt text for sourdough.jpg' }).fill(SOURDOUGH_ALT);
    await screenshots(page, 'compose-instagram-extras');
    await choosePostType(page, 'Facebook', 'Several photos');
    await screenshots(page, 'compose-photos');
    await publishNow(page);

    // A video for TikTok; who can see it is the owner's choice, never made for them.
    await startPost(page, VIDEO_TEXT, ['TikTok'], [await mediaFixture('vertical.mp4')]);
    await page.getByRole('radiogroup', { name: 'Who can see this post' }).getByText('Everyone', { exact: true }).click();
    await page.getByText('Allow comments', { exact: true }).click();
    await expect(page.getByRole('switch', { name: 'Allow comments' })).toBeChecked();
    await publishNow(page);

    // The calendar follows all three out, live. TikTok takes longest: processing, then moderation.
    await sectionLink(page, 'Calendar').click();
    await page.getByRole('radio', { name: 'Month' }).check();
    const calendar = page.getByRole('region', { name: 'Scheduled posts' });
    const instagram = postIn(calendar, 'Instagram', PHOTOS_TEXT);
    const facebook = postIn(calendar, 'Facebook', PHOTOS_TEXT);
    const tiktok = postIn(calendar, 'TikTok', VIDEO_TEXT);
    await expect(instagram).toHaveAccessibleName(/Published/, { timeout: 120_000 });
    await expect(facebook).toHaveAccessibleName(/Published/, { timeout: 60_000 });
    await expect(tiktok).toHaveAccessibleName(/Published/, { timeout: 200_000 });
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await screenshots(page, 'month');

    // What the platforms hold: one post per destination, with every photo.
    const state = await sandboxState(controlUrl);
    const carousels = Object.values(state.instagram.media).filter((media) => !media.isCarouselChild && media.caption === PHOTOS_TEXT);
    expect(carousels).toHaveLength(1);
    const [carousel] = carousels;
    expect(carousel?.mediaType).toBe('CAROUSEL_ALBUM');
    expect(carousel?.children).toHaveLength(3);
    const described = Object.values(state.instagram.containers).filter((container) => container.altText === SOURDOUGH_ALT);
    expect(described).toHaveLength(1);
    const comments = Object.values(state.comments ?? {}).filter((comment) => comment.parentId === carousel?.id);
    expect(comments.map((comment) => comment.message)).toEqual([FIRST_COMMENT]);
    const pagePosts = Object.values(state.facebook.posts).filter((post) => post.published && post.message === PHOTOS_TEXT);
    expect(pagePosts).toHaveLength(1);
    const [pagePost] = pagePosts;
    expect(pagePost?.attachedPhotoIds).toHaveLength(3);
    const videos = Object.values(state.tiktok.videos).filter((video) => video.title === VIDEO_TEXT);
    expect(videos).toHaveLength(1);
    const [video] = videos;

    // Each destination's details link to the post at the address its platform gave.
    const pageName = state.meta.pages[pagePost?.pageId ?? '']?.username;
    const tiktokName = state.tiktok.users[video?.openId ?? '']?.username;
    const destinations = [
      { name: 'Instagram', event: instagram, permalink: `https://www.instagram.com/p/${carousel?.shortcode}/` },
      { name: 'Facebook', event: facebook, permalink: `https://www.facebook.com/${pageName}/posts/${pagePost?.id.split('_')[1]}` },
      { name: 'TikTok', event: tiktok, permalink: `https://www.tiktok.com/@${tiktokName}/video/${video?.id}` },
    ];
    const details = page.getByRole('complementary', { name: 'Post details' });
    for (const destination of destinations) {
      await destination.event.click();
      await expect(details.getByText(new RegExp(`^${destination.name} · `)).first()).toBeVisible();
      await expect(details.getByRole('list', { name: 'Timeline' })).toContainText(`Published on ${destination.name}.`);
      if (destination.name === 'Instagram') await expect(details.getByRole('list', { name: 'Timeline' })).toContainText('First comment posted.');
      const link = details.getByRole('link', { name: `View the post on ${destination.name}` });
      await expect(link).toHaveAttribute('href', destination.permalink);
      await screenshots(page, `${destination.name.toLowerCase()}-details`);

      const popupOpened = page.waitForEvent('popup');
      await link.click();
      const popup = await popupOpened;
      await expect(popup).toHaveURL(destination.permalink);
      await expect(popup.getByText(`Stand-in for ${destination.permalink}`)).toBeVisible();
      await popup.close();
    }
  });
});
