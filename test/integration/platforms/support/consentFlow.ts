import { expect } from 'vitest';
import type { PlatformSandbox } from './platformSandbox';

/**
 * What a person's browser does with a login URL the client built: load the consent page, press
 * Allow (or Cancel, or untick some permissions) and be redirected. fetch with manual redirects
 * stops at the redirect, whose Location is what Outpost's loopback listener would receive.
 */
export interface ConsentAnswer {
  decision: 'allow' | 'cancel';
  /** The permissions left ticked; omitted = everything the page asks for. */
  grant?: string[];
}

export interface ConsentRedirect {
  /** The Location header as sent, fragment included (Meta appends `#_=_` or `#_`). */
  location: string;
  url: URL;
}

function formAction(html: string): string {
  const match = /<form method="post" action="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`No consent form on the page:\n${html.slice(0, 300)}`);
  return match[1].replace(/&#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)));
}

function consentId(html: string): string {
  const match = /name="consent_id" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`No consent id on the page:\n${html.slice(0, 300)}`);
  return match[1];
}

export async function answerConsent(context: PlatformSandbox, loginUrl: string, answer: ConsentAnswer = { decision: 'allow' }): Promise<ConsentRedirect> {
  const page = await fetch(loginUrl, { redirect: 'manual' });
  const html = await page.text();
  expect(page.status, `the consent page refused the login URL:\n${html.slice(0, 600)}`).toBe(200);
  const id = consentId(html);
  context.rememberSecret('consent id', id);
  const form = new URLSearchParams({ consent_id: id, decision: answer.decision });
  if (answer.grant) {
    form.set('granular', '1');
    for (const permission of answer.grant) form.append('grant', permission);
  }
  const response = await fetch(formAction(html), { method: 'POST', body: form, redirect: 'manual' });
  await response.body?.cancel();
  expect(response.status).toBe(302);
  const location = response.headers.get('location') ?? '';
  return { location, url: new URL(location) };
}

/** The `code` parameter of a redirect, decoded as the loopback listener would read it. */
export function codeFrom(redirect: ConsentRedirect): string {
  const code = redirect.url.searchParams.get('code');
  if (!code) throw new Error(`The redirect carries no code: ${redirect.url.searchParams.get('error') ?? 'no error either'}`);
  return code;
}
