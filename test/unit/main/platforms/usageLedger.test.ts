import { describe, expect, it } from 'vitest';
import type { BusinessUseCaseUsage } from '../../../../main/platforms/usageHeaders';
import { createUsageLedger } from '../../../../main/platforms/usageLedger';

const T0 = new Date('2026-05-04T10:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function ledgerAt(time: () => Date = () => T0) {
  return createUsageLedger({ now: time });
}

const app = (callCount: number, totalCputime = 0, totalTime = 0) => ({ callCount, totalCputime, totalTime });
const buc = (fields: Partial<BusinessUseCaseUsage>): BusinessUseCaseUsage => ({
  type: 'pages',
  callCount: 0,
  totalCputime: 0,
  totalTime: 0,
  estimatedMinutesToRegainAccess: 0,
  ...fields,
});

describe('usageLedger.suggestedPauseUntil', () => {
  it('suggests nothing with no usage recorded', () => {
    expect(ledgerAt().suggestedPauseUntil()).toBeNull();
    expect(ledgerAt().suggestedPauseUntil('112233')).toBeNull();
  });

  it('suggests nothing at 90 percent, and an hour above it (any of the three figures)', () => {
    const ledger = ledgerAt();
    ledger.record({ app: 'facebookApp', observedAt: T0, headers: { appUsage: app(90, 90, 90) } });
    expect(ledger.suggestedPauseUntil()).toBeNull();
    ledger.record({ app: 'facebookApp', observedAt: T0, headers: { appUsage: app(10, 91, 5) } });
    expect(ledger.suggestedPauseUntil()).toEqual(minutes(60));
  });

  it('applies an app pause to every account, since the app budget is shared', () => {
    const ledger = ledgerAt();
    ledger.record({ app: 'instagramApp', observedAt: T0, headers: { appUsage: app(99) } });
    expect(ledger.suggestedPauseUntil('any-account')).toEqual(minutes(60));
  });

  it('follows the platform estimate for a BUC account, in minutes', () => {
    const ledger = ledgerAt();
    ledger.record({
      app: 'facebookApp',
      observedAt: T0,
      headers: { businessUseCaseUsage: { '112233': [buc({ callCount: 100, estimatedMinutesToRegainAccess: 17 })] } },
    });
    expect(ledger.suggestedPauseUntil('112233')).toEqual(minutes(17));
    expect(ledger.suggestedPauseUntil('445566')).toBeNull();
    expect(ledger.suggestedPauseUntil()).toBeNull();
  });

  it('pauses a BUC account an hour when above 90 percent with no estimate', () => {
    const ledger = ledgerAt();
    ledger.record({
      app: 'facebookApp',
      observedAt: T0,
      headers: { businessUseCaseUsage: { '112233': [buc({ totalTime: 95 })] } },
    });
    expect(ledger.suggestedPauseUntil('112233')).toEqual(minutes(60));
  });

  it('takes the latest of all reasons to wait', () => {
    const ledger = ledgerAt();
    ledger.record({
      app: 'facebookApp',
      observedAt: T0,
      headers: {
        appUsage: app(95),
        businessUseCaseUsage: { '112233': [buc({ estimatedMinutesToRegainAccess: 5 }), buc({ type: 'instagram', estimatedMinutesToRegainAccess: 120 })] },
      },
    });
    expect(ledger.suggestedPauseUntil('112233')).toEqual(minutes(120));
  });

  it('stops suggesting a pause once it has passed', () => {
    let now = T0;
    const ledger = ledgerAt(() => now);
    ledger.record({ app: 'facebookApp', observedAt: T0, headers: { appUsage: app(100) } });
    now = minutes(59);
    expect(ledger.suggestedPauseUntil()).toEqual(minutes(60));
    now = minutes(60);
    expect(ledger.suggestedPauseUntil()).toBeNull();
  });

  it('lets the latest figure replace the last one', () => {
    const ledger = ledgerAt();
    ledger.record({ app: 'facebookApp', observedAt: T0, headers: { appUsage: app(97) } });
    ledger.record({ app: 'facebookApp', observedAt: minutes(1), headers: { appUsage: app(40) } });
    expect(ledger.suggestedPauseUntil()).toBeNull();
  });
});

describe('usageLedger.snapshot', () => {
  it('lists the latest figures per app and per account, and keeps a response without headers from erasing them', () => {
    const ledger = ledgerAt();
    ledger.record({
      app: 'facebookApp',
      observedAt: T0,
      headers: { appUsage: app(12, 3, 4), businessUseCaseUsage: { '112233': [buc({ callCount: 30 })] } },
    });
    ledger.record({ app: 'instagramApp', observedAt: minutes(2), headers: { appUsage: app(50) } });
    ledger.record({ app: 'facebookApp', observedAt: minutes(3), headers: {} });

    expect(ledger.snapshot()).toEqual({
      apps: [
        { app: 'facebookApp', usage: app(12, 3, 4), observedAt: T0 },
        { app: 'instagramApp', usage: app(50), observedAt: minutes(2) },
      ],
      accounts: [{ accountId: '112233', usage: [buc({ callCount: 30 })], observedAt: T0 }],
    });
  });
});
