import { randomUUID } from 'node:crypto';
import type { AccountSummary, ConnectResult, ConnectStart, SignInNetwork } from '../../../preload/contract';
import type { DemoSandbox } from '../../demo/demoSandbox';
import type { Logger } from '../../diagnostics/logger';
import { DomainError } from '../../errors/domainError';
import { buildFacebookLoginUrl } from '../../platforms/meta/facebookLogin';
import type { PlatformNetworks } from '../../platforms/platformNetworks';
import type { PlatformEndpoints } from '../../platforms/endpoints';
import { buildTikTokAuthorizeUrl } from '../../platforms/tiktok/tiktokLogin';
import { accountSecretPrefix, type AccountsRepository } from '../accountsRepository';
import { listenForOAuthCallback, type LoopbackCallback } from '../oauth/loopbackCallback';
import { createOAuthState, createPkcePair } from '../oauth/pkce';
import type { TokenVault } from '../tokenVault';
import { completeMetaSignIn } from './metaSignIn';
import type { PendingCandidate } from './pendingCandidate';
import { CALLBACK_PATH, META_SCOPES, TIKTOK_SCOPES } from './signInScopes';
import { completeTikTokSignIn } from './tiktokSignIn';

/** The picker's tokens are dropped if the owner walks away from it. */
const PICKER_LIFETIME_MS = 10 * 60_000;

export class UnknownConnectAttemptError extends DomainError {
  constructor() {
    super('VALIDATION_FAILED', 'That sign-in is no longer open.', 'Start connecting again.');
  }
}

export interface ConnectServiceDeps {
  accounts: AccountsRepository;
  vault: TokenVault;
  demo: DemoSandbox;
  /** Builds the platform clients for a set of endpoints (the demo sandbox's here). */
  createNetworks(endpoints: PlatformEndpoints): PlatformNetworks;
  /**
   * Opens the sign-in page in the system browser. Resolves false where main cannot (browser
   * mode), and the renderer opens it instead.
   */
  openAuthorizationPage(url: string): Promise<boolean>;
  /** Meta matches redirect URIs exactly, so its callback port is fixed (0 picks a free one). */
  metaCallbackPort: number;
  onAccountsChanged(): void;
  logger: Logger;
  now?: () => Date;
}

interface Attempt {
  id: string;
  listener: LoopbackCallback;
  /** Settles with the candidates once the callback came and the exchanges are done. */
  outcome: Promise<{ pending: PendingCandidate[]; missingScopes: string[] }>;
  expiry?: ReturnType<typeof setTimeout>;
}

/**
 * Connecting accounts through the platforms' own sign-in (RFC 8252 loopback): begin opens the
 * browser, finish waits for the owner and returns what they may add, confirm saves the chosen
 * accounts with their tokens in the vault. One attempt at a time; tokens of an unconfirmed
 * attempt live only in memory. Only demo accounts for now (the sandbox); developer-app setup
 * for live accounts plugs in here later.
 */
export function createConnectService(deps: ConnectServiceDeps) {
  const now = deps.now ?? (() => new Date());
  let current: Attempt | undefined;

  const drop = (attempt: Attempt | undefined) => {
    if (!attempt) return;
    clearTimeout(attempt.expiry);
    attempt.listener.cancel();
    if (current === attempt) current = undefined;
  };
  const find = (attemptId: string) => {
    if (!current || current.id !== attemptId) throw new UnknownConnectAttemptError();
    return current;
  };

  async function begin(network: SignInNetwork): Promise<ConnectStart> {
    drop(current);
    const environment = await deps.demo.environment();
    const networks = deps.createNetworks(environment.endpoints);
    const state = createOAuthState();
    let listener: LoopbackCallback;
    let url: string;
    let outcome: Attempt['outcome'];

    if (network === 'meta') {
      listener = await listenForOAuthCallback({ port: deps.metaCallbackPort, path: CALLBACK_PATH, expectedState: state, logger: deps.logger });
      environment.registerMetaRedirectUri(listener.redirectUri);
      url = buildFacebookLoginUrl(environment.endpoints, {
        appId: environment.meta.appId,
        redirectUri: listener.redirectUri,
        state,
        scopes: META_SCOPES,
      });
      outcome = listener.code.then((code) =>
        completeMetaSignIn({
          networks,
          app: environment.meta,
          redirectUri: listener.redirectUri,
          code,
          isDemo: true,
          isConnected: (platform, id) => deps.accounts.isConnected(platform, id, true),
          now: now(),
        }),
      );
    } else {
      const pkce = createPkcePair('hex');
      listener = await listenForOAuthCallback({ port: 0, path: CALLBACK_PATH, expectedState: state, logger: deps.logger });
      url = buildTikTokAuthorizeUrl(environment.endpoints, {
        clientKey: environment.tiktok.clientKey,
        redirectUri: listener.redirectUri,
        scopes: TIKTOK_SCOPES,
        state,
        codeChallenge: pkce.challenge,
      });
      outcome = listener.code.then((code) =>
        completeTikTokSignIn({
          networks,
          app: environment.tiktok,
          redirectUri: listener.redirectUri,
          code,
          codeVerifier: pkce.verifier,
          isDemo: true,
          isConnected: (id) => deps.accounts.isConnected('tiktok', id, true),
          now: now(),
        }),
      );
    }
    // finish() reports failures; an attempt nobody finishes must not leave an unhandled rejection.
    outcome.catch(() => {});
    const attempt: Attempt = { id: randomUUID(), listener, outcome };
    current = attempt;
    deps.logger.info({ network, attempt: attempt.id }, 'accounts: sign-in started');
    const opened = await deps.openAuthorizationPage(url);
    return opened ? { attemptId: attempt.id } : { attemptId: attempt.id, authorizationUrl: url };
  }

  async function finish(attemptId: string): Promise<ConnectResult> {
    const attempt = find(attemptId);
    try {
      const { pending, missingScopes } = await attempt.outcome;
      clearTimeout(attempt.expiry);
      attempt.expiry = setTimeout(() => drop(attempt), PICKER_LIFETIME_MS);
      attempt.expiry.unref();
      return { attemptId, candidates: pending.map((p) => p.candidate), missingScopes };
    } catch (error) {
      drop(attempt);
      throw error;
    }
  }

  async function confirm(attemptId: string, candidateIds: readonly string[]): Promise<AccountSummary[]> {
    const attempt = find(attemptId);
    const { pending } = await attempt.outcome;
    const chosen = new Set(candidateIds);
    if (candidateIds.some((id) => !pending.some((p) => p.candidate.candidateId === id))) {
      throw new DomainError('VALIDATION_FAILED', 'Some of the chosen accounts were not part of this sign-in.');
    }
    // Pages first, so an Instagram account can point at its Page's saved row.
    const ordered = pending
      .filter((p) => chosen.has(p.candidate.candidateId))
      .sort((a, b) => Number(a.candidate.linkedCandidateId !== null) - Number(b.candidate.linkedCandidateId !== null));
    const savedIds = new Map<string, string>();
    for (const { candidate, account, secrets } of ordered) {
      const linked = candidate.linkedCandidateId ? savedIds.get(candidate.linkedCandidateId) ?? null : null;
      const accountId = deps.accounts.save({ ...account, linkedAccountId: linked });
      savedIds.set(candidate.candidateId, accountId);
      for (const secret of secrets) {
        const options = secret.expiresAt ? { expiresAt: secret.expiresAt } : {};
        await deps.vault.store(`${accountSecretPrefix(accountId)}${secret.kind}`, secret.value, options);
      }
    }
    drop(attempt);
    deps.logger.info({ added: ordered.length }, 'accounts: connected');
    deps.onAccountsChanged();
    return deps.accounts.list();
  }

  return {
    begin,
    finish,
    confirm,
    cancel(attemptId: string) {
      if (current?.id === attemptId) drop(current);
    },
    /** Forgets any open sign-in (before removing the demo, or on quit). */
    cancelAll: () => drop(current),
  };
}

export type ConnectService = ReturnType<typeof createConnectService>;
