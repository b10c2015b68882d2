import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForSecrets } from '../../../scan/scanForSecrets';
import { useTempDirectory } from '../../../support/useTempDirectory';

const TOKEN = 'EAAsandboxtokenvalue0123456789';

describe('scanForSecrets', () => {
  const tempDirectory = useTempDirectory('scan');

  it('finds a secret in a nested log, a JSON report and a binary file', () => {
    const root = tempDirectory();
    mkdirSync(join(root, 'data/logs'), { recursive: true });
    writeFileSync(join(root, 'data/logs/main.log'), `{"msg":"GET /me?access_token=${TOKEN}"}\n`);
    writeFileSync(join(root, 'report.json'), JSON.stringify({ failure: `expected ${TOKEN}` }));
    writeFileSync(join(root, 'outpost.db'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(TOKEN), Buffer.from([0])]));
    writeFileSync(join(root, 'clean.log'), 'access_token=[redacted]\n');
    const { hits, files } = scanForSecrets([root], [TOKEN]);
    expect(files).toBe(4);
    expect(hits.map((h) => h.file.slice(root.length)).sort()).toEqual(['/data/logs/main.log', '/outpost.db', '/report.json']);
    expect(hits[0]!.masked).not.toContain(TOKEN);
  });

  it("leaves the sandbox's own state and the ledger alone", () => {
    const root = tempDirectory();
    mkdirSync(join(root, 'demo'));
    const state = { schema: 1, serial: 7, tokens: { [TOKEN]: {} }, consents: {}, meta: {}, tiktok: {} };
    writeFileSync(join(root, 'demo/sandbox-state.json'), JSON.stringify(state));
    writeFileSync(join(root, 'demo/renamed-state.json'), JSON.stringify(state, null, 2));
    writeFileSync(join(root, 'ledger.txt'), `${TOKEN}\n`);
    expect(scanForSecrets([root], [TOKEN]).hits).toEqual([]);
  });

  it('still searches JSON that only looks a little like the sandbox state', () => {
    const root = tempDirectory();
    writeFileSync(join(root, 'report.json'), JSON.stringify({ tokens: [TOKEN], schema: 1 }));
    expect(scanForSecrets([root], [TOKEN]).hits).toHaveLength(1);
  });
});
