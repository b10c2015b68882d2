import { isAxiosError } from 'axios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  MediaRejectedError,
  PermanentError,
  PermissionMissingError,
  ThrottledError,
  TokenInvalidError,
  TransientError,
} from '../../../../main/platforms/platformErrors';
import { createPlatformHttp } from '../../../../main/platforms/platformHttp';
import { createUsageLedger } from '../../../../main/platforms/usageLedger';
import { FIXED_NOW, networksFor, rejectionOf, startCannedServer, type CannedServer } from './support/cannedServer';

let server: CannedServer;
beforeEach(async () => {
  server = await startCannedServer();
});
afterEach(async () => {
  await server.close();
});

const anything = z.unknown();
const graphError = (fields: Record<string, unknown>) => ({
  error: { message: 'Something', type: 'OAuthException', fbtrace_id: 'AbC123xYz', ...fields },
});

describe('usage headers on every response', () => {
  it('records X-App-Usage and X-Business-Use-Case-Usage from a success', async () => {
    const { networks, ledger } = networksFor(server);
    server.reply({
      json: { id: '1' },
      headers: {
        'X-App-Usage': '{"call_count":12,"total_cputime":3,"total_time":4}',
        'X-Business-Use-Case-Usage': '{"112233":[{"type":"pages","call_count":95,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":0}]}',
      },
    });
    await networks.metaGraph.request({ url: '/v25.0/me' }, anything);

    const snapshot = ledger.snapshot();
    expect(snapshot.apps).toEqual([
      { app: 'facebookApp', usage: { callCount: 12, totalCputime: 3, totalTime: 4 }, observedAt: FIXED_NOW },
    ]);
    expect(snapshot.accounts[0]).toMatchObject({ accountId: '112233', usage: [{ type: 'pages', callCount: 95 }] });
    expect(ledger.suggestedPauseUntil('112233')).toEqual(new Date(FIXED_NOW.getTime() + 3_600_000));
  });

  it('records them from an error response too, and names the retry time from the BUC estimate', async () => {
    const { networks, ledger } = networksFor(server);
    server.reply({
      status: 400,
      json: graphError({ code: 80001, message: 'There have been too many calls to this Page account.' }),
      headers: {
        'X-Business-Use-Case-Usage': '{"112233":[{"type":"pages","call_count":100,"total_cputime":9,"total_time":9,"estimated_time_to_regain_access":7}]}',
      },
    });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/112233/feed', method: 'POST' }, anything));

    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfter).toEqual(new Date(FIXED_NOW.getTime() + 7 * 60_000));
    expect((error as ThrottledError).scope).toBe('account');
    expect(ledger.suggestedPauseUntil('112233')).toEqual(new Date(FIXED_NOW.getTime() + 7 * 60_000));
  });

  it('files graph.instagram.com usage under the Instagram app', async () => {
    const { networks, ledger } = networksFor(server);
    server.reply({ json: {}, headers: { 'X-App-Usage': '{"call_count":93}' } });
    await networks.instagramGraph.request({ url: '/v25.0/me' }, anything);
    expect(ledger.snapshot().apps.map((entry) => entry.app)).toEqual(['instagramApp']);
    expect(ledger.suggestedPauseUntil()).not.toBeNull();
  });

  it('survives malformed usage headers', async () => {
    const { networks, ledger } = networksFor(server);
    server.reply({ json: { ok: 1 }, headers: { 'X-App-Usage': '{not json', 'X-Business-Use-Case-Usage': '[]' } });
    await expect(networks.metaGraph.request({ url: '/v25.0/me' }, anything)).resolves.toEqual({ ok: 1 });
    expect(ledger.snapshot()).toEqual({ apps: [], accounts: [] });
  });
});

describe('failures become typed errors', () => {
  it('190/463 → TokenInvalidError with the platform ids kept for the attempt history', async () => {
    const { networks } = networksFor(server);
    server.reply({ status: 401, json: graphError({ code: 190, error_subcode: 463, message: 'Session has expired.' }) });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/me' }, anything));

    expect(error).toBeInstanceOf(TokenInvalidError);
    expect(error).toMatchObject({
      code: 'TOKEN_EXPIRED',
      reconnectNeeded: true,
      reason: 'Session has expired.',
      details: { platform: 'meta', network: 'metaGraph', httpStatus: 401, code: 190, subcode: 463, traceId: 'AbC123xYz', classifiedBy: '[S55]' },
      message: 'The saved sign-in expired.',
      action: 'Reconnect the account in Accounts; posts waiting for it go out once it is back.',
    });
  });

  it('10 → PermissionMissingError', async () => {
    const { networks } = networksFor(server);
    server.reply({ status: 403, json: graphError({ code: 10, message: '(#10) Application does not have permission.' }) });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/me' }, anything));
    expect(error).toBeInstanceOf(PermissionMissingError);
    expect(error).toMatchObject({ code: 'PERMISSION_MISSING' });
  });

  it('4 without usage headers → ThrottledError an hour later, app-wide', async () => {
    const { networks } = networksFor(server);
    server.reply({ status: 400, json: graphError({ code: 4, message: '(#4) Application request limit reached' }) });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/me' }, anything));
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', scope: 'app', retryAfter: new Date(FIXED_NOW.getTime() + 3_600_000) });
  });

  it('2207026 → MediaRejectedError in the table’s words, the platform’s own (error_user_msg first) kept as the reason', async () => {
    const { networks } = networksFor(server);
    server.reply({
      status: 400,
      json: graphError({
        code: 100,
        error_subcode: 2207026,
        message: 'Invalid parameter',
        error_user_msg: 'The video format is not supported. Please check spec for supported format.',
      }),
    });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/1/media', method: 'POST' }, anything));
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(error).toMatchObject({
      code: 'MEDIA_REJECTED',
      needsNewContainer: true,
      reason: 'The video format is not supported. Please check spec for supported format.',
    });
    // The owner reads the table's words; the platform's own stay in `reason` for the attempt history.
    expect((error as Error).message).toBe('Instagram did not accept the video’s format.');
    expect(error).toMatchObject({ action: 'Re-encode the video as MP4 (H.264 video with AAC sound), then retry.' });
  });

  it('a 502 with an HTML body → TransientError', async () => {
    const { networks } = networksFor(server);
    server.reply({ status: 502, text: '<html><body>Bad Gateway</body></html>' });
    const error = await rejectionOf(() => networks.metaUpload.request({ url: '/ig-api-upload/v25.0/1', method: 'POST' }, anything));
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ code: 'PLATFORM_UNAVAILABLE', details: { network: 'metaUpload', httpStatus: 502 } });
  });

  it('the upload host’s debug_info shape is read too (type, retriable, message)', async () => {
    const { networks } = networksFor(server);
    server.reply(
      { status: 401, json: { debug_info: { retriable: false, type: 'AuthorizationError', message: 'Invalid OAuth access token.' } } },
      { status: 400, json: { debug_info: { retriable: false, type: 'OffsetInvalidError', message: 'Resume from 1024.' } } },
    );
    const refused = await rejectionOf(() => networks.metaUpload.request({ url: '/ig-api-upload/v25.0/1', method: 'POST' }, anything));
    expect(refused).toBeInstanceOf(TokenInvalidError);
    expect(refused).toMatchObject({ reason: 'Invalid OAuth access token.', details: { errorCode: 'AuthorizationError', httpStatus: 401 } });
    const offset = await rejectionOf(() => networks.metaUpload.request({ url: '/ig-api-upload/v25.0/1', method: 'POST' }, anything));
    expect(offset).toBeInstanceOf(TransientError);
  });

  it('100 → PermanentError', async () => {
    const { networks } = networksFor(server);
    server.reply({ status: 400, json: graphError({ code: 100, message: '(#100) The value must be a valid insights metric' }) });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/1/insights' }, anything));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ code: 'PLATFORM_ERROR', details: { code: 100 } });
  });

  it('TikTok: an error in a 200 envelope is a failure; `ok` is success', async () => {
    const { networks } = networksFor(server);
    server.reply(
      { json: { data: {}, error: { code: 'rate_limit_exceeded', message: 'Too many requests', log_id: '20260504ABC' } } },
      { json: { data: { user: {} }, error: { code: 'ok', message: '', log_id: '20260504DEF' } } },
    );
    const error = await rejectionOf(() => networks.tiktokApi.request({ url: '/v2/user/info/' }, anything));
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({
      details: { platform: 'tiktok', errorCode: 'rate_limit_exceeded', traceId: '20260504ABC', httpStatus: 200 },
      retryAfter: new Date(FIXED_NOW.getTime() + 60_000),
    });
    await expect(networks.tiktokApi.request({ url: '/v2/user/info/' }, anything)).resolves.toMatchObject({ data: { user: {} } });
  });

  it('TikTok: the OAuth error shape is a failure even with HTTP 200', async () => {
    const { networks } = networksFor(server);
    server.reply({ json: { error: 'invalid_grant', error_description: 'Refresh token is invalid or expired.', log_id: 'L1' } });
    const error = await rejectionOf(() => networks.tiktokApi.request({ url: '/v2/oauth/token/', method: 'POST' }, anything));
    expect(error).toBeInstanceOf(TokenInvalidError);
    expect(error).toMatchObject({ reconnectNeeded: true, reason: 'Refresh token is invalid or expired.', details: { traceId: 'L1' } });
  });

  it('a dropped connection → TransientError, never an axios error', async () => {
    const { networks } = networksFor(server);
    server.reply({ drop: true });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/me' }, anything));
    expect(isAxiosError(error)).toBe(false);
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ details: { transport: 'ECONNRESET' } });
    expect((error as TransientError).details.httpStatus).toBeUndefined();
  });

  it('a timeout → TransientError (ETIMEDOUT)', async () => {
    const http = createPlatformHttp({ network: 'metaGraph', baseURL: server.baseUrl, timeoutMs: 150, now: () => FIXED_NOW });
    server.reply({ hang: true });
    const error = await rejectionOf(() => http.request({ url: '/v25.0/me' }, anything));
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ details: { transport: 'ETIMEDOUT' } });
  });

  it('a refused connection → TransientError (ECONNREFUSED)', async () => {
    const { networks } = networksFor(server);
    await server.close();
    const error = await rejectionOf(() => networks.tiktokApi.request({ url: '/v2/user/info/' }, anything));
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ details: { transport: 'ECONNREFUSED', platform: 'tiktok' } });
    server = await startCannedServer();
  });

  it('a success whose body is not JSON, or not the expected shape → TransientError (unreadable_response)', async () => {
    const { networks } = networksFor(server);
    server.reply({ text: '{"id": "17", "trunc' }, { json: { name: 'no id here' } });
    const schema = z.object({ id: z.string() });
    for (let i = 0; i < 2; i++) {
      const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/me' }, schema));
      expect(error).toBeInstanceOf(TransientError);
      expect(error).toMatchObject({ details: { transport: 'unreadable_response', httpStatus: 200 } });
    }
  });

  it('an error status with a body that is not JSON → classified by status alone', async () => {
    const { networks } = networksFor(server);
    server.reply({ status: 400, text: 'Bad Request' });
    const error = await rejectionOf(() => networks.metaGraph.request({ url: '/v25.0/me' }, anything));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ details: { httpStatus: 400 } });
    expect((error as PermanentError).details.code).toBeUndefined();
  });

  it('the same conversion applies when a caller uses the axios instance directly', async () => {
    const http = createPlatformHttp({
      network: 'metaGraph',
      baseURL: server.baseUrl,
      timeoutMs: 5_000,
      now: () => FIXED_NOW,
      usage: { ledger: createUsageLedger({ now: () => FIXED_NOW }), app: 'facebookApp' },
    });
    server.reply({ status: 400, json: graphError({ code: 190 }) });
    const error = await rejectionOf(() => http.axios.get('/v25.0/me'));
    expect(error).toBeInstanceOf(TokenInvalidError);
  });
});
