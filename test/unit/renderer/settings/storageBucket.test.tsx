import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BucketCredentials } from '../../../../preload/contract';
import { createFakeApi, type FakeApi } from '../fakeApi';
import { R2_BUCKET, WRONG_SECRET_REPORT } from '../fakeStaging';
import { renderSection } from '../renderApp';

const SECRET = 'r2-secret-0123456789abcdef0123456789abcdef0123456789';

async function openBucket(fake: FakeApi = createFakeApi()) {
  const rendered = await renderSection('settings', 'Settings', fake);
  const group = screen.getByRole('region', { name: 'Storage bucket' });
  const form = await within(group).findByRole('form', { name: 'Storage bucket settings' });
  return { ...rendered, group, form };
}

const field = (form: HTMLElement, name: string) => within(form).getByRole('textbox', { name });
const button = (form: HTMLElement, name: string) => within(form).getByRole('button', { name });

/** Pastes into a field, as an owner does with keys and addresses copied from a dashboard. */
async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

describe('Settings: storage bucket', () => {
  it('says why a bucket is needed, and starts empty on AWS S3, which needs no endpoint', async () => {
    const { group, form } = await openBucket();
    expect(group).toHaveTextContent('Not set up');
    expect(group).toHaveTextContent('Instagram accounts connected with Instagram Login need a bucket, for other accounts it is optional');
    expect(group).toHaveTextContent('TikTok photo posts need one with a public address on a domain you verified with TikTok');
    expect(within(form).getByRole('radio', { name: 'AWS S3' })).toBeChecked();
    expect(within(form).queryByRole('textbox', { name: 'Endpoint' })).not.toBeInTheDocument();
    expect(button(form, 'Test connection')).toBeDisabled();
    expect(button(form, 'Save')).toBeDisabled();
    expect(within(form).queryByRole('button', { name: 'Remove the storage bucket' })).not.toBeInTheDocument();
  });

  it('gives the provider’s hints, tests with the checks shown one by one, then saves and forgets the typed secret', async () => {
    const { user, fake, group, form } = await openBucket();

    await user.click(within(form).getByRole('radio', { name: 'Cloudflare R2' }));
    expect(field(form, 'Endpoint')).toHaveAccessibleDescription('The provider’s S3 address, such as https://<account id>.r2.cloudflarestorage.com');
    expect(field(form, 'Region')).toHaveValue('auto');
    expect(within(form).getByRole('checkbox', { name: 'Path-style addresses' })).not.toBeChecked();
    expect(field(form, 'Access key ID')).toHaveAccessibleDescription(expect.stringContaining('R2 API token with Object Read & Write'));

    await enter(user, field(form, 'Endpoint'), R2_BUCKET.endpoint!);
    await enter(user, field(form, 'Bucket name'), R2_BUCKET.bucket);
    await enter(user, field(form, 'Access key ID'), R2_BUCKET.accessKeyId);
    await enter(user, within(form).getByLabelText('Secret access key'), SECRET);
    await user.click(button(form, 'Test connection'));

    const expected: BucketCredentials = { ...R2_BUCKET, secretAccessKey: SECRET };
    expect(fake.callsTo('staging.test')).toEqual([expected]);
    const checks = await within(form).findByRole('list', { name: 'Connection test' });
    expect(within(checks).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Upload a test file: PassedOutpost put a small test file in “crumb-media”.',
      'Read it through a private link: PassedOutpost read it back through a private link, as Instagram will.',
      'Read it at the public address: SkippedNo public address is set. Only TikTok photo posts need one.',
      'Delete it again: PassedOutpost deleted the test file again.',
    ]);
    expect(within(form).getByRole('status')).toHaveTextContent('Every check passed. Press Save to keep these settings.');

    await user.click(button(form, 'Save'));
    expect(fake.callsTo('staging.save')).toEqual([expected]);
    expect(await within(form).findByRole('status')).toHaveTextContent('Saved. Outpost puts photos for Instagram in “crumb-media”');
    expect(fake.staging.bucket).toEqual(R2_BUCKET);
    expect(within(form).getByLabelText('Secret access key')).toHaveValue('');
    expect(group).toHaveTextContent('In use: crumb-media');
    expect(button(form, 'Remove the storage bucket')).toBeInTheDocument();
  });

  it('shows a failed check in words, and a save of the same settings is refused with nothing saved', async () => {
    const fake = createFakeApi();
    fake.handle('staging.test', () => ({ ok: true, value: WRONG_SECRET_REPORT }));
    const { user, form } = await openBucket(fake);
    await enter(user, field(form, 'Region'), 'eu-west-1');
    await enter(user, field(form, 'Bucket name'), 'crumb-media');
    await enter(user, field(form, 'Access key ID'), 'AKIAOUTPOSTEXAMPLE01');
    await enter(user, within(form).getByLabelText('Secret access key'), 'not-the-secret');

    await user.click(button(form, 'Test connection'));
    const checks = await within(form).findByRole('list', { name: 'Connection test' });
    const [upload, ...rest] = within(checks).getAllByRole('listitem');
    expect(upload).toHaveTextContent('Upload a test file: Failed');
    expect(upload).toHaveTextContent('The secret access key does not belong to this access key ID. Paste the secret access key again.');
    for (const skipped of rest) expect(skipped).toHaveTextContent('Skipped');
    expect(within(form).getByRole('status')).toHaveTextContent('A check failed: see what to do below. Nothing was saved.');

    await user.click(button(form, 'Save'));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The secret access key does not belong to this access key ID.');
    expect(fake.staging.bucket).toBeNull();
    // Changing a field makes the old result old news.
    await user.type(within(form).getByLabelText('Secret access key'), '2');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens on the saved bucket without its secret; saving with the secret left empty keeps it', async () => {
    const fake = createFakeApi({ bucket: R2_BUCKET });
    const { user, group, form } = await openBucket(fake);
    expect(group).toHaveTextContent('In use: crumb-media');
    expect(within(form).getByRole('radio', { name: 'Cloudflare R2' })).toBeChecked();
    expect(field(form, 'Endpoint')).toHaveValue(R2_BUCKET.endpoint);
    expect(field(form, 'Bucket name')).toHaveValue('crumb-media');
    const secret = within(form).getByLabelText('Secret access key');
    expect(secret).toHaveValue('');
    expect(secret).toHaveAccessibleDescription('Saved in this computer’s keyring. Leave this empty to keep it, or enter a new one.');

    await enter(user, field(form, 'Public address (optional)'), 'https://media.crumb.example');
    await user.click(within(form).getByRole('checkbox', { name: 'This address is verified with TikTok' }));
    await user.click(button(form, 'Save'));

    await waitFor(() =>
      expect(fake.callsTo('staging.save')).toEqual([
        { ...R2_BUCKET, publicBaseUrl: 'https://media.crumb.example', publicDomainVerifiedWithTikTok: true, secretAccessKey: null },
      ]),
    );
  });

  it('says what is wrong with a typed address, and the TikTok box waits for a public address', async () => {
    const { user, form } = await openBucket();
    await user.click(within(form).getByRole('radio', { name: 'MinIO or other' }));
    expect(within(form).getByRole('checkbox', { name: 'Path-style addresses' })).toBeChecked();
    await enter(user, field(form, 'Endpoint'), 'minio.local:9000');
    expect(field(form, 'Endpoint')).toHaveAccessibleDescription(expect.stringContaining('Enter the whole address, starting with https://'));
    expect(within(form).getByRole('checkbox', { name: 'This address is verified with TikTok' })).toBeDisabled();
    await enter(user, field(form, 'Public address (optional)'), 'https://media.crumb.example');
    expect(within(form).getByRole('checkbox', { name: 'This address is verified with TikTok' })).toBeEnabled();
  });

  it('removes the bucket only after asking, and empties the form', async () => {
    const fake = createFakeApi({ bucket: R2_BUCKET });
    const { user, group, form } = await openBucket(fake);
    await user.click(button(form, 'Remove the storage bucket'));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the storage bucket?' });
    expect(dialog).toHaveTextContent('deletes its secret access key from the keyring. The bucket and its files stay as they are.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(fake.callsTo('staging.remove')).toHaveLength(1));
    expect(await within(form).findByRole('status')).toHaveTextContent('The storage bucket was removed from Outpost.');
    expect(group).toHaveTextContent('Not set up');
    expect(fake.staging.bucket).toBeNull();
    expect(within(form).getByRole('radio', { name: 'AWS S3' })).toBeChecked();
    expect(field(form, 'Bucket name')).toHaveValue('');
  });

  it('asks the keyring question before saving on a computer without a keyring', async () => {
    const fake = createFakeApi({ keyring: { backend: 'basic_text', state: 'weak_refused' } });
    const { user, form } = await openBucket(fake);
    await enter(user, field(form, 'Region'), 'eu-west-1');
    await enter(user, field(form, 'Bucket name'), 'crumb-media');
    await enter(user, field(form, 'Access key ID'), 'AKIAOUTPOSTEXAMPLE01');
    await enter(user, within(form).getByLabelText('Secret access key'), SECRET);
    await user.click(button(form, 'Save'));

    expect(await screen.findByRole('alertdialog', { name: 'No password keyring on this computer' })).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});
