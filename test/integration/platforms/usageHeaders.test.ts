import { describe, expect, it } from 'vitest';
import { fetchFacebookUser, fetchPageInstagramAccountId } from '../../../main/platforms/meta/graphUser';
import { fetchPublishingLimit } from '../../../main/platforms/meta/instagramPublishing';
import { ThrottledError } from '../../../main/platforms/platformErrors';
import type { UsageApp } from '../../../main/platforms/usageLedger';
import type { PlatformSandbox } from './support/platformSandbox';
import { DAY, HOUR, MINUTE, usePlatformSandbox } from './support/platformSandbox';

/**
 * Meta's usage headers as the scheduler reads them: after every call the clients' usage ledger
 * holds exactly the figures the sandbox sent (read here from the raw answers), and
 * suggestedPauseUntil starts asking for a pause above 90 percent or when the BUC header gives an
 * estimated_time_to_regain_access. Small budgets make the thresholds a handful of calls away.
 */
interface AppUsageHeader {
  call_count: number;
  total_cputime: number;
  total_time: number;
}
interface BucEntry extends AppUsageHeader {
  type: string;
  estimated_time_to_regain_access: number;
}

function appUsageInLedger(context: PlatformSandbox, app: UsageApp) {
  return context.ledger.snapshot().apps.find((entry) => entry.app === app);
}

function expectLedgerMatchesHeader(context: PlatformSandbox, app: UsageApp, header: AppUsageHeader): void {
  expect(appUsageInLedger(context, app)).toEqual({
    app,
    usage: { callCount: header.call_count, totalCputime: header.total_cputime, totalTime: header.total_time },
    observedAt: context.now(),
  });
}

describe('X-App-Usage (20 calls an hour: 5% a call)', () => {
  const ctx = usePlatformSandbox({ seed: 'platforms-usage-app', settings: { limits: { appCallsPerHour: 20 } } });

  it('the ledger follows the header call by call; above 90% it suggests an hour’s pause; at 100% the call is refused', async () => {
    const tap = ctx.tap('metaGraph');
    const accessToken = ctx.metaUserToken();
    for (let call = 1; call <= 18; call++) {
      await fetchFacebookUser(ctx.networks.metaGraph, { accessToken });
      const header = tap.lastJsonHeader<AppUsageHeader>('x-app-usage');
      expect(header.call_count).toBe(call * 5);
      expectLedgerMatchesHeader(ctx, 'facebookApp', header);
    }
    // 90% is "about to exceed" only above 90.
    expect(ctx.ledger.suggestedPauseUntil()).toBeNull();

    await fetchFacebookUser(ctx.networks.metaGraph, { accessToken });
    expect(tap.lastJsonHeader<AppUsageHeader>('x-app-usage').call_count).toBe(95);
    const pausedAt = ctx.now();
    expect(ctx.ledger.suggestedPauseUntil()).toEqual(new Date(pausedAt.getTime() + HOUR));
    // An app-level pause holds for every account.
    expect(ctx.ledger.suggestedPauseUntil(ctx.demo.meta.pageId)).toEqual(new Date(pausedAt.getTime() + HOUR));

    await fetchFacebookUser(ctx.networks.metaGraph, { accessToken });
    const refused = await ctx.failure(fetchFacebookUser(ctx.networks.metaGraph, { accessToken }), ThrottledError);
    expect(refused.details.code).toBe(4);
    expect(refused).toMatchObject({ scope: 'app', retryAfter: new Date(ctx.now().getTime() + HOUR) });
    // The refusal's own header (100%) reached the ledger too.
    expect(tap.last().status).toBe(400);
    expectLedgerMatchesHeader(ctx, 'facebookApp', tap.lastJsonHeader<AppUsageHeader>('x-app-usage'));

    // An hour later the rolling window is empty again, and so is the pause.
    ctx.advance(HOUR);
    expect(ctx.ledger.suggestedPauseUntil()).toBeNull();
    await fetchFacebookUser(ctx.networks.metaGraph, { accessToken });
    expect(appUsageInLedger(ctx, 'facebookApp')?.usage.callCount).toBe(5);
  });

  it('graph.instagram.com answers are recorded under the Instagram Login app', async () => {
    const tap = ctx.tap('instagramGraph');
    ctx.advance(HOUR);
    await fetchPublishingLimit(ctx.networks.instagramGraph, { igUserId: ctx.demo.instagram.accountId, accessToken: ctx.instagramToken() });
    expectLedgerMatchesHeader(ctx, 'instagramApp', tap.lastJsonHeader<AppUsageHeader>('x-app-usage'));
    const buc = tap.lastJsonHeader<Record<string, BucEntry[]>>('x-business-use-case-usage');
    const account = ctx.ledger.snapshot().accounts.find((entry) => entry.accountId === ctx.demo.instagram.accountId);
    expect(account?.usage).toEqual(
      (buc[ctx.demo.instagram.accountId] ?? []).map((entry) => ({
        type: entry.type,
        callCount: entry.call_count,
        totalCputime: entry.total_cputime,
        totalTime: entry.total_time,
        estimatedMinutesToRegainAccess: entry.estimated_time_to_regain_access,
      })),
    );
  });
});

describe('X-Business-Use-Case-Usage (20 Page calls a day: 5% a call)', () => {
  const ctx = usePlatformSandbox({ seed: 'platforms-usage-buc', settings: { limits: { businessCallsPerDay: 20 } } });

  it('per Page: above 90% an hour’s pause, at 100% the platform’s estimate, then 80001 with that estimate', async () => {
    const tap = ctx.tap('metaGraph');
    const pageId = ctx.demo.meta.pageId;
    const pageAccessToken = await ctx.pageToken();
    const pageCall = () => fetchPageInstagramAccountId(ctx.networks.metaGraph, { pageId, pageAccessToken });
    const bucEntry = () => tap.lastJsonHeader<Record<string, BucEntry[]>>('x-business-use-case-usage')[pageId]?.[0];
    const ledgerEntry = () => ctx.ledger.snapshot().accounts.find((entry) => entry.accountId === pageId)?.usage[0];

    for (let call = 1; call <= 18; call++) {
      await pageCall();
      expect(bucEntry()).toMatchObject({ type: 'pages', call_count: call * 5, estimated_time_to_regain_access: 0 });
      expect(ledgerEntry()).toMatchObject({ type: 'pages', callCount: call * 5, estimatedMinutesToRegainAccess: 0 });
    }
    expect(ctx.ledger.suggestedPauseUntil(pageId)).toBeNull();

    await pageCall();
    expect(bucEntry()?.call_count).toBe(95);
    expect(ctx.ledger.suggestedPauseUntil(pageId)).toEqual(new Date(ctx.now().getTime() + HOUR));
    // Only this Page waits: the app is far from its budget.
    expect(ctx.ledger.suggestedPauseUntil(ctx.demo.instagram.accountId)).toBeNull();
    expect(ctx.ledger.suggestedPauseUntil()).toBeNull();

    ctx.advance(MINUTE);
    await pageCall();
    const full = bucEntry();
    expect(full?.call_count).toBe(100);
    expect(full?.estimated_time_to_regain_access).toBeGreaterThan(0);
    expect(ledgerEntry()?.estimatedMinutesToRegainAccess).toBe(full?.estimated_time_to_regain_access);
    const estimateMs = (full?.estimated_time_to_regain_access ?? 0) * MINUTE;
    expect(ctx.ledger.suggestedPauseUntil(pageId)).toEqual(new Date(ctx.now().getTime() + estimateMs));

    const refused = await ctx.failure(pageCall(), ThrottledError);
    expect(refused.details.code).toBe(80001);
    const refusalEstimate = (bucEntry()?.estimated_time_to_regain_access ?? 0) * MINUTE;
    expect(refusalEstimate).toBeGreaterThan(0);
    expect(refused.retryAfter).toEqual(new Date(ctx.now().getTime() + refusalEstimate));

    // A day after the first calls the window has room again.
    ctx.advance(DAY);
    await pageCall();
    expect(ledgerEntry()?.callCount).toBeLessThan(90);
    expect(ctx.ledger.suggestedPauseUntil(pageId)).toBeNull();
  });
});
