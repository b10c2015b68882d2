/**
 * Removes anything shaped like a secret from a log line before it is written. Redaction is done on
 * the serialised text rather than on known field names, because a token can hide anywhere: in a
 * URL's query string, an error message from a platform, or a nested response body.
 */

const REDACTED = '[redacted]';

/**
 * Query or form parameters whose value is a secret, e.g. `access_token=...&code=...`, and the
 * parts of an S3 pre-signed address or SigV4 Authorization header that grant access to the bucket.
 */
const SECRET_PARAMETER =
  /\b(access_token|refresh_token|input_token|client_secret|app_secret|fb_exchange_token|code_verifier|code|token|secret|password|state|X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Signature)=([^&\s"'\\,]+)/gi;

/** JSON fields whose value is a secret, e.g. `"access_token":"..."`. */
const SECRET_FIELD =
  /("(?:access_token|refresh_token|client_secret|app_secret|appSecret|accessToken|refreshToken|token|secret|password|code|authorization|secretAccessKey|sessionToken)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/** An HTTP Authorization header value. */
const BEARER = /\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=-]{8,}/g;

/**
 * Known token shapes: Meta tokens start with EAA / IGQ / IGAA, TikTok's with act. / rft. / clt.,
 * and JWTs are three dot-separated base64url parts.
 */
const TOKEN_SHAPES = [
  /\b(?:EAA|IGQ|IGAA)[A-Za-z0-9_-]{16,}/g,
  /\b(?:act|rft|clt)\.[A-Za-z0-9._-]{16,}/g,
  /\b[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  // Meta app secrets are exactly 32 lower-case hex digits; longer hex (SHA-256 of media) stays.
  /\b[0-9a-f]{32}\b/g,
];

/**
 * Any other long opaque run is a secret when it mixes upper case, lower case and digits, as
 * random tokens do. Lower-case hex (content hashes) and file paths stay readable.
 */
const OPAQUE_RUN = /[A-Za-z0-9+_-]{32,}={0,2}/g;
const looksRandom = (run: string) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);

export function redactSecrets(text: string): string {
  let out = text
    .replace(SECRET_PARAMETER, (_match, name: string) => `${name}=${REDACTED}`)
    .replace(SECRET_FIELD, (_match, prefix: string) => `${prefix}"${REDACTED}"`)
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`);
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  return out.replace(OPAQUE_RUN, (run) => (looksRandom(run) ? REDACTED : run));
}
