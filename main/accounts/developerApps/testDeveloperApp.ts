import type { DeveloperAppCredentials } from '../../../preload/contract';
import { fetchMetaAppToken } from '../../platforms/meta/facebookLogin';
import { exchangeInstagramCode } from '../../platforms/meta/instagramLogin';
import { PermanentError, PlatformError } from '../../platforms/platformErrors';
import type { PlatformHttp } from '../../platforms/platformHttp';
import type { PlatformNetworks } from '../../platforms/platformNetworks';
import { fetchTikTokClientToken } from '../../platforms/tiktok/tiktokLogin';
import { DeveloperAppRejectedError } from './developerAppErrors';

/**
 * "Test connection": one call per platform that needs the id and the secret and nothing of a
 * person, so a typo shows up here rather than half-way through the first sign-in.
 *
 * Resolves when the platform accepted the pair; throws DeveloperAppRejectedError when it refused
 * the id or the secret, and any other PlatformError as it came. Above all, a network failure, a
 * 5xx or a throttle stays PLATFORM_UNAVAILABLE / RATE_LIMITED ("try again"): reading those as
 * "wrong secret" would send the owner hunting for a mistake they did not make.
 *
 * Whatever a platform hands back (an app token is the secret in another form) is dropped unread.
 */
export function testDeveloperApp(networks: PlatformNetworks, app: DeveloperAppCredentials, redirectUri: string): Promise<void> {
  switch (app.kind) {
    case 'meta':
      return testMetaApp(networks.metaGraph, app);
    case 'instagram':
      return probeInstagramApp(networks.instagramApi, app, redirectUri);
    case 'tiktok':
      return testTikTokApp(networks.tiktokApi, app);
  }
}

/**
 * An app access token (client_credentials). Graph names the half it refused: code 101 "Error
 * validating application. Invalid application ID." the id, code 1 at HTTP 400 "Error validating
 * client secret." the secret (the error table's [S6] [S54] row, a PermanentError). A code 1 from
 * a 5xx is a TransientError and passes through.
 */
async function testMetaApp(graph: PlatformHttp, app: DeveloperAppCredentials): Promise<void> {
  try {
    await fetchMetaAppToken(graph, { appId: app.appId, appSecret: app.appSecret });
  } catch (error) {
    if (error instanceof PermanentError && error.details.code === 101) {
      throw new DeveloperAppRejectedError('meta', 'Meta knows no app with this app id.', error);
    }
    if (error instanceof PermanentError && error.details.code === 1) {
      throw new DeveloperAppRejectedError('meta', 'the app secret is not the secret of this app id.', error);
    }
    throw error;
  }
}

/**
 * A client access token (client_credentials). TikTok answers `invalid_client` for a wrong key and
 * a wrong secret alike (its OAuth "Error Handling" page), so the owner is told it is one of the
 * two. `unauthorized_client` means TikTok authenticated the app but will not give it this grant
 * (RFC 6749 5.2), so the pair is right. UNCONFIRMED: whether TikTok refuses client tokens to a
 * Login Kit-only app at all, and if so with that answer.
 */
async function testTikTokApp(tiktokApi: PlatformHttp, app: DeveloperAppCredentials): Promise<void> {
  try {
    await fetchTikTokClientToken(tiktokApi, { clientKey: app.appId, clientSecret: app.appSecret });
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    if (error.details.errorCode === 'invalid_client') {
      throw new DeveloperAppRejectedError('tiktok', 'the client key or the client secret is wrong (TikTok does not say which).', error);
    }
    if (error.details.errorCode !== 'unauthorized_client') throw error;
  }
}

/** A code that no Instagram sign-in ever issued: its only job is to be refused. */
const PROBE_CODE = 'outpost-developer-app-test';

/**
 * Instagram Login apps have no call that checks an id and secret alone (no app token on
 * api.instagram.com). So this asks for the code exchange with the real id, secret and redirect
 * URI and a code that cannot exist, and reads the refusal: the exchange checks the client before
 * the code, so "the code is invalid" means the id and the secret passed.
 *
 * UNCONFIRMED on real Meta, an inference: the order (client id, then secret, then code) is how
 * the sandbox answers (main/sandbox/instagram/instagramLoginHost.ts) and how OAuth servers
 * authenticate the client before reading the grant (RFC 6749 5.2); the texts are the sandbox's and
 * what public Instagram clients report. api.instagram.com answers `{error_type, code,
 * error_message}` with no error number, so its words (the typed error's `reason`) are all there
 * is to read. Anything else it says, and every transient or throttled failure, is passed on as
 * it came rather than guessed at.
 */
async function probeInstagramApp(instagramApi: PlatformHttp, app: DeveloperAppCredentials, redirectUri: string): Promise<void> {
  try {
    // Should a made-up code ever be accepted, the pair works all the same; the token is dropped.
    await exchangeInstagramCode(instagramApi, { appId: app.appId, appSecret: app.appSecret, redirectUri, code: PROBE_CODE });
  } catch (error) {
    if (!(error instanceof PermanentError) || error.reason === undefined) throw error;
    const said = error.reason;
    if (/client secret/i.test(said)) {
      throw new DeveloperAppRejectedError('instagram', 'the app secret is not the secret of this Instagram app id.', error);
    }
    // "Invalid Client ID" (the sandbox); "Invalid platform app" is what public clients report
    // when the Meta app id was entered where the Instagram app id belongs.
    if (/client id|platform app/i.test(said)) {
      throw new DeveloperAppRejectedError(
        'instagram',
        'Instagram knows no app with this app id. Use the Instagram app id from "API setup with Instagram login", not the Meta app id.',
        error,
      );
    }
    if (!/(authorization|verification) code/i.test(said)) throw error;
  }
}
