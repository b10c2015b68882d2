import type { S3Failure } from './s3Failures';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[character]};`);
}

const element = (name: string, value: string | number | boolean) => `<${name}>${escapeXml(String(value))}</${name}>`;

/** S3's error document: `<Error><Code/><Message/>…<RequestId/></Error>`. */
export function errorXml(failure: S3Failure, requestId: string): string {
  const extra = Object.entries(failure.extra ?? {}).map(([name, value]) => element(name, value));
  return `${DECLARATION}<Error>${element('Code', failure.code)}${element('Message', failure.message)}${extra.join('')}${element('RequestId', requestId)}</Error>`;
}

export interface ListedObject {
  key: string;
  size: number;
  etag: string;
  lastModified: Date;
}

export interface ListPage {
  bucket: string;
  prefix: string;
  maxKeys: number;
  objects: readonly ListedObject[];
  continuationToken: string | null;
  nextContinuationToken: string | null;
  startAfter: string | null;
}

/** A ListObjectsV2 answer (`GET /<bucket>?list-type=2`). */
export function listObjectsXml(page: ListPage): string {
  const contents = page.objects.map(
    (object) =>
      `<Contents>${element('Key', object.key)}${element('LastModified', object.lastModified.toISOString())}` +
      `${element('ETag', `"${object.etag}"`)}${element('Size', object.size)}${element('StorageClass', 'STANDARD')}</Contents>`,
  );
  return (
    `${DECLARATION}<ListBucketResult xmlns="${NAMESPACE}">` +
    element('Name', page.bucket) +
    element('Prefix', page.prefix) +
    element('KeyCount', page.objects.length) +
    element('MaxKeys', page.maxKeys) +
    element('IsTruncated', page.nextContinuationToken !== null) +
    contents.join('') +
    (page.continuationToken !== null ? element('ContinuationToken', page.continuationToken) : '') +
    (page.nextContinuationToken !== null ? element('NextContinuationToken', page.nextContinuationToken) : '') +
    (page.startAfter !== null ? element('StartAfter', page.startAfter) : '') +
    '</ListBucketResult>'
  );
}
