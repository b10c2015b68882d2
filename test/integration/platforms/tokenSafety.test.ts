import axios from 'axios';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GRAPH_API_VERSION } from '../../../main/platforms/endpoints';
import { PermanentError } from '../../../main/platforms/platformErrors';
import { usePlatformSandbox } from './support/platformSandbox';
import { findLeaks, issuedSecrets, serialisedForms } from './support/secretScan';

/**
 * Every test file in this folder ends by scanning the errors it caught for every token, code and
 * secret its sandbox issued (support/platformSandbox.ts). This file shows that scan can fail, and
 * drives the one path where a secret really reaches error text: a platform echoing it back.
 */
const ctx = usePlatformSandbox({ seed: 'platforms-token-safety' });

describe('the scan', () => {
  it('lists every kind of credential the sandbox issued', () => {
    ctx.metaUserToken();
    ctx.instagramToken();
    ctx.control.tokens.issueTikTokToken();
    const kinds = new Set(issuedSecrets(ctx.control.state()).map((secret) => secret.kind));
    for (const kind of ['meta user token', 'instagram user token', 'tiktok user token', 'tiktok refresh token', 'Meta app secret', 'Instagram app secret', 'TikTok client secret']) {
      expect(kinds).toContain(kind);
    }
  });

  it('finds a token wherever an error could carry it: message, stack, JSON, hidden properties, cause, percent-encoded', () => {
    const token = ctx.metaUserToken();
    const secrets = issuedSecrets(ctx.control.state());
    const inMessage = new Error(`failed for ${token}`);
    const inField = Object.assign(new Error('failed'), { request: { url: `/me?access_token=${token}` } });
    const hidden = new Error('failed');
    Object.defineProperty(hidden, 'config', { value: { token }, enumerable: false });
    const inCause = new Error('failed', { cause: { headers: { authorization: `OAuth ${token}` } } });
    const encoded = new Error(`redirected to /cb?token=${encodeURIComponent(`${token}!*`)}`);

    expect(findLeaks([inMessage], secrets).map((leak) => leak.form)).toEqual(expect.arrayContaining(['message', 'stack', 'inspect (showHidden)', 'String()']));
    expect(findLeaks([inField], secrets).map((leak) => leak.form)).toEqual(expect.arrayContaining(['JSON.stringify', 'inspect (showHidden)']));
    // Only util.inspect with showHidden sees a non-enumerable property (axios errors keep config there).
    expect(findLeaks([hidden], secrets).map((leak) => leak.form)).toEqual(['inspect (showHidden)']);
    expect(findLeaks([inCause], secrets).map((leak) => leak.form)).toContain('cause');
    expect(findLeaks([encoded], secrets)).not.toEqual([]);
    expect(findLeaks([new Error('nothing secret here')], secrets)).toEqual([]);
    expect(serialisedForms(hidden).map(([form]) => form)).toContain('inspect (showHidden)');
  });
});

describe('a platform that echoes a secret back', () => {
  // Graph names an unknown parameter in its message and error_user_msg; TikTok names an unknown
  // JSON field. A parameter named after a token forces the echo, so the raw answer holds it.
  it.each([
    ['Graph (message and error_user_msg)', 'metaGraph', () => {
      const token = ctx.metaUserToken();
      return { token, config: { method: 'GET', url: `/${GRAPH_API_VERSION}/${ctx.demo.instagram.accountId}/content_publishing_limit`, params: { access_token: token, [token]: '1' } } };
    }],
    ['TikTok (invalid_params message)', 'tiktokApi', () => {
      const token = ctx.tiktokToken();
      return {
        token,
        config: {
          method: 'POST',
          url: '/v2/post/publish/status/fetch/',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json; charset=UTF-8' },
          data: { publish_id: 'v_pub_file~v2-1.1', [token]: true },
        },
      };
    }],
  ] as const)('%s: the raw answer holds the token, the typed error does not', async (_name, network, build) => {
    const { token, config } = build();
    const http = ctx.networks[network];
    const raw = await axios.request({ ...config, baseURL: http.axios.defaults.baseURL, validateStatus: () => true });
    expect(JSON.stringify(raw.data)).toContain(token);

    const error = await ctx.failure(http.request(config, z.unknown()), PermanentError);
    expect(error.reason).toContain('[redacted]');
    expect(findLeaks([error], issuedSecrets(ctx.control.state()))).toEqual([]);
  });
});
