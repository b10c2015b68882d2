/**
 * Plays the owner's browser on a sandbox consent page: loads it, presses Allow or Cancel (the
 * form contract of main/sandbox/core/consentPage.ts), and follows the redirect to Outpost's
 * loopback listener. Returns what the listener answered.
 */
export async function answerConsent(
  authorizationUrl: string,
  decision: 'allow' | 'cancel',
  options: { decline?: readonly string[] } = {},
): Promise<Response> {
  const page = await fetch(authorizationUrl);
  const html = await page.text();
  const action = decodeEntities(/<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '');
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !consentId) throw new Error(`No consent form on ${authorizationUrl}:\n${html.slice(0, 400)}`);
  const answer = await fetch(new URL(action, authorizationUrl), {
    method: 'POST',
    body: consentForm(html, decodeEntities(consentId), decision, options.decline ?? []),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (!location) throw new Error(`The consent page did not redirect (HTTP ${answer.status}).`);
  return fetch(location, { redirect: 'manual' });
}

/** The form as a person submits it; unticking permissions sends the granular list without them. */
function consentForm(html: string, consentId: string, decision: string, decline: readonly string[]): URLSearchParams {
  const form = new URLSearchParams({ consent_id: consentId, decision });
  if (decline.length === 0) return form;
  form.set('granular', '1');
  for (const match of html.matchAll(/name="grant" value="([^"]+)"/g)) {
    const permission = decodeEntities(match[1] ?? '');
    if (!decline.includes(permission)) form.append('grant', permission);
  }
  return form;
}

function decodeEntities(text: string): string {
  return text.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}
