import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createAccountsRepository } from '../../../../../main/accounts/accountsRepository';
import { createPublishingLimits } from '../../../../../main/accounts/publishingLimits';
import { createSilentLogger } from '../../../../../main/diagnostics/logger';
import { openOutpostDatabase } from '../../../../../main/store/database';
import { useTempDirectory } from '../../../../support/useTempDirectory';

describe('publishing limits on the account', () => {
  const directory = useTempDirectory('publishing-limits');

  function open() {
    const database = openOutpostDatabase({ file: join(directory(), 'outpost.db'), logger: createSilentLogger() });
    onTestFinished(() => database.close());
    const id = createAccountsRepository(database.db).save({
      platform: 'instagram',
      platformAccountId: '1784',
      displayName: '@rosiesbakery',
      username: 'rosiesbakery',
      avatarUrl: null,
      loginPath: 'facebook_login',
      isDemo: true,
      grantedScopes: [],
      linkedAccountId: null,
      signInUserId: null,
      dataAccessExpiresAt: null,
    });
    return { db: database.db, limits: createPublishingLimits(database.db), id };
  }

  it('keeps the last reading as JSON in accounts.publishing_limit', () => {
    const { db, limits, id } = open();
    expect(limits.read(id)).toBeNull();
    const reading = { quotaTotal: 50, quotaUsage: 3, quotaDurationSeconds: 86_400, readAt: '2026-01-15T09:00:00.000Z' };
    limits.record(id, reading);
    limits.record(id, { ...reading, quotaUsage: 4 });

    expect(limits.read(id)).toEqual({ ...reading, quotaUsage: 4 });
    const row = db.prepare('SELECT publishing_limit FROM accounts WHERE id = ?').get(id) as { publishing_limit: string };
    expect(JSON.parse(row.publishing_limit)).toEqual({ ...reading, quotaUsage: 4 });
  });

  it('reads a damaged value as none, so the limit is read again', () => {
    const { db, limits, id } = open();
    db.prepare('UPDATE accounts SET publishing_limit = ? WHERE id = ?').run('{"quotaTotal":', id);
    expect(limits.read(id)).toBeNull();
  });
});
