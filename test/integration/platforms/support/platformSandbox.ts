import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { resolveEndpoints, type PlatformEndpoints } from '../../../../main/platforms/endpoints';
import { fetchManagedPages } from '../../../../main/platforms/meta/graphUser';
import { PlatformError } from '../../../../main/platforms/platformErrors';
import { createPlatformNetworks, type PlatformNetworks } from '../../../../main/platforms/platformNetworks';
import { createUsageLedger, type UsageLedger } from '../../../../main/platforms/usageLedger';
import { createManualClock, startSandbox, type DemoAccounts, type Sandbox, type SandboxOptions } from '../../../../main/sandbox';
import { tapResponses, type ResponseTap } from './responseTap';
import { findLeaks, issuedSecrets } from './secretScan';

/**
 * One sandbox per test file (port 0, a manual clock, the file's own seed) and the real platform
 * clients pointed at it through the same OUTPOST_* variables the app reads. Time moves only when a
 * test calls `advance`, and the clients read the sandbox's clock, so processing delays, expiries
 * and retryAfter values are exact, never timed.
 *
 * Every failure a test expects goes through `failure()`, which insists on a PlatformError (never
 * a raw axios error) of the expected class and keeps it; after the file, all of them are scanned
 * for every token, code and secret the sandbox issued (secretScan.ts).
 */
export const START = Date.UTC(2026, 0, 15, 9, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A PlatformError class, abstract PlatformError itself included (its constructor is protected). */
type ErrorClass<E> = { readonly prototype: E; readonly name: string };

export type PlatformSandboxOptions = Omit<SandboxOptions, 'clock' | 'port' | 'seed'> & { seed: string };

export class PlatformSandbox {
  private started: { sandbox: Sandbox; networks: PlatformNetworks; endpoints: PlatformEndpoints; ledger: UsageLedger } | null = null;
  private taps = new Map<keyof PlatformNetworks, ResponseTap>();
  /** Every error the file's tests caught, for the token scan. */
  readonly caught: unknown[] = [];
  /** Secrets the sandbox does not keep in its state (consent ids, PKCE verifiers), added by helpers. */
  readonly extraSecrets: { kind: string; value: string }[] = [];

  constructor(readonly options: PlatformSandboxOptions) {}

  async start(): Promise<void> {
    const sandbox = await startSandbox({ ...this.options, clock: createManualClock(START), port: 0 });
    const endpoints = resolveEndpoints(sandbox.env);
    const now = () => new Date(sandbox.control.clock.now());
    const ledger = createUsageLedger({ now });
    this.started = { sandbox, endpoints, ledger, networks: createPlatformNetworks({ endpoints, ledger, now }) };
  }

  private get running() {
    if (!this.started) throw new Error('The sandbox is not running: use it inside a test.');
    return this.started;
  }

  get sandbox(): Sandbox {
    return this.running.sandbox;
  }
  get networks(): PlatformNetworks {
    return this.running.networks;
  }
  get endpoints(): PlatformEndpoints {
    return this.running.endpoints;
  }
  get ledger(): UsageLedger {
    return this.running.ledger;
  }
  get demo(): DemoAccounts {
    return this.sandbox.control.demo();
  }
  get control(): Sandbox['control'] {
    return this.sandbox.control;
  }

  /** The raw answers one network received from here on (one tap per network). */
  tap(network: keyof PlatformNetworks): ResponseTap {
    let tap = this.taps.get(network);
    if (!tap) this.taps.set(network, (tap = tapResponses(this.networks[network])));
    return tap;
  }

  now(): Date {
    return new Date(this.sandbox.control.clock.now());
  }

  /** Moves the sandbox clock (and so processing, expiry and rolling windows) forward. */
  advance(ms: number): void {
    this.sandbox.control.clock.advance(ms);
  }

  /** A URL on the sandbox's public test-media host, which the sandbox itself fetches like Meta does. */
  mediaUrl(name: string, query: Record<string, string | number> = {}): string {
    const url = new URL(`${this.sandbox.urls.control}/media/${name}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    return url.toString();
  }

  /**
   * Tokens straight from the sandbox's control API, for tests that are not about logging in. A
   * Meta user token re-grants the demo app's default permissions (grants live on the user).
   */
  metaUserToken(options: { longLived?: boolean } = {}): string {
    return this.control.tokens.issueMetaUserToken(options).access_token;
  }

  /** The demo Page's token, the way Outpost gets it: from /me/accounts with a user token. */
  async pageToken(userToken = this.metaUserToken()): Promise<string> {
    const pages = await fetchManagedPages(this.networks.metaGraph, { accessToken: userToken });
    const page = pages.find((candidate) => candidate.id === this.demo.meta.pageId);
    if (!page) throw new Error('The demo Page is not among the managed Pages.');
    return page.accessToken;
  }

  instagramToken(scopes?: string[]): string {
    return this.control.tokens.issueInstagramToken(scopes ? { scopes } : {}).access_token;
  }

  tiktokToken(scopes?: string[]): string {
    return this.control.tokens.issueTikTokToken(scopes ? { scopes } : {}).access_token;
  }

  rememberSecret(kind: string, value: string): void {
    this.extraSecrets.push({ kind, value });
  }

  /**
   * The call must fail with a PlatformError of this class. The error is kept for the token scan
   * and returned for the test's own assertions.
   */
  async failure<E extends PlatformError>(call: Promise<unknown>, expected: ErrorClass<E>): Promise<E> {
    let error: unknown;
    try {
      await call;
    } catch (caught) {
      error = caught;
    }
    // No `value` in the message: a successful answer may hold tokens.
    if (error === undefined) expect.fail(`The call succeeded; expected ${expected.name}.`);
    this.caught.push(error);
    expect(error, 'the client let a non-platform error escape').toBeInstanceOf(PlatformError);
    expect(error).toBeInstanceOf(expected);
    return error as E;
  }

  /** Scans every caught error for every issued secret; the list of leaks must be empty. */
  scanCaughtErrors(): void {
    const secrets = [...issuedSecrets(this.sandbox.control.state()), ...this.extraSecrets];
    expect(findLeaks(this.caught, secrets), 'a sandbox secret appears in an error a client threw').toEqual([]);
  }

  async stop(): Promise<void> {
    await this.started?.sandbox.close();
    this.started = null;
    this.taps.clear();
  }
}

/**
 * Starts the sandbox before the file's tests, clears injected faults after each test (one test's
 * leftover fault must not hit the next), and after the file scans the caught errors, then stops.
 */
export function usePlatformSandbox(options: PlatformSandboxOptions): PlatformSandbox {
  const context = new PlatformSandbox(options);
  beforeAll(() => context.start());
  afterEach(() => context.control.faults.clear());
  afterAll(async () => {
    try {
      context.scanCaughtErrors();
    } finally {
      await context.stop();
    }
  });
  return context;
}
