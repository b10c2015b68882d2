import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostingLedger } from '../../../../../main/schedule/engine/postingLedger';
import { INSTAGRAM_DAILY_POSTS_FALLBACK, TIKTOK_DAILY_POSTS_FALLBACK } from '../../../../../main/schedule/schedulingRules';
import { useTempDirectory } from '../../../../support/useTempDirectory';
import { afterStart, createEngineWorld, HOUR, type EngineWorld } from './engineFixtures';

describe('posting ledger', () => {
  const directory = useTempDirectory('posting-ledger');
  let world: EngineWorld;
  let serial = 0;
  beforeEach(() => {
    world = createEngineWorld(directory());
  });
  afterEach(async () => world.close());

  const published = (accountId: string, hoursAgo: number) => {
    const id = `published-${serial++}`;
    world.addTarget(id, { accountId, dueAt: afterStart(-hoursAgo * HOUR), status: 'published' });
    world.db.prepare('UPDATE targets SET published_at = ? WHERE id = ?').run(afterStart(-hoursAgo * HOUR).toISOString(), id);
  };
  const ledger = () => createPostingLedger(world.db, () => afterStart(0));

  it('uses Instagram’s limit as last read, counting the last 24 hours and what is being published', () => {
    world.addAccount('ig', 'instagram', { publishingLimit: { quotaTotal: 3, quotaUsage: 0, quotaDurationSeconds: 86400 } });
    published('ig', 25);
    published('ig', 20);
    published('ig', 2);
    expect(ledger().wouldExceed('ig', afterStart(0))).toBeNull();
    world.addTarget('now', { accountId: 'ig', dueAt: afterStart(0), status: 'publishing' });
    expect(ledger().wouldExceed('ig', afterStart(0))).toEqual({ limit: 3, count: 3, freesAt: afterStart(4 * HOUR) });
  });

  it('looks ahead for planning: posts leave the window as time passes', () => {
    world.addAccount('ig', 'instagram', { publishingLimit: { quotaTotal: 2 } });
    published('ig', 20);
    published('ig', 2);
    expect(ledger().wouldExceed('ig', afterStart(0))).toEqual({ limit: 2, count: 2, freesAt: afterStart(4 * HOUR) });
    expect(ledger().wouldExceed('ig', afterStart(5 * HOUR))).toBeNull();
  });

  it('falls back to the documented limits, and Facebook Pages have none', () => {
    world.addAccount('ig', 'instagram');
    world.addAccount('tt', 'tiktok');
    world.addAccount('fb', 'facebook');
    for (let i = 0; i < INSTAGRAM_DAILY_POSTS_FALLBACK; i++) published('ig', 1);
    for (let i = 0; i < TIKTOK_DAILY_POSTS_FALLBACK; i++) published('tt', 1);
    for (let i = 0; i < 60; i++) published('fb', 1);
    expect(ledger().wouldExceed('ig', afterStart(0))?.limit).toBe(INSTAGRAM_DAILY_POSTS_FALLBACK);
    expect(ledger().wouldExceed('tt', afterStart(0))?.limit).toBe(TIKTOK_DAILY_POSTS_FALLBACK);
    expect(ledger().wouldExceed('fb', afterStart(0))).toBeNull();
  });
});
