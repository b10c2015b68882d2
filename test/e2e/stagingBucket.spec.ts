import { expect, test, type Locator, type Page } from '@playwright/test';
import { startDemoBucket, type DemoBucket } from '../../main/sandbox/s3/demoBucket';
import { makeTempDirectory } from '../support/tempDirectory';
import { startBrowserMode, type BrowserModeProcess } from './support/browserModeProcess';
import { sectionLink } from './support/sections';
import { themedScreenshots } from './support/themedScreenshots';

/**
 * An owner sets up their storage bucket in Settings: the demo bucket (the S3 sandbox on
 * 127.0.0.1 that `npm run sandbox` starts, with the keys it printed) stands in for their R2 or
 * MinIO. A mistyped secret fails the first check in words; the right one passes every check,
 * including the public address, and is saved; the test file is gone from the bucket afterwards.
 */
/** Scrolls `part` to the top (`start`) or bottom (`end`) of the view, then captures light and dark. */
async function screenshots(page: Page, part: Locator, block: 'start' | 'end', name: string) {
  await part.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
  await themedScreenshots(page, `bucket-${name}`);
}

test.describe('the storage bucket in Settings', () => {
  const data = makeTempDirectory('e2e-staging-bucket');
  let bucket: DemoBucket | undefined;
  let server: BrowserModeProcess | undefined;

  test.afterAll(async () => {
    await server?.stop();
    await bucket?.stop();
    data.remove();
  });

  test('the owner fills in the demo bucket, a wrong secret fails its check, the right one tests and saves', async ({ page }) => {
    bucket = await startDemoBucket();
    server = await startBrowserMode(data.path);
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.goto(server.url);
    await sectionLink(page, 'Settings').click();

    const group = page.getByRole('region', { name: 'Storage bucket' });
    const form = group.getByRole('form', { name: 'Storage bucket settings' });
    await expect(group).toContainText('Not set up');
    await expect(group).toContainText('Instagram accounts connected with Instagram Login need a bucket');

    await form.getByRole('radio', { name: 'MinIO or other' }).click();
    await expect(form.getByRole('checkbox', { name: 'Path-style addresses' })).toBeChecked();
    await form.getByRole('textbox', { name: 'Endpoint' }).fill(bucket.endpoint);
    await form.getByRole('textbox', { name: 'Region' }).fill(bucket.region);
    await form.getByRole('textbox', { name: 'Bucket name' }).fill(bucket.bucket);
    await form.getByRole('textbox', { name: 'Access key ID' }).fill(bucket.accessKeyId);
    const secret = form.getByLabel('Secret access key', { exact: true });
    await secret.fill('not-the-demo-secret-access-key-000000000');
    await form.getByRole('button', { name: 'Test connection' }).click();

    const checks = form.getByRole('list', { name: 'Connection test' });
    await expect(checks.getByRole('listitem').first()).toContainText('Upload a test file: Failed');
    await expect(checks).toContainText('The secret access key does not belong to this access key ID.');
    await expect(checks.getByRole('listitem').nth(1)).toContainText('Skipped');
    await expect(form.getByRole('status')).toHaveText('A check failed: see what to do below. Nothing was saved.');
    await screenshots(page, checks, 'end', 'wrong-secret');

    await secret.fill(bucket.secretAccessKey);
    await form.getByRole('textbox', { name: 'Public address (optional)' }).fill(bucket.publicUrl);
    await form.getByText('This address is verified with TikTok').click();
    await expect(form.getByRole('checkbox', { name: 'This address is verified with TikTok' })).toBeChecked();
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByRole('status')).toHaveText('Every check passed. Press Save to keep these settings.');
    await expect(checks.getByRole('listitem')).toHaveText([
      /Upload a test file: Passed/,
      /Read it through a private link: Passed/,
      /Read it at the public address: Passed/,
      /Delete it again: Passed/,
    ]);
    await screenshots(page, checks, 'end', 'tested');

    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toContainText('Saved. Outpost puts photos for Instagram in “outpost-demo”');
    await expect(secret).toHaveValue('');
    await expect(group).toContainText('In use: outpost-demo');
    await screenshots(page, group, 'start', 'saved');
    // Testing and saving each put a test file in the bucket and deleted it again.
    expect(bucket.objectKeys(bucket.bucket)).toEqual([]);

    // Saved: a reload shows the bucket, never its secret.
    await page.reload();
    await sectionLink(page, 'Settings').click();
    await expect(form.getByRole('textbox', { name: 'Endpoint' })).toHaveValue(bucket.endpoint);
    await expect(form.getByRole('checkbox', { name: 'This address is verified with TikTok' })).toBeChecked();
    await expect(secret).toHaveValue('');
    await expect(form.getByLabel('Secret access key', { exact: true })).toHaveAccessibleDescription(
      'Saved in this computer’s keyring. Leave this empty to keep it, or enter a new one.',
    );
  });
});
