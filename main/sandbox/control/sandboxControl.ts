import type { FailureRateSpec, FaultLogEntry, FaultPlan, MediaRejectionSpec, MetricWithdrawal, RequestFault, RequestFaultSpec } from '../faults/faultPlan';
import { LONG_LIVED_SECONDS } from '../meta/oauthAccessToken';
import { expireTokens, issueToken, revokeTokens, type RevokeReason, type TokenFilter } from '../world/accessTokens';
import { demoIds } from '../world/demoWorld';
import type { Platform, SandboxState } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';

/**
 * The in-process control API: what tests and demo mode use to steer the sandbox. The HTTP control
 * endpoint (/__sandbox/) exposes the same operations.
 */
export interface DemoAccounts {
  meta: { appId: string; appSecret: string; userId: string; userName: string; pageId: string; pageName: string; redirectUris: string[] };
  instagram: { accountId: string; username: string; appId: string; appSecret: string; redirectUris: string[] };
  tiktok: { clientKey: string; clientSecret: string; openId: string; displayName: string; redirectUris: string[] };
}

export interface IssuedToken {
  access_token: string;
  expires_in: number | null;
}

export interface SandboxControl {
  readonly clock: { now(): number; advance(ms: number): void };
  demo(): DemoAccounts;
  faults: {
    inject(spec: RequestFaultSpec): RequestFault;
    setFailureRate(spec: FailureRateSpec | null): void;
    rejectMedia(spec: MediaRejectionSpec): void;
    stickContainers(times?: number | null): void;
    /** Instagram stops serving a media metric for a product type (or all), until cleared. */
    withdrawMetric(spec: MetricWithdrawal): void;
    clear(): void;
    describe(): ReturnType<FaultPlan['describe']>;
    log(): FaultLogEntry[];
  };
  tokens: {
    expire(filter: TokenFilter): number;
    revoke(filter: TokenFilter, reason?: RevokeReason): number;
    /** A Meta user token with these permissions granted, without going through the dialog. */
    issueMetaUserToken(options?: { scopes?: string[]; longLived?: boolean }): IssuedToken;
    /**
     * The demo Meta user takes a permission back (as unticking it in the dialog): every token of
     * theirs, Page tokens included, is refused calls that need it until it is granted again.
     */
    declineMetaPermission(permission: string): void;
    /** An Instagram Login token for the demo account. */
    issueInstagramToken(options?: { scopes?: string[]; longLived?: boolean }): IssuedToken;
    /** A TikTok access token (and refresh token) for the demo user, or another user of the world. */
    issueTikTokToken(options?: { scopes?: string[]; openId?: string }): IssuedToken & { refresh_token: string; open_id: string };
  };
  setRedirectUris(platform: Platform, uris: string[]): void;
  /** TikTok: URL prefixes verified for PULL_FROM_URL, and whether the app passed the audit. */
  configureTikTok(options: { verifiedUrlPrefixes?: string[]; audited?: boolean }): void;
  /** A deep copy of the state (after bringing time-driven changes up to now). */
  state(): SandboxState;
  /** Back to the demo world of the seed (faults cleared, clock untouched). */
  reset(): void;
}

export interface ControlDependencies {
  world: SandboxWorld;
  faults: FaultPlan;
  settle(): void;
  reset(): void;
  issueTikTokTokens(scopes: string[] | undefined, openId?: string): IssuedToken & { refresh_token: string; open_id: string };
}

const DEFAULT_META_SCOPES = [
  'public_profile',
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_manage_engagement',
  'read_insights',
  'publish_video',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_insights',
  'instagram_manage_comments',
];

const DEFAULT_INSTAGRAM_SCOPES = ['instagram_business_basic', 'instagram_business_content_publish', 'instagram_business_manage_insights'];

export function createSandboxControl(deps: ControlDependencies): SandboxControl {
  const { world, faults } = deps;
  return {
    clock: {
      now: () => world.clock.now(),
      advance: (ms) => {
        world.clock.advance(ms);
        deps.settle();
      },
    },
    demo() {
      const { meta, instagram, tiktok } = world.state;
      const user = meta.users[demoIds.metaUserId];
      const page = meta.pages[demoIds.pageId];
      const account = instagram.accounts[demoIds.instagramAccountId];
      const tiktokUser = tiktok.users[demoIds.tiktokOpenId];
      return {
        meta: {
          appId: meta.app.id,
          appSecret: meta.app.secret,
          userId: demoIds.metaUserId,
          userName: user?.name ?? '',
          pageId: demoIds.pageId,
          pageName: page?.name ?? '',
          redirectUris: [...meta.app.redirectUris],
        },
        instagram: {
          accountId: demoIds.instagramAccountId,
          username: account?.username ?? '',
          appId: instagram.app.id,
          appSecret: instagram.app.secret,
          redirectUris: [...instagram.app.redirectUris],
        },
        tiktok: {
          clientKey: tiktok.app.clientKey,
          clientSecret: tiktok.app.clientSecret,
          openId: demoIds.tiktokOpenId,
          displayName: tiktokUser?.displayName ?? '',
          redirectUris: [...tiktok.app.redirectUris],
        },
      };
    },
    faults: {
      inject: (spec) => faults.inject(spec),
      setFailureRate: (spec) => faults.setFailureRate(spec),
      rejectMedia: (spec) => faults.rejectMedia(spec),
      stickContainers: (times = 1) => faults.stickContainers(times),
      withdrawMetric: (spec) => faults.withdrawMetric(spec),
      clear: () => faults.clear(),
      describe: () => faults.describe(),
      log: () => [...faults.log],
    },
    tokens: {
      expire: (filter) => expireTokens(world, filter),
      revoke: (filter, reason) => revokeTokens(world, filter, reason),
      declineMetaPermission(permission) {
        const user = world.state.meta.users[demoIds.metaUserId];
        if (!user) throw new Error('The demo user is missing.');
        user.permissions[permission] = 'declined';
      },
      issueMetaUserToken(options = {}) {
        const user = world.state.meta.users[demoIds.metaUserId];
        if (!user) throw new Error('The demo user is missing.');
        for (const scope of options.scopes ?? DEFAULT_META_SCOPES) user.permissions[scope] = 'granted';
        const lifetimeMs = options.longLived === false ? 3_600_000 : LONG_LIVED_SECONDS * 1000;
        const { token } = issueToken(world, {
          platform: 'meta',
          kind: 'user',
          subjectId: user.id,
          userId: user.id,
          appId: world.state.meta.app.id,
          lifetimeMs,
          longLived: options.longLived !== false,
          secretKind: 'metaUserToken',
        });
        return { access_token: token, expires_in: lifetimeMs / 1000 };
      },
      issueInstagramToken(options = {}) {
        const lifetimeMs = options.longLived === false ? 3_600_000 : LONG_LIVED_SECONDS * 1000;
        const { token } = issueToken(world, {
          platform: 'instagram',
          kind: 'user',
          subjectId: demoIds.instagramAccountId,
          userId: demoIds.instagramAccountId,
          appId: world.state.instagram.app.id,
          scopes: options.scopes ?? DEFAULT_INSTAGRAM_SCOPES,
          lifetimeMs,
          longLived: options.longLived !== false,
          secretKind: 'instagramToken',
        });
        return { access_token: token, expires_in: lifetimeMs / 1000 };
      },
      issueTikTokToken: (options = {}) => deps.issueTikTokTokens(options.scopes, options.openId),
    },
    setRedirectUris(platform, uris) {
      if (platform === 'meta') world.state.meta.app.redirectUris = [...uris];
      if (platform === 'instagram') world.state.instagram.app.redirectUris = [...uris];
      if (platform === 'tiktok') world.state.tiktok.app.redirectUris = [...uris];
    },
    configureTikTok(options) {
      if (options.verifiedUrlPrefixes) world.state.tiktok.app.verifiedUrlPrefixes = [...options.verifiedUrlPrefixes];
      if (options.audited !== undefined) world.state.tiktok.app.audited = options.audited;
    },
    state() {
      deps.settle();
      return structuredClone(world.state);
    },
    reset: () => deps.reset(),
  };
}
