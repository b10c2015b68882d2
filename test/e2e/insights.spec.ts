import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { connectDemoTikTok, signInThroughPopup } from './support/demoSignIn';
import { freePort } from './support/freePort';
import { advanceSandboxClock, dayIn, parseCsv, sandboxPosts, weekdayHourIn, type SandboxPost } from './support/sandboxInsights';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * Insights end to end, as an owner would meet them: the demo bakery (60 days of posts on its
 * Instagram account, Facebook Page and TikTok) connected while the sandbox's clock stands 30 days
 * on, so every post's synthetic figures have settled. Outpost brings the history in by itself; the
 * owner refreshes each account and reads the last 28 days. Headline figures, the best-time heatmap
 * and the CSV export are checked against the sandbox's own models (not Outpost's clients), and a
 * post's history chart gains a point when the owner refreshes it.
 */
const ZONE = 'America/New_York';
const DAY_MS = 24 * 60 * 60 * 1000;
const screenshots = (page: Page, name: string) => themedScreenshots(page, `insights-${name}`);

const en = (value: number, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat('en-GB', options).format(value);
const sum = (posts: readonly SandboxPost[], pick: (post: SandboxPost) => number) => posts.reduce((total, post) => total + pick(post), 0);

test.describe('insights in browser mode', () => {
  const data = makeTempDirectory('e2e-insights');
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    data.remove();
  });

  test('shows the figures the sandbox generated, a post’s history, the best times and a CSV export that match', async ({ page }) => {
    test.setTimeout(300_000);
    const sandboxPort = await freePort();
    const controlUrl = `http://127.0.0.1:${sandboxPort}/__sandbox`;
    server = await startBrowserMode(data.path, {
      OUTPOST_META_CALLBACK_PORT: String(await freePort()),
      OUTPOST_DEMO_SANDBOX_PORT: String(sandboxPort),
      TZ: ZONE,
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);

    // The sandbox starts with the first sign-in; its clock moves 30 days on while the consent page is open.
    await sectionLink(page, 'Accounts').click();
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await signInThroughPopup(page, page.getByRole('button', { name: 'Connect demo Facebook & Instagram' }), () => advanceSandboxClock(controlUrl, 30 * DAY_MS));
    const picker = page.getByRole('dialog', { name: 'Choose accounts to add' });
    await picker.getByRole('button', { name: /^Add/ }).click();
    await expect(picker).toBeHidden();
    await connectDemoTikTok(page);

    // What the sandbox says: the posts of the last 28 days in the owner's zone, and all of them for the best times.
    const everyPost = await sandboxPosts(controlUrl);
    const today = Temporal.Now.plainDateISO(ZONE);
    const from = today.subtract({ days: 27 }).toString();
    const inPeriod = everyPost.filter((post) => dayIn(ZONE, post.publishedAt) >= from && dayIn(ZONE, post.publishedAt) <= today.toString());
    expect(inPeriod.length).toBeGreaterThan(10);

    await sectionLink(page, 'Insights').click();
    const accounts = page.getByRole('list', { name: 'Refresh an account’s figures' }).getByRole('button');
    await expect(accounts).toHaveCount(3);
    for (const button of await accounts.all()) await button.click();
    // Outpost brought the history in when the accounts were connected; the refreshes add nothing new.
    const collecting = page.getByRole('region', { name: 'Collecting figures' }).getByRole('status');
    await expect(collecting).toContainText('Figures last collected', { timeout: 120_000 });
    await expect(collecting).not.toContainText('still to take', { timeout: 120_000 });
    await page.getByRole('radiogroup', { name: 'Period' }).getByText('28 days', { exact: true }).click();

    // The CSV of the period's posts: one row per post, each with the sandbox's figures.
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Posts with latest figures' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`outpost-posts-${from}-to-${today.toString()}.csv`);
    const [header = [], ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
    const column = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(inPeriod.length);
    const byPermalink = new Map(inPeriod.map((post) => [post.permalink, post]));
    for (const row of rows) {
      const post = byPermalink.get(row[column('permalink')] ?? '');
      expect(post, `a row for ${row[column('permalink')]}`).toBeDefined();
      expect(row[column('platform')]).toBe(post?.platform);
      expect({ permalink: post?.permalink, views: Number(row[column('views')]) }).toEqual({ permalink: post?.permalink, views: post?.views });
      expect(Number(row[column('interactions')])).toBe(post?.interactions);
      expect(row[column('reach')]).toBe(post?.reach === null ? '' : String(post?.reach));
    }

    const headline = page.getByRole('region', { name: 'Headline figures' });
    const figure = (name: string) => headline.getByRole('group', { name, exact: true });
    await expect(figure('Posts')).toContainText(en(inPeriod.length), { timeout: 60_000 });
    await expect(figure('Views')).toContainText(en(sum(inPeriod, (post) => post.views)));
    await expect(figure('Reach')).toContainText(en(sum(inPeriod, (post) => post.reach ?? 0)));
    await expect(figure('Interactions')).toContainText(en(sum(inPeriod, (post) => post.interactions)));
    const rate = sum(inPeriod, (post) => post.interactions) / sum(inPeriod, (post) => post.reach ?? post.views);
    await expect(figure('Engagement rate')).toContainText(en(rate, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    await screenshots(page, 'dashboard');

    // Best times: every cell counts the posts of the whole history published in that weekday and hour.
    const expectedCells = new Map<string, number>();
    for (const post of everyPost) expectedCells.set(weekdayHourIn(ZONE, post.publishedAt), (expectedCells.get(weekdayHourIn(ZONE, post.publishedAt)) ?? 0) + 1);
    const heatmap = page.getByRole('table', { name: 'Engagement by weekday and hour' });
    await heatmap.scrollIntoViewIfNeeded();
    const labels = await heatmap.locator('td[aria-label]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label') ?? ''));
    expect(labels).toHaveLength(7 * 24);
    const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const shownCells = new Map<string, number>();
    for (const label of labels) {
      const match = /^(\w+) (\d\d):00 to \d\d:00: (?:(\d+) posts?|no posts)/.exec(label);
      expect(match, label).not.toBeNull();
      if (match?.[3]) shownCells.set(`${weekdays.indexOf(match[1] ?? '') + 1}-${Number(match[2])}`, Number(match[3]));
    }
    expect(shownCells).toEqual(expectedCells);
    await screenshots(page, 'best-times');

    // The daily account figures: today's TikTok followers are the sandbox's.
    const dailyDownloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Daily account figures' }).click();
    const [dailyHeader = [], ...dailyRows] = parseCsv(await readFile(await (await dailyDownloaded).path(), 'utf8'));
    const state = (await (await fetch(`${controlUrl}/state`)).json()) as { tiktok: { users: Record<string, { followerCount: number }> } };
    const tiktokToday = dailyRows.find((row) => row[dailyHeader.indexOf('platform')] === 'tiktok' && row[dailyHeader.indexOf('day')] === today.toString());
    expect(tiktokToday?.[dailyHeader.indexOf('followers')]).toBe(String(Object.values(state.tiktok.users)[0]?.followerCount));

    // A top post's detail: its figures over time, one more measurement after a refresh.
    const top = page.getByRole('region', { name: 'Top posts' }).getByRole('button').first();
    await top.scrollIntoViewIfNeeded();
    await top.click();
    const detail = page.getByRole('region', { name: 'Post insights' });
    await expect(detail.getByRole('figure', { name: 'Figures over time' })).toBeVisible();
    const measurements = detail.getByRole('table', { name: 'Measurements of this post' }).locator('tbody tr');
    const before = await measurements.count();
    expect(before).toBeGreaterThanOrEqual(1);
    await detail.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(measurements).toHaveCount(before + 1);
    await screenshots(page, 'post-detail');
    await detail.getByRole('button', { name: 'Back to Insights' }).click();

    // The posting-times screen suggests slots from the same history.
    await sectionLink(page, 'Calendar').click();
    await page.getByRole('button', { name: 'Posting times' }).click();
    const dialog = page.getByRole('dialog', { name: 'Posting times' });
    await expect(dialog.getByRole('group', { name: /^Suggested from your history for / }).first()).toBeVisible();
    await screenshots(page, 'suggested-slots');
  });
});
