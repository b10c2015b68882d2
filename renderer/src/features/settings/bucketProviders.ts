/** The services the bucket form has hints for; any other S3-compatible service works as "MinIO or other". */
export type BucketProvider = 'aws' | 'r2' | 'b2' | 'minio';

export interface BucketProviderHint {
  label: string;
  /** An example endpoint; null for AWS S3, which needs none. */
  endpointExample: string | null;
  regionExample: string;
  regionHint: string;
  /** Whether the service wants the bucket name in the path. */
  pathStyle: boolean;
  /** Which key to make, in the service's own words. */
  keysHint: string;
}

export const BUCKET_PROVIDERS: Record<BucketProvider, BucketProviderHint> = {
  aws: {
    label: 'AWS S3',
    endpointExample: null,
    regionExample: 'eu-west-1',
    regionHint: 'The region the bucket was made in, such as eu-west-1.',
    pathStyle: false,
    keysHint: 'An access key of an IAM user allowed to put, get and delete objects in this bucket.',
  },
  r2: {
    label: 'Cloudflare R2',
    endpointExample: 'https://<account id>.r2.cloudflarestorage.com',
    regionExample: 'auto',
    regionHint: 'R2 uses “auto”.',
    pathStyle: false,
    keysHint: 'An R2 API token with Object Read & Write on this bucket: its Access Key ID and Secret Access Key.',
  },
  b2: {
    label: 'Backblaze B2',
    endpointExample: 'https://s3.us-west-004.backblazeb2.com',
    regionExample: 'us-west-004',
    regionHint: 'The part of the endpoint after “s3.”, such as us-west-004.',
    pathStyle: false,
    keysHint: 'An application key with read and write access to this bucket: its keyID and applicationKey.',
  },
  minio: {
    label: 'MinIO or other',
    endpointExample: 'https://minio.example.com:9000',
    regionExample: 'us-east-1',
    regionHint: 'MinIO uses us-east-1 unless its server says otherwise.',
    pathStyle: true,
    keysHint: 'An access key allowed to read and write objects in this bucket.',
  },
};

export const BUCKET_PROVIDER_IDS = Object.keys(BUCKET_PROVIDERS) as BucketProvider[];

/** The provider a saved endpoint belongs to, so the form opens with the right hints. */
export function providerOf(endpoint: string | null): BucketProvider {
  if (endpoint === null) return 'aws';
  if (/\.r2\.cloudflarestorage\.com(:\d+)?(\/|$)/i.test(endpoint)) return 'r2';
  if (/\.backblazeb2\.com(:\d+)?(\/|$)/i.test(endpoint)) return 'b2';
  return 'minio';
}
