import { useState, type FormEvent } from 'react';
import type { BucketCredentials, BucketSettings, BucketTestReport, ErrorResult } from '../../../../preload/contract';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ShieldIcon } from '../../ui/icons';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { TextField } from '../../ui/TextField';
import { SecretField } from '../accounts/developerApps/SecretField';
import { useKeyringGuard } from '../keyring/useKeyringGuard';
import { BucketChecks } from './BucketChecks';
import { credentialsOf, formValuesOf, withProvider, type BucketFormValues } from './bucketFormValues';
import { BUCKET_PROVIDER_IDS, BUCKET_PROVIDERS } from './bucketProviders';
import { RemoveBucketDialog } from './RemoveBucketDialog';
import type { StagingBucketState } from './useStagingBucket';

type Outcome =
  | { kind: 'idle' | 'testing' | 'saving' | 'saved' | 'removed' }
  | { kind: 'tested'; report: BucketTestReport }
  | { kind: 'failed'; message: string };

const PROVIDER_OPTIONS = BUCKET_PROVIDER_IDS.map((id) => ({ id, label: BUCKET_PROVIDERS[id].label }));

/**
 * The bucket's settings: the provider's hints, the fields (checked with the contract's rules as
 * they are typed), "Test connection" with each check's outcome, Save (main tests again first) and
 * Remove. The secret field starts empty and is emptied again once saved: the secret lives in
 * main's keyring-backed vault, never in this page; left empty, the saved one is kept.
 */
export function BucketForm({ saved, bucket }: { saved: BucketSettings | null; bucket: StagingBucketState }) {
  const guardKeyring = useKeyringGuard();
  const [values, setValues] = useState<BucketFormValues>(() => formValuesOf(saved));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [isRemoveOpen, setRemoveOpen] = useState(false);

  const hint = BUCKET_PROVIDERS[values.provider];
  const { credentials, problems } = credentialsOf(values, saved !== null);
  const isBusy = outcome.kind === 'testing' || outcome.kind === 'saving';

  // A result is about the values it was for: editing them makes it old news.
  const edit = (change: Partial<BucketFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    setOutcome({ kind: 'idle' });
  };

  const failWith = (result: ErrorResult, retry: () => unknown) => {
    setOutcome(guardKeyring(result, retry) ? { kind: 'idle' } : { kind: 'failed', message: describeError(result) });
  };

  const runTest = async (given: BucketCredentials) => {
    setOutcome({ kind: 'testing' });
    const result = await bucket.test(given);
    if (result.ok) setOutcome({ kind: 'tested', report: result.value });
    else failWith(result, () => runTest(given));
  };

  const runSave = async (given: BucketCredentials) => {
    setOutcome({ kind: 'saving' });
    const result = await bucket.save(given);
    if (result.ok) {
      setValues((current) => ({ ...current, secretAccessKey: '' }));
      setOutcome({ kind: 'saved' });
    } else {
      failWith(result, () => runSave(given));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (credentials && !isBusy) void runSave(credentials);
  };

  const statusText = {
    idle: '',
    testing: 'Testing the bucket…',
    tested: '',
    saving: 'Testing the bucket and saving…',
    saved: `Saved. Outpost puts photos for Instagram in “${saved?.bucket ?? values.bucket.trim()}” and deletes them once they are posted.`,
    removed: 'The storage bucket was removed from Outpost.',
    failed: '',
  }[outcome.kind];
  const testedText =
    outcome.kind === 'tested'
      ? outcome.report.ok
        ? 'Every check passed. Press Save to keep these settings.'
        : 'A check failed: see what to do below. Nothing was saved.'
      : '';

  return (
    <>
      <form className="bucket-form" aria-label="Storage bucket settings" onSubmit={submit}>
        <SegmentedControl
          label="Provider"
          options={PROVIDER_OPTIONS}
          value={values.provider}
          onChange={(provider) => {
            setValues((current) => withProvider(current, provider));
            setOutcome({ kind: 'idle' });
          }}
        />
        {hint.endpointExample !== null ? (
          <TextField
            label="Endpoint"
            value={values.endpoint}
            onChange={(endpoint) => edit({ endpoint })}
            problem={problems.endpoint ?? null}
            description={`The provider’s S3 address, such as ${hint.endpointExample}`}
            monospace
            autoComplete="off"
            spellCheck="false"
            isDisabled={isBusy}
          />
        ) : null}
        <div className="bucket-form__pair">
          <TextField
            label="Region"
            value={values.region}
            onChange={(region) => edit({ region })}
            problem={problems.region ?? null}
            description={hint.regionHint}
            monospace
            autoComplete="off"
            spellCheck="false"
            isDisabled={isBusy}
          />
          <TextField
            label="Bucket name"
            value={values.bucket}
            onChange={(name) => edit({ bucket: name })}
            problem={problems.bucket ?? null}
            monospace
            autoComplete="off"
            spellCheck="false"
            isDisabled={isBusy}
          />
        </div>
        <TextField
          label="Access key ID"
          value={values.accessKeyId}
          onChange={(accessKeyId) => edit({ accessKeyId })}
          description={hint.keysHint}
          monospace
          autoComplete="off"
          spellCheck="false"
          isDisabled={isBusy}
        />
        <SecretField
          label="Secret access key"
          value={values.secretAccessKey}
          onChange={(secretAccessKey) => edit({ secretAccessKey })}
          isDisabled={isBusy}
          description={saved ? 'Saved in this computer’s keyring. Leave this empty to keep it, or enter a new one.' : undefined}
        />
        <Checkbox
          isSelected={values.forcePathStyle}
          onChange={(forcePathStyle) => edit({ forcePathStyle })}
          isDisabled={isBusy}
          description="The bucket name goes in the path instead of the host name. MinIO and some other services need this."
        >
          Path-style addresses
        </Checkbox>
        <TextField
          label="Public address (optional)"
          value={values.publicBaseUrl}
          onChange={(publicBaseUrl) => edit({ publicBaseUrl })}
          problem={problems.publicBaseUrl ?? null}
          description="Only for TikTok photo posts: the address the bucket’s files are public at, such as https://media.example.com (a custom domain connected to the bucket)."
          monospace
          autoComplete="off"
          spellCheck="false"
          isDisabled={isBusy}
        />
        <Checkbox
          isSelected={values.publicDomainVerifiedWithTikTok}
          onChange={(publicDomainVerifiedWithTikTok) => edit({ publicDomainVerifiedWithTikTok })}
          isDisabled={isBusy || values.publicBaseUrl.trim() === ''}
          description="In the TikTok developer portal, under your app’s URL properties."
        >
          This address is verified with TikTok
        </Checkbox>
        <p className="bucket-form__privacy">
          <ShieldIcon size={16} />
          Outpost keeps the secret access key in this computer’s password keyring and sends it to nobody but your storage
          provider.
        </p>
        <div className="settings-actions bucket-form__actions">
          <Button onPress={() => credentials && void runTest(credentials)} isDisabled={!credentials || outcome.kind === 'saving'} isPending={outcome.kind === 'testing'}>
            Test connection
          </Button>
          <Button type="submit" variant="primary" isDisabled={!credentials || outcome.kind === 'testing'} isPending={outcome.kind === 'saving'}>
            Save
          </Button>
          {saved ? (
            <Button variant="quiet" aria-label="Remove the storage bucket" onPress={() => setRemoveOpen(true)} isDisabled={isBusy}>
              Remove
            </Button>
          ) : null}
        </div>
        {credentials || outcome.kind !== 'idle' ? null : (
          <p className="field-description">Test connection and Save work once every field above the public address is filled in.</p>
        )}
        <p role="status" className={outcome.kind === 'tested' && !outcome.report.ok ? 'bucket-form__status bucket-form__status--problem' : 'bucket-form__status'}>
          {statusText || testedText}
        </p>
        {outcome.kind === 'failed' ? (
          <p role="alert" className="settings-problem">
            {outcome.message}
          </p>
        ) : null}
        {outcome.kind === 'tested' ? <BucketChecks report={outcome.report} /> : null}
      </form>
      {saved ? (
        <RemoveBucketDialog
          bucket={saved.bucket}
          isOpen={isRemoveOpen}
          onOpenChange={setRemoveOpen}
          remove={bucket.remove}
          onRemoved={() => {
            setValues(formValuesOf(null));
            setOutcome({ kind: 'removed' });
          }}
        />
      ) : null}
    </>
  );
}
