import { expect, test, type Locator, type Page } from '@playwright/test';
import { makeTempDirectory } from '../support/tempDirectory';
import { mediaFixture } from '../support/mediaFixtures';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { connectDemo } from './support/demoSignIn';
import { freePort } from './support/freePort';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * Scheduling end to end, as an owner would: three posts for the demo bakery scheduled a minute or
 * two ahead through the composer's scheduling step; one dragged to the next day in the month
 * view; the other two go out on their own, the calendar following live (no reload); Instagram
 * refuses the photo once (the demo sandbox's fault knob), the calendar says why, and Retry
 * publishes it.
 */
const screenshots = (page: Page, name: string) => themedScreenshots(page, `schedule-${name}`);

/** "2026-11-21T10:07": a datetime-local value, in UTC (the server runs with TZ=UTC). */
const wallTime = (at: Date) => at.toISOString().slice(0, 16);

async function composeAndSchedule(
  page: Page,
  post: { text: string; destination: 'Instagram' | 'Facebook'; photo?: string; dueAt: Date; screenshot?: boolean },
) {
  await sectionLink(page, 'Compose').click();
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByRole('textbox', { name: 'Post text' }).fill(post.text);
  await page.getByRole('button', { name: 'Add destination' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${post.destination} · (?!choose)`) }).click();
  if (post.photo) {
    const chooserOpened = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add media' }).click();
    await (await chooserOpened).setFiles(post.photo);
    await expect(page.getByRole('grid', { name: 'Photos and videos in this post' }).getByRole('row')).toHaveCount(1);
  }
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to scheduling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule post' });
  await dialog.getByRole('radio', { name: 'At a date and time' }).check();
  await dialog.getByRole('textbox', { name: 'Date and time' }).fill(wallTime(post.dueAt));
  // The plan says where it runs: a minute ahead is too soon to hand a Facebook post to Facebook.
  await expect(dialog.getByText(/Needs Outpost running/)).toBeVisible();
  if (post.screenshot) await screenshots(page, 'step');
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** A post in the calendar, by the words of its text (its name also says its time, status and where it runs). */
const postIn = (calendar: Locator, words: string) => calendar.getByRole('button', { name: new RegExp(words) });

/** A day of the month view, by its date as the calendar names it ("22 November 2026"). */
const dayCell = (calendar: Locator, day: Date) =>
  calendar.getByRole('cell', {
    name: new RegExp(`^${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day)}`),
  });

test.describe('scheduling in browser mode', () => {
  const data = makeTempDirectory('e2e-schedule');
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  test('schedules three posts, reschedules one by drag, watches two go out live, and retries the one Instagram refused', async ({ page }) => {
    test.setTimeout(300_000);
    const sandboxPort = await freePort();
    server = await startBrowserMode(data.path, {
      OUTPOST_META_CALLBACK_PORT: String(await freePort()),
      OUTPOST_DEMO_SANDBOX_PORT: String(sandboxPort),
      TZ: 'UTC',
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);
    await connectDemo(page, 'meta');

    // Due at the start of a minute at least a minute away, so all three are in before it comes.
    const dueAt = new Date(Math.ceil((Date.now() + 100_000) / 60_000) * 60_000);
    const photo = await mediaFixture('plain.jpg');
    await composeAndSchedule(page, { text: 'Croissants at eight, post A', destination: 'Facebook', dueAt, screenshot: true });
    await composeAndSchedule(page, { text: 'Sourdough loaves, post B', destination: 'Instagram', photo, dueAt });
    await composeAndSchedule(page, { text: 'Cinnamon buns, post C', destination: 'Facebook', dueAt });

    // Instagram will refuse the next photo it is sent, once.
    const refused = await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/faults/reject-media`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ platform: 'instagram', times: 1 }),
    });
    expect(refused.ok).toBe(true);

    await sectionLink(page, 'Calendar').click();
    const calendar = page.getByRole('region', { name: 'Scheduled posts' });
    await page.getByRole('radio', { name: 'Month' }).check();
    await expect(postIn(calendar, 'post A')).toBeVisible();
    await expect(postIn(calendar, 'post B')).toBeVisible();
    await screenshots(page, 'month');

    // The "Post scheduled" notes go (they sit over the calendar's corner), then post C moves to
    // the next day by drag and drop.
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    const nextDay = new Date(dueAt.getTime() + 24 * 60 * 60_000);
    const postC = postIn(calendar, 'post C');
    const targetCell = dayCell(calendar, nextDay);
    await targetCell.scrollIntoViewIfNeeded();
    await postC.scrollIntoViewIfNeeded();
    const from = await postC.boundingBox();
    const to = await targetCell.boundingBox();
    if (!from || !to) throw new Error('The post or the next day is not on screen.');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
    await expect(postIn(dayCell(calendar, nextDay), 'post C')).toBeVisible();
    await expect(postIn(dayCell(calendar, dueAt), 'post C')).toHaveCount(0);

    // The calendar follows the two that go out, live.
    await expect(postIn(calendar, 'post A')).toHaveAccessibleName(/Published/, { timeout: 200_000 });
    await expect(postIn(calendar, 'post B')).toHaveAccessibleName(/Failed/, { timeout: 60_000 });
    await expect(postIn(calendar, 'post C')).toHaveAccessibleName(/Scheduled/);
    await screenshots(page, 'month-after');
    await page.getByRole('radio', { name: 'List' }).check();
    await expect(postIn(calendar, 'post A')).toBeVisible();
    await screenshots(page, 'list');
    await page.getByRole('radio', { name: 'Week' }).check();
    await screenshots(page, 'week');
    await page.getByRole('button', { name: 'Posting times' }).click();
    const postingTimes = page.getByRole('dialog', { name: 'Posting times' });
    await expect(postingTimes).toBeVisible();
    await screenshots(page, 'posting-times');
    await page.keyboard.press('Escape');
    await expect(postingTimes).toBeHidden();
    await page.getByRole('radio', { name: 'Month' }).check();

    // Post B: the reason in plain words, then Retry.
    await postIn(calendar, 'post B').click();
    const details = page.getByRole('complementary', { name: 'Post details' }).or(page.getByRole('dialog', { name: 'Post details' }));
    await expect(details.getByText(/Instagram did not accept the photo/).first()).toBeVisible();
    await screenshots(page, 'failed-details');
    await details.getByRole('button', { name: 'Retry' }).click();
    await expect(postIn(calendar, 'post B')).toHaveAccessibleName(/Published/, { timeout: 60_000 });
    await expect(details.getByRole('link', { name: /View the post/ })).toBeVisible();
    await screenshots(page, 'published-details');
  });
});
