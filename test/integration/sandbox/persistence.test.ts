import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSandbox } from '../../../main/sandbox';
import { makeTempDirectory } from '../../support/tempDirectory';
import { call, START } from './sandboxHarness';

describe('state file', () => {
  const temp = makeTempDirectory('sandbox-state');
  afterEach(() => temp.remove());

  it('keeps tokens and grants across a restart', async () => {
    const stateFile = join(temp.path, 'nested', 'sandbox.json');
    const first = await startSandbox({ seed: 'persist', clock: createManualClock(START), stateFile });
    const token = first.control.tokens.issueMetaUserToken().access_token;
    expect((await call('GET', `${first.urls.metaGraph}/v23.0/me`, { query: { access_token: token } })).status).toBe(200);
    await first.close();
    expect(existsSync(stateFile)).toBe(true);
    expect((JSON.parse(readFileSync(stateFile, 'utf8')) as { schema: number }).schema).toBe(1);

    const second = await startSandbox({ seed: 'persist', clock: createManualClock(START), stateFile });
    try {
      expect((await call('GET', `${second.urls.metaGraph}/v23.0/me`, { query: { access_token: token } })).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('gives the same secrets for the same seed', async () => {
    const a = await startSandbox({ seed: 'same', clock: createManualClock(START) });
    const b = await startSandbox({ seed: 'same', clock: createManualClock(START) });
    const c = await startSandbox({ seed: 'different', clock: createManualClock(START) });
    try {
      expect(a.control.demo().meta.appSecret).toBe(b.control.demo().meta.appSecret);
      expect(a.control.tokens.issueMetaUserToken().access_token).toBe(b.control.tokens.issueMetaUserToken().access_token);
      expect(c.control.demo().meta.appSecret).not.toBe(a.control.demo().meta.appSecret);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});
