import { inspect } from 'node:util';
import type { SandboxState } from '../../../../main/sandbox/world/sandboxState';

/**
 * Token safety across the platform suite: every error a test catches is serialised every way it
 * could leave the process (message, stack, String(), JSON, util.inspect with hidden properties)
 * and searched for every credential the sandbox handed out. The sandbox's state keeps every token
 * it issued (rotated and revoked ones included) and every authorization code, so it is the list.
 */

export interface Secret {
  /** What the secret is, for the report; the value itself is never printed. */
  kind: string;
  value: string;
}

export interface Leak {
  /** Which caught error (its position in the file's list) and its class. */
  error: string;
  /** The serialised form the secret was found in. */
  form: string;
  secret: string;
}

/** Shorter strings would match by accident; every real secret here is far longer. */
const MIN_SECRET_LENGTH = 16;

/** Every token, code and secret the sandbox issued, from its state. */
export function issuedSecrets(state: SandboxState): Secret[] {
  const secrets: Secret[] = [
    ...Object.entries(state.tokens).map(([value, record]) => ({ kind: `${record.platform} ${record.kind} token`, value })),
    ...Object.entries(state.codes).map(([value, record]) => ({ kind: `${record.platform} authorization code`, value })),
    { kind: 'Meta app secret', value: state.meta.app.secret },
    { kind: 'Instagram app secret', value: state.instagram.app.secret },
    { kind: 'TikTok client secret', value: state.tiktok.app.clientSecret },
    ...Object.values(state.tiktok.publishes)
      .filter((publish) => publish.uploadToken !== null)
      .map((publish) => ({ kind: 'TikTok upload token', value: publish.uploadToken ?? '' })),
  ];
  return secrets;
}

/** A secret as it may appear in text: raw, or percent-encoded in a URL (TikTok codes hold `*` and `!`). */
function spellings(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)])];
}

/** Everything a logger, the IPC guard or a crash report could make of an error. */
export function serialisedForms(error: unknown): [form: string, text: string][] {
  const forms: [string, string][] = [
    ['inspect (showHidden)', inspect(error, { showHidden: true, depth: Infinity, getters: true })],
    ['String()', String(error)],
    ['JSON.stringify', JSON.stringify(error) ?? ''],
  ];
  if (error instanceof Error) {
    forms.push(['message', error.message], ['stack', error.stack ?? '']);
    if (error.cause !== undefined) forms.push(['cause', inspect(error.cause, { showHidden: true, depth: Infinity })]);
  }
  return forms;
}

export function findLeaks(errors: readonly unknown[], secrets: readonly Secret[]): Leak[] {
  const usable = secrets.filter((secret) => secret.value.length >= MIN_SECRET_LENGTH);
  if (usable.length !== secrets.length) {
    const short = secrets.filter((secret) => secret.value.length < MIN_SECRET_LENGTH).map((secret) => secret.kind);
    throw new Error(`Secrets too short to scan for reliably: ${short.join(', ')}`);
  }
  const leaks: Leak[] = [];
  errors.forEach((error, index) => {
    const label = `#${index} ${error instanceof Error ? error.constructor.name : typeof error}`;
    for (const [form, text] of serialisedForms(error)) {
      for (const secret of usable) {
        if (spellings(secret.value).some((spelling) => text.includes(spelling))) leaks.push({ error: label, form, secret: secret.kind });
      }
    }
  });
  return leaks;
}
