import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountSummary, type ConnectResult } from '../../../preload/contract';
import type { OutpostCore } from '../../../main/core';
import { answerConsent } from '../../support/consentBrowser';
import { makeTempDirectory } from '../../support/tempDirectory';
import { createTestCore, type TestCore } from '../../support/testCore';

/**
 * Demo mode end to end under Node: the real core, the in-process sandbox, the loopback listener,
 * and a scripted browser on the sandbox's consent page. Only the window is missing.
 */
describe('connecting demo accounts', () => {
  let data: ReturnType<typeof makeTempDirectory>;
  let core: OutpostCore;
  let events: TestCore['events'];

  beforeEach(() => {
    data = makeTempDirectory('demo-connect');
    ({ core, events } = createTestCore(data.path));
  });
  afterEach(async () => {
    await core.close();
    data.remove();
  });

  const h = () => core.handlers;

  async function signIn(network: 'meta' | 'tiktok'): Promise<ConnectResult> {
    const start = await h()['accounts.beginConnect']({ network, demo: true });
    expect(start.authorizationUrl).toBeDefined();
    const landing = await answerConsent(start.authorizationUrl!, 'allow');
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('You are connected');
    return h()['accounts.finishConnect']({ attemptId: start.attemptId });
  }

  it('offers the demo while there are no accounts', async () => {
    expect(await h()['demo.status'](undefined)).toEqual({ hasAnyAccount: false, demoAccountCount: 0 });
  });

  it("connects the demo bakery's Facebook Page and its linked Instagram account through Meta's sign-in", async () => {
    const result = await signIn('meta');
    expect(result.missingScopes).toEqual([]);
    expect(result.candidates.map((c) => [c.platform, c.displayName, c.alreadyConnected])).toEqual([
      ['facebook', "Rosie's Bakery", false],
      ['instagram', expect.any(String), false],
    ]);
    const [page, instagram] = result.candidates;
    expect(instagram!.linkedCandidateId).toBe(page!.candidateId);

    const accounts = await h()['accounts.confirmConnect']({
      attemptId: result.attemptId,
      candidateIds: [instagram!.candidateId, page!.candidateId],
    });
    const byPlatform = Object.fromEntries(accounts.map((a) => [a.platform, a])) as Record<string, AccountSummary>;
    expect(byPlatform.facebook).toMatchObject({ isDemo: true, health: { state: 'connected' }, linkedAccountId: null, loginPath: 'facebook_login' });
    expect(byPlatform.instagram).toMatchObject({ isDemo: true, linkedAccountId: byPlatform.facebook!.id });
    expect(events.at(-1)).toEqual({ event: 'accounts.changed', payload: accounts });
    // Exactly the contract's fields reach the renderer: no token rides along.
    for (const account of accounts) expect(Object.keys(account).sort()).toEqual(Object.keys(AccountSummary.shape).sort());
    expect(await h()['demo.status'](undefined)).toEqual({ hasAnyAccount: true, demoAccountCount: 2 });
  });

  it('connects the demo TikTok account with PKCE, and marks it connected on a second sign-in', async () => {
    const first = await signIn('tiktok');
    expect(first.candidates).toHaveLength(1);
    expect(first.candidates[0]).toMatchObject({ platform: 'tiktok', alreadyConnected: false });
    await h()['accounts.confirmConnect']({ attemptId: first.attemptId, candidateIds: [first.candidates[0]!.candidateId] });

    const second = await signIn('tiktok');
    expect(second.candidates[0]).toMatchObject({ alreadyConnected: true });
    const accounts = await h()['accounts.confirmConnect']({ attemptId: second.attemptId, candidateIds: [second.candidates[0]!.candidateId] });
    expect(accounts.filter((a) => a.platform === 'tiktok')).toHaveLength(1);
  });

  it("keeps the TikTok creator's posting settings read at sign-in, for the composer offline", async () => {
    const before = Date.now();
    const result = await signIn('tiktok');
    const accounts = await h()['accounts.confirmConnect']({ attemptId: result.attemptId, candidateIds: [result.candidates[0]!.candidateId] });

    // The demo creator (sandbox demoWorld.ts): a public account, stitching off, 10-minute videos.
    const tiktok = accounts.find((account) => account.platform === 'tiktok');
    expect(tiktok?.tiktokCreator).toEqual({
      privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
      commentDisabled: false,
      duetDisabled: false,
      stitchDisabled: true,
      maxVideoPostDurationSec: 600,
      readAt: expect.any(String),
    });
    expect(Date.parse(tiktok!.tiktokCreator!.readAt)).toBeGreaterThanOrEqual(before - 1000);
    // Stored, not only returned: a fresh read of the accounts has them.
    expect((await h()['accounts.list'](undefined)).find((account) => account.id === tiktok!.id)?.tiktokCreator).toEqual(tiktok!.tiktokCreator);
  });

  it('reports a declined consent as a cancelled sign-in and adds nothing', async () => {
    const start = await h()['accounts.beginConnect']({ network: 'meta', demo: true });
    await answerConsent(start.authorizationUrl!, 'cancel');
    await expect(h()['accounts.finishConnect']({ attemptId: start.attemptId })).rejects.toMatchObject({ code: 'AUTH_CANCELLED' });
    expect(h()['accounts.list'](undefined)).toEqual([]);
  });

  it('stops listening when the owner cancels in Outpost', async () => {
    const start = await h()['accounts.beginConnect']({ network: 'tiktok', demo: true });
    const waiting = h()['accounts.finishConnect']({ attemptId: start.attemptId });
    h()['accounts.cancelConnect']({ attemptId: start.attemptId });
    await expect(waiting).rejects.toMatchObject({ code: 'AUTH_CANCELLED' });
    await expect(h()['accounts.finishConnect']({ attemptId: start.attemptId })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('refuses to add an account that was not part of the sign-in', async () => {
    const result = await signIn('tiktok');
    await expect(
      h()['accounts.confirmConnect']({ attemptId: result.attemptId, candidateIds: ['facebook:someone-else'] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(h()['accounts.list'](undefined)).toEqual([]);
  });

  it('removes the demo in one step: accounts, their sign-ins and the sandbox data', async () => {
    const meta = await signIn('meta');
    await h()['accounts.confirmConnect']({ attemptId: meta.attemptId, candidateIds: meta.candidates.map((c) => c.candidateId) });
    const tiktok = await signIn('tiktok');
    await h()['accounts.confirmConnect']({ attemptId: tiktok.attemptId, candidateIds: [tiktok.candidates[0]!.candidateId] });
    expect(await h()['demo.status'](undefined)).toMatchObject({ demoAccountCount: 3 });
    await vi.waitFor(() => expect(existsSync(join(data.path, 'demo', 'sandbox-state.json'))).toBe(true));

    await h()['demo.remove'](undefined);

    expect(h()['accounts.list'](undefined)).toEqual([]);
    expect(await h()['demo.status'](undefined)).toEqual({ hasAnyAccount: false, demoAccountCount: 0 });
    expect(core.database.db.prepare('SELECT count(*) AS n FROM secrets').get()).toEqual({ n: 0 });
    expect(existsSync(join(data.path, 'demo'))).toBe(false);
    expect(events.at(-1)).toEqual({ event: 'accounts.changed', payload: [] });
  });
});
