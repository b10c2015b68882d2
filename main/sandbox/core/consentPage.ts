/**
 * The small HTML pages the sandbox shows in place of the platforms' login dialogs: a consent page
 * with Allow and Cancel, and an error page. A person can click through them in a browser window;
 * a test can read `consent_id` from the page and POST the form.
 *
 * Form contract: POST {action} with consent_id, decision=allow|cancel, and for a person's choice
 * `granular=1` plus one `grant` per ticked permission. Without `granular`, allow grants everything
 * requested (what a scripted client wants).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export interface ConsentPageInput {
  platform: string;
  appName: string;
  accountName: string;
  permissions: string[];
  action: string;
  consentId: string;
}

export function renderConsentPage(input: ConsentPageInput): string {
  const rows = input.permissions
    .map(
      (permission) =>
        `<li><label><input type="checkbox" name="grant" value="${escapeHtml(permission)}" checked> ${escapeHtml(permission)}</label></li>`,
    )
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(input.platform)} (sandbox) - Log in with ${escapeHtml(input.appName)}</title>
    <style>
      body { font: 15px/1.4 system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1c1e21; }
      .card { border: 1px solid #dadde1; border-radius: 8px; padding: 1.25rem; }
      .note { color: #606770; font-size: 13px; }
      ul { padding-left: 0; list-style: none; }
      button { font: inherit; padding: .5rem 1.25rem; border-radius: 6px; border: 1px solid #ccd0d5; margin-right: .5rem; }
      button[value=allow] { background: #1877f2; color: white; border-color: #1877f2; }
    </style>
  </head>
  <body>
    <div class="card">
      <p class="note">${escapeHtml(input.platform)} sandbox &mdash; nothing here leaves this computer.</p>
      <h1>${escapeHtml(input.appName)} is requesting access</h1>
      <p>Continue as <strong>${escapeHtml(input.accountName)}</strong>? ${escapeHtml(input.appName)} will receive:</p>
      <form method="post" action="${escapeHtml(input.action)}">
        <input type="hidden" name="consent_id" value="${escapeHtml(input.consentId)}">
        <input type="hidden" name="granular" value="1">
        <ul>
        ${rows}
        </ul>
        <button type="submit" name="decision" value="allow">Allow</button>
        <button type="submit" name="decision" value="cancel">Cancel</button>
      </form>
    </div>
  </body>
</html>
`;
}

export function renderErrorPage(platform: string, title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(platform)} (sandbox) - ${escapeHtml(title)}</title></head>
  <body style="font: 15px/1.4 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto;">
    <h1>${escapeHtml(title)}</h1>
    <p class="error-message">${escapeHtml(message)}</p>
  </body>
</html>
`;
}

/** Reads the consent form: which scopes were granted out of those requested. */
export function grantedFromForm(fields: Record<string, string | string[]>, requested: string[]): string[] {
  if (fields.granular === undefined) return requested;
  const raw = fields.grant;
  const ticked = new Set(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  return requested.filter((scope) => ticked.has(scope));
}
