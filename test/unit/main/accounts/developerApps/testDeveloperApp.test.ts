import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeveloperAppCredentials } from '../../../../../preload/contract';
import { DeveloperAppRejectedError } from '../../../../../main/accounts/developerApps/developerAppErrors';
import { testDeveloperApp } from '../../../../../main/accounts/developerApps/testDeveloperApp';
import { PermanentError, ThrottledError, TransientError } from '../../../../../main/platforms/platformErrors';
import { formOf, networksFor, rejectionOf, startCannedServer, type CannedServer } from '../../platforms/support/cannedServer';

/**
 * "Test connection" against canned platform answers: what each platform is asked, and how each
 * answer is read. The sandbox integration test covers the same over its own rules; this covers
 * the answers the sandbox does not give (real-world texts, TikTok's unauthorized_client).
 */
const META: DeveloperAppCredentials = { kind: 'meta', appId: '1890000000000042', appSecret: '0123456789abcdef0123456789abcdef' };
const INSTAGRAM: DeveloperAppCredentials = { kind: 'instagram', appId: '990000000000042', appSecret: 'fedcba9876543210fedcba9876543210' };
const TIKTOK: DeveloperAppCredentials = { kind: 'tiktok', appId: 'sbawoutpostdemo01', appSecret: 'Abcdefghijklmnopqrstuvwxyz012345' };
const REDIRECT_URI = 'http://127.0.0.1:8137/callback/';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(() => server.close());

const run = (app: DeveloperAppCredentials) => testDeveloperApp(networksFor(server).networks, app, REDIRECT_URI);
const graphError = (status: number, code: number, message: string) => ({
  status,
  json: { error: { message, type: 'OAuthException', code, is_transient: false, fbtrace_id: 'Atrace' } },
});
const instagramError = (status: number, message: string) => ({ status, json: { error_type: 'OAuthException', code: status, error_message: message } });
const tiktokError = (status: number, error: string) => ({ status, json: { error, error_description: `${error} described`, log_id: 'L1' } });

describe('Meta: an app access token', () => {
  it('asks GET /oauth/access_token with client_credentials and accepts the pair', async () => {
    server.reply({ json: { access_token: `${META.appId}|${META.appSecret}`, token_type: 'bearer' } });
    await expect(run(META)).resolves.toBeUndefined();
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/graph/v25.0/oauth/access_token');
    expect(Object.fromEntries(request!.query)).toEqual({ client_id: META.appId, client_secret: META.appSecret, grant_type: 'client_credentials' });
  });

  it('code 101 refuses the app id; code 1 at HTTP 400 the secret', async () => {
    server.reply(graphError(400, 101, 'Error validating application. Invalid application ID.'));
    const id = await rejectionOf(() => run(META));
    expect(id).toBeInstanceOf(DeveloperAppRejectedError);
    expect((id as Error).message).toContain('app id');
    expect((id as Error).cause).toBeInstanceOf(PermanentError);

    server.reply(graphError(400, 1, 'Error validating client secret.'));
    const secret = await rejectionOf(() => run(META));
    expect(secret).toBeInstanceOf(DeveloperAppRejectedError);
    expect((secret as Error).message).toContain('app secret');
  });

  it('a code 1 from a 5xx is Meta failing, not a wrong secret', async () => {
    server.reply({ status: 500, json: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1, is_transient: true } } });
    expect(await rejectionOf(() => run(META))).toBeInstanceOf(TransientError);
  });

  it('passes any other refusal on as it came', async () => {
    server.reply(graphError(400, 100, 'Unsupported get request.'));
    const error = await rejectionOf(() => run(META));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).not.toBeInstanceOf(DeveloperAppRejectedError);
  });
});

describe('Instagram Login: the code-exchange probe', () => {
  it('sends the real id, secret and redirect URI with a made-up code', async () => {
    server.reply(instagramError(400, 'Invalid authorization code'));
    await expect(run(INSTAGRAM)).resolves.toBeUndefined();
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/ig-api/oauth/access_token');
    expect(formOf(request!)).toEqual({
      client_id: INSTAGRAM.appId,
      client_secret: INSTAGRAM.appSecret,
      grant_type: 'authorization_code',
      redirect_uri: REDIRECT_URI,
      code: expect.any(String),
    });
  });

  it.each(['Invalid authorization code', 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request'])(
    'reads "%s" as the id and secret accepted',
    async (message) => {
      server.reply(instagramError(400, message));
      await expect(run(INSTAGRAM)).resolves.toBeUndefined();
    },
  );

  it.each([
    ['Invalid Client ID', 'app id'],
    ['Invalid platform app', 'not the Meta app id'],
    ['Error validating client secret.', 'app secret'],
  ])('reads "%s" as the app refused (%s)', async (message, named) => {
    server.reply(instagramError(400, message));
    const error = await rejectionOf(() => run(INSTAGRAM));
    expect(error).toBeInstanceOf(DeveloperAppRejectedError);
    expect((error as Error).message).toContain(named);
  });

  it('passes on what it cannot read, and every failure that is not a refusal', async () => {
    server.reply(instagramError(400, 'Something Instagram never said before'));
    const unknown = await rejectionOf(() => run(INSTAGRAM));
    expect(unknown).toBeInstanceOf(PermanentError);
    expect(unknown).not.toBeInstanceOf(DeveloperAppRejectedError);

    server.reply(instagramError(503, 'Invalid Client ID'));
    expect(await rejectionOf(() => run(INSTAGRAM))).toBeInstanceOf(TransientError);
    server.reply(instagramError(429, 'Invalid authorization code'));
    expect(await rejectionOf(() => run(INSTAGRAM))).toBeInstanceOf(ThrottledError);
  });
});

describe('TikTok: a client access token', () => {
  it('posts client_credentials as a form and accepts the pair', async () => {
    server.reply({ json: { access_token: 'clt.abcdefghijklmnopqrstuvwxyz', expires_in: 7200, token_type: 'Bearer' } });
    await expect(run(TIKTOK)).resolves.toBeUndefined();
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/tiktok/v2/oauth/token/');
    expect(formOf(request!)).toEqual({ client_key: TIKTOK.appId, client_secret: TIKTOK.appSecret, grant_type: 'client_credentials' });
  });

  it('invalid_client refuses the pair, saying TikTok does not tell which half', async () => {
    server.reply(tiktokError(401, 'invalid_client'));
    const error = await rejectionOf(() => run(TIKTOK));
    expect(error).toBeInstanceOf(DeveloperAppRejectedError);
    expect((error as Error).message).toContain('client key or the client secret');
  });

  it('invalid_client in a 200 answer is refused the same way', async () => {
    server.reply(tiktokError(200, 'invalid_client'));
    expect(await rejectionOf(() => run(TIKTOK))).toBeInstanceOf(DeveloperAppRejectedError);
  });

  it('unauthorized_client: the app was authenticated, only this grant is not allowed', async () => {
    server.reply(tiktokError(400, 'unauthorized_client'));
    await expect(run(TIKTOK)).resolves.toBeUndefined();
  });

  it('a throttle or a server error is "try again"', async () => {
    server.reply(tiktokError(429, 'rate_limit_exceeded'));
    expect(await rejectionOf(() => run(TIKTOK))).toBeInstanceOf(ThrottledError);
    server.reply(tiktokError(500, 'server_error'));
    expect(await rejectionOf(() => run(TIKTOK))).toBeInstanceOf(TransientError);
  });
});
