import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../../main/diagnostics/logger';
import { redactSecrets } from '../../../../main/diagnostics/redactSecrets';

const META_TOKEN = 'EAAGm0PX4ZCpsBAKZCZBx7pZBZAq9Nf3kR2vLm8QwTyUi0';
const TIKTOK_TOKEN = 'act.1a2b3c4d5e6f7g8h9i0jKLMNOPqrstuv!1234.va';
const RANDOM_SECRET = 'q7Rk2LmN9vXw4ZtY8sBd3FgH6jKp1QaC';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('redactSecrets', () => {
  const cases: [string, string, string][] = [
    ['access_token in a URL', `GET /v25.0/me?fields=id&access_token=${META_TOKEN}`, META_TOKEN],
    ['a short access_token in a URL', 'GET /me?access_token=abc123', 'abc123'],
    ['an OAuth code parameter', 'callback /cb?code=AQBx-shortcode&state=s1', 'AQBx-shortcode'],
    ['state parameter', 'callback /cb?code=x&state=r4nd0mState', 'r4nd0mState'],
    ['client_secret in a form body', 'client_key=abc&client_secret=supersecretvalue&grant_type=x', 'supersecretvalue'],
    ['a JSON access_token field', `{"access_token":"${META_TOKEN}","token_type":"bearer"}`, META_TOKEN],
    ['a JSON refresh_token field', '{"refresh_token":"rft.shorter"}', 'rft.shorter'],
    ['a JSON password field', '{"password":"hunter2"}', 'hunter2'],
    ['a bearer header', `Authorization: Bearer ${RANDOM_SECRET}`, RANDOM_SECRET],
    ['a bare Meta token in an error message', `Invalid OAuth access token ${META_TOKEN}.`, META_TOKEN],
    ['a bare TikTok token', `token ${TIKTOK_TOKEN} expired`, 'act.1a2b3c4d5e6f7g8h9i0jKLMNOPqrstuv'],
    ['a JWT', `id_token ${JWT}`, JWT],
    ['an opaque random string', `secret is ${RANDOM_SECRET}`, RANDOM_SECRET],
    ['a bare Meta app secret (32 hex digits)', 'app secret 3f9c2a7be1d04c58a6b2e9f0d1c3b4a5 rejected', '3f9c2a7be1d04c58a6b2e9f0d1c3b4a5'],
  ];

  it.each(cases)('removes %s', (_name, input, secret) => {
    const output = redactSecrets(input);
    expect(output).not.toContain(secret);
    expect(output).toContain('[redacted]');
  });

  it.each([
    'Published post 17895695668004550 to page 102938475610',
    'Moved /home/owner/.config/Outpost/outpost.db aside',
    'media 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 imported',
    '{"level":30,"msg":"ipc: invalid payload","channel":"settings.set"}',
  ])('keeps ordinary text readable: %s', (line) => {
    expect(redactSecrets(line)).toBe(line);
  });
});

describe('createFileLogger', () => {
  let directory: string | undefined;
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('redacts what grants access to an S3 bucket: a pre-signed address, a SigV4 header, a secret key field', () => {
    const presigned =
      'https://bucket.s3.amazonaws.com/outpost-staging/a/photo.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20261121%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
    const header = 'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261121/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
    const out = redactSecrets(`${presigned} ${header} {"secretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}`);
    expect(out).not.toContain('5d672d79c15b');
    expect(out).not.toContain('fe5f80f77d5f');
    expect(out).not.toContain('AKIAEXAMPLE%2F');
    expect(out).not.toContain('wJalrXUtnFEMI');
    expect(out).toContain('outpost-staging/a/photo.jpg');
  });

  it('writes JSON lines to main.log with every secret redacted before it touches disk', async () => {
    directory = mkdtempSync(join(tmpdir(), 'outpost-log-'));
    const { logger, close } = createFileLogger({ logDirectory: directory });
    logger.info({ url: `https://graph.facebook.com/me?access_token=${META_TOKEN}` }, 'request');
    logger.error({ err: new Error(`token ${META_TOKEN} rejected`), body: { access_token: RANDOM_SECRET } }, 'failed');
    await close();

    expect(readdirSync(directory)).toContain('main.log');
    const text = readFileSync(join(directory, 'main.log'), 'utf8');
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(['request', 'failed']);
    expect(text).not.toContain(META_TOKEN);
    expect(text).not.toContain(RANDOM_SECRET);
    expect(text).toContain('[redacted]');
  });
});
