import { randomBytes } from 'node:crypto';

/**
 * Every object Outpost puts in the owner's bucket is under this prefix, so the owner can see at a
 * glance what is Outpost's (and set a lifecycle rule on it) and nothing of theirs is ever touched.
 */
export const STAGING_KEY_PREFIX = 'outpost-staging/';

/** The longest file name kept in a key; the random part already makes it unique. */
const MAX_NAME_LENGTH = 80;

/**
 * `outpost-staging/<random>/<safe file name>`. The random part (128 bits) makes the address
 * impossible to guess, which matters when the bucket is public; the file name stays readable for
 * the owner browsing the bucket and keeps its extension, which some fetchers look at.
 */
export function stagingKeyFor(fileName: string, random: () => string = () => randomBytes(16).toString('hex')): string {
  return `${STAGING_KEY_PREFIX}${random()}/${safeFileName(fileName)}`;
}

/**
 * A name that needs no escaping in an address and means the same on every provider: letters,
 * digits, dot, hyphen and underscore; anything else becomes a hyphen (accents lose their marks
 * first). Over-long names keep their end, where the extension is. A name never starts with a dot,
 * so no key segment reads as "." or "..", which address parsers would fold away.
 */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const plain = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/-?\.-?/g, '.')
    .replace(/^-+|-+$/g, '');
  const kept = plain.length > MAX_NAME_LENGTH ? plain.slice(-MAX_NAME_LENGTH).replace(/^-+/, '') : plain;
  if (kept === '') return 'file';
  return kept.startsWith('.') ? `file${kept}` : kept;
}
