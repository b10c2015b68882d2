import { randomUUID } from 'node:crypto';
import type { AccountSummary, ConnectResult, ConnectStart, SignInNetwork } from '../../../preload/contract';
import type { Logger } from '../../diagnostics/logger';
import { DomainError } from '../../errors/domainError';
import { accountSecretName, accountSecretPrefix, type AccountsRepository } from '../accountsRepository';
import { listenForOAuthCallback, type LoopbackCallback } from '../oauth/loopbackCallback';
import { createOAuthState } from '../oauth/pkce';
import type { PlatformAccessFor } from '../platformAccess';
import type { TokenVault } from '../tokenVault';
import type { PendingCandidate } from './pendingCandidate';
import { CALLBACK_PATH } from './signInScopes';
import { createSignInFlow, type SignInOutcome } from './signInFlows';

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
  /** The demo sandbox or the real platforms with the owner's developer apps. */
  platformAccessFor: PlatformAccessFor;
  /** Runs `work` in one database transaction (accounts and their secrets land together). */
  transaction<T>(work: () => T): T;
  /**
   * Opens the sign-in page in the system browser. Resolves false where main cannot (browser
   * mode), and the renderer opens it instead.
   */
  openAuthorizationPage(url: string): Promise<boolean>;
  /** Meta and Instagram match redirect URIs exactly, so their callback port is fixed (0 picks a free one). */
  metaCallbackPort: number;
  /** How long the owner has in the browser (5 minutes unless a test says otherwise). */
  callbackTimeoutMs?: number;
  onAccountsChanged(): void;
  logger: Logger;
  now?: () => Date;
}

interface Attempt {
  id: string;
  listener: LoopbackCallback;
  /** Settles with the candidates once the callback came and the exchanges are done. */
  outcome: Promise<SignInOutcome>;
  expiry?: ReturnType<typeof setTimeout>;
}

export interface BeginOptions {
  demo: boolean;
  reconsent?: boolean;
}

/**
 * Connecting accounts through the platforms' own sign-in (RFC 8252 loopback): begin opens the
 * browser, finish waits for the owner and returns what they may add, confirm saves the chosen
 * accounts with their tokens in the vault. One attempt at a time; tokens of an unconfirmed
 * attempt live only in memory.
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

  async function begin(network: SignInNetwork, options: BeginOptions): Promise<ConnectStart> {
    drop(current);
    const access = await deps.platformAccessFor(options.demo);
    // Asks for the developer app first: a missing one is reported before any port is taken.
    const flow = await createSignInFlow(network, {
      access,
      reconsent: options.reconsent ?? false,
      isConnected: (platform, id) => deps.accounts.isConnected(platform, id, options.demo),
      now,
    });
    const state = createOAuthState();
    const listener = await listenForOAuthCallback({
      port: flow.fixedPort ? deps.metaCallbackPort : 0,
      path: CALLBACK_PATH,
      expectedState: state,
      logger: deps.logger,
      ...(deps.callbackTimeoutMs !== undefined && { timeoutMs: deps.callbackTimeoutMs }),
    });
    let url: string;
    try {
      url = flow.authorizationUrl(listener.redirectUri, state);
    } catch (error) {
      listener.cancel();
      throw error;
    }
    const outcome = listener.code.then((code) => flow.complete(code, listener.redirectUri));
    // finish() reports failures; an attempt nobody finishes must not leave an unhandled rejection.
    outcome.catch(() => {});
    const attempt: Attempt = { id: randomUUID(), listener, outcome };
    current = attempt;
    deps.logger.info({ network, demo: options.demo, attempt: attempt.id }, 'accounts: sign-in started');
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
    // Encryption is asynchronous (the keyring); it happens first so that the accounts and their
    // secrets are then written in one transaction: a crash leaves all of them or none.
    const sealed = await Promise.all(ordered.map((p) => sealSecrets(p)));
    deps.transaction(() => {
      const savedIds = new Map<string, string>();
      ordered.forEach(({ candidate, account, tiktokCreator }, index) => {
        const linked = candidate.linkedCandidateId ? (savedIds.get(candidate.linkedCandidateId) ?? null) : null;
        const accountId = deps.accounts.save({ ...account, linkedAccountId: linked });
        if (tiktokCreator) deps.accounts.setTikTokCreator(accountId, tiktokCreator);
        savedIds.set(candidate.candidateId, accountId);
        // A reconnect replaces every secret of the account, so nothing stale outlives it.
        deps.vault.removeByPrefix(accountSecretPrefix(accountId));
        for (const secret of sealed[index] ?? []) {
          deps.vault.storeSealed(accountSecretName(accountId, secret.kind), secret.sealed, secret.options);
        }
      });
    });
    drop(attempt);
    deps.logger.info({ added: ordered.length }, 'accounts: connected');
    deps.onAccountsChanged();
    return deps.accounts.list();
  }

  async function sealSecrets(pending: PendingCandidate) {
    return Promise.all(
      pending.secrets.map(async (secret) => ({
        kind: secret.kind,
        sealed: await deps.vault.seal(secret.value),
        options: secret.expiresAt ? { expiresAt: secret.expiresAt } : {},
      })),
    );
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
