import { describe, expect, it, vi } from 'vitest';
import type { Channel, ConnectStart, Result } from '../../../preload/contract';
import { createAccountsStore } from '../../../renderer/src/features/accounts/accountsStore';
import { allDemoAccounts, createFakeApi, type FakeApi } from './fakeApi';

function callsTo(fake: FakeApi, channel: Channel) {
  return fake.calls.filter((call) => call.channel === channel).map((call) => call.payload);
}

const noWindow = () => ({ open: vi.fn(() => null) });

/** Lets the fake's answers (promises) reach the store. */
const settleCalls = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('accounts store', () => {
  it('loads the accounts and the demo status from main', async () => {
    const fake = createFakeApi({ accounts: allDemoAccounts() });
    const store = createAccountsStore(fake.api, noWindow());
    expect(store.getState().accounts).toBeNull();

    await store.getState().load();

    expect(store.getState().accounts?.map((account) => account.id)).toEqual(allDemoAccounts().map((account) => account.id));
    expect(store.getState().status).toEqual({ hasAnyAccount: true, demoAccountCount: 3 });
    expect(callsTo(fake, 'demo.status')).toHaveLength(1);
  });

  it('follows accounts.changed, status included, until stopped', async () => {
    const fake = createFakeApi();
    const store = createAccountsStore(fake.api, noWindow());
    await store.getState().load();
    const stop = store.getState().connectEvents();

    fake.emit('accounts.changed', allDemoAccounts().slice(0, 2));
    expect(store.getState().accounts).toHaveLength(2);
    expect(store.getState().status).toEqual({ hasAnyAccount: true, demoAccountCount: 2 });

    stop();
    fake.emit('accounts.changed', []);
    expect(store.getState().accounts).toHaveLength(2);
  });

  it('drops the first sign-in when a second one starts, and ignores its late answer', async () => {
    const fake = createFakeApi();
    const store = createAccountsStore(fake.api, noWindow());
    void store.getState().connect({ network: 'meta', demo: true });
    await settleCalls();
    const first = fake.signIns[0]!;

    void store.getState().connect({ network: 'tiktok', demo: true });
    await settleCalls();
    first.finish(); // the first tab is finished after all
    await settleCalls();

    expect(callsTo(fake, 'accounts.cancelConnect')).toEqual([{ attemptId: first.attemptId }]);
    expect(store.getState().connection).toMatchObject({
      kind: 'waiting',
      request: { network: 'tiktok', demo: true },
      attemptId: 'attempt-2',
    });
    expect(store.getState().ending).toBeNull();

    fake.signIns.at(-1)!.finish();
    await settleCalls();
    expect(store.getState().connection).toMatchObject({ kind: 'choosing', request: { network: 'tiktok', demo: true } });
  });

  it('cancels a sign-in that main starts after the owner already pressed Cancel, without opening its page', async () => {
    const fake = createFakeApi({ appInfo: { mode: 'browser' } });
    const win = noWindow();
    let answerBegin!: (result: Result<ConnectStart>) => void;
    fake.handle('accounts.beginConnect', () => new Promise((resolve) => (answerBegin = resolve)));
    const store = createAccountsStore(fake.api, win);

    const connecting = store.getState().connect({ network: 'meta', demo: false });
    await settleCalls();
    expect(store.getState().connection).toEqual({ kind: 'starting', request: { network: 'meta', demo: false } });
    store.getState().cancelConnect();
    answerBegin({ ok: true, value: { attemptId: 'late-1', authorizationUrl: 'http://127.0.0.1:9/dialog' } });
    await connecting;

    expect(win.open).not.toHaveBeenCalled();
    expect(callsTo(fake, 'accounts.cancelConnect')).toEqual([{ attemptId: 'late-1' }]);
    expect(store.getState().connection).toEqual({ kind: 'idle' });
    expect(store.getState().ending).toEqual({ kind: 'cancelled', request: { network: 'meta', demo: false } });
  });

  it('after removing the demo, shows no accounts and offers the demo afresh', async () => {
    const fake = createFakeApi({ accounts: allDemoAccounts() });
    const store = createAccountsStore(fake.api, noWindow());
    await store.getState().load();
    store.getState().tryDemo();

    const result = await store.getState().removeDemo();

    expect(result.ok).toBe(true);
    expect(store.getState()).toMatchObject({
      accounts: [],
      status: { hasAnyAccount: false, demoAccountCount: 0 },
      isTryingDemo: false,
    });
  });
});
