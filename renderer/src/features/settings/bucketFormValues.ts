import { BucketCredentials, BucketSettings } from '../../../../preload/contract';
import { BUCKET_PROVIDERS, providerOf, type BucketProvider } from './bucketProviders';

/** The bucket form as typed: text as it stands, the provider only for its hints. */
export interface BucketFormValues {
  provider: BucketProvider;
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  /** Empty while a secret is saved means "keep the saved one". */
  secretAccessKey: string;
  forcePathStyle: boolean;
  publicBaseUrl: string;
  publicDomainVerifiedWithTikTok: boolean;
}

export type BucketField = 'endpoint' | 'region' | 'bucket' | 'publicBaseUrl';

/** The saved settings as form values (never the secret), or an empty AWS S3 form. */
export function formValuesOf(saved: BucketSettings | null): BucketFormValues {
  const provider = providerOf(saved?.endpoint ?? null);
  return {
    provider,
    endpoint: saved?.endpoint ?? '',
    region: saved?.region ?? '',
    bucket: saved?.bucket ?? '',
    accessKeyId: saved?.accessKeyId ?? '',
    secretAccessKey: '',
    forcePathStyle: saved?.forcePathStyle ?? BUCKET_PROVIDERS[provider].pathStyle,
    publicBaseUrl: saved?.publicBaseUrl ?? '',
    publicDomainVerifiedWithTikTok: saved?.publicDomainVerifiedWithTikTok ?? false,
  };
}

/** What the form becomes when the owner picks another provider: its path-style, and its region when none is typed. */
export function withProvider(values: BucketFormValues, provider: BucketProvider): BucketFormValues {
  const hint = BUCKET_PROVIDERS[provider];
  return {
    ...values,
    provider,
    forcePathStyle: hint.pathStyle,
    region: values.region.trim() === '' && provider === 'r2' ? hint.regionExample : values.region,
  };
}

const ADDRESS_HINT = 'Enter the whole address, starting with https:// (or http:// on your own network).';
const PROBLEMS: Record<BucketField, string> = {
  endpoint: ADDRESS_HINT,
  region: 'A region is at most 64 characters.',
  bucket: 'A bucket name has 3 to 63 characters.',
  publicBaseUrl: ADDRESS_HINT,
};

/**
 * The request the form makes, checked with the contract's own rules, and what to tell the owner
 * about each field. A field shows its problem only once something is typed in it; `credentials`
 * is null until every required field is filled in and right.
 */
export function credentialsOf(values: BucketFormValues, hasSavedSecret: boolean): {
  credentials: BucketCredentials | null;
  problems: Partial<Record<BucketField, string>>;
} {
  const trimmed = {
    endpoint: values.provider === 'aws' ? null : values.endpoint.trim(),
    region: values.region.trim(),
    bucket: values.bucket.trim(),
    publicBaseUrl: values.publicBaseUrl.trim(),
  };
  const problems: Partial<Record<BucketField, string>> = {};
  const check = (field: BucketField, value: string | null, schema: { safeParse(value: unknown): { success: boolean } }) => {
    if (value !== null && value !== '' && !schema.safeParse(value).success) problems[field] = PROBLEMS[field];
  };
  const shape = BucketSettings.shape;
  check('endpoint', trimmed.endpoint, shape.endpoint);
  check('region', trimmed.region, shape.region);
  check('bucket', trimmed.bucket, shape.bucket);
  check('publicBaseUrl', trimmed.publicBaseUrl, shape.publicBaseUrl);

  const secret = values.secretAccessKey.trim();
  const candidate = {
    endpoint: trimmed.endpoint,
    region: trimmed.region,
    bucket: trimmed.bucket,
    accessKeyId: values.accessKeyId.trim(),
    forcePathStyle: values.forcePathStyle,
    publicBaseUrl: trimmed.publicBaseUrl === '' ? null : trimmed.publicBaseUrl,
    publicDomainVerifiedWithTikTok: trimmed.publicBaseUrl !== '' && values.publicDomainVerifiedWithTikTok,
    secretAccessKey: secret === '' ? null : secret,
  };
  const isComplete = candidate.endpoint !== '' && (candidate.secretAccessKey !== null || hasSavedSecret);
  const parsed = isComplete && Object.keys(problems).length === 0 ? BucketCredentials.safeParse(candidate) : null;
  return { credentials: parsed?.success ? parsed.data : null, problems };
}
