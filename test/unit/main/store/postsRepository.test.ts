import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { openOutpostDatabase, type OpenedDatabase } from '../../../../main/store/database';
import { createPostsRepository, type NewTarget } from '../../../../main/store/postsRepository';
import { useTempDirectory } from '../../../support/useTempDirectory';

const logger = createSilentLogger();
const createdAt = '2026-01-15T09:00:00.000Z';

function target(id: string, dueAtUtc: string | null, overrides: Partial<NewTarget> = {}): NewTarget {
  return { id, accountId: null, status: 'scheduled', dueAtUtc, timezone: 'Europe/Berlin', caption: null, ...overrides };
}

function count(opened: OpenedDatabase, table: 'posts' | 'targets'): unknown {
  return opened.db.prepare(`SELECT count(*) AS count FROM ${table}`).get()?.count;
}

describe('posts repository', () => {
  const tempDirectory = useTempDirectory();

  function openStore() {
    const opened = openOutpostDatabase({ file: join(tempDirectory(), 'outpost.db'), logger });
    opened.db
      .prepare("INSERT INTO accounts (id, platform, display_name, is_demo, created_at) VALUES ('ig', 'instagram', 'Demo', 1, ?)")
      .run(createdAt);
    return { opened, posts: createPostsRepository(opened.db) };
  }

  it('lists the targets due in [from, to), earliest first, with their post body', () => {
    const { opened, posts } = openStore();
    try {
      posts.insertPostWithTargets({ id: 'p1', body: 'Spring sale', createdAt }, [
        target('t-at-start', '2026-02-01T00:00:00.000Z', { accountId: 'ig', caption: 'Sale! #spring' }),
        target('t-before', '2026-01-31T23:59:59.999Z'),
      ]);
      posts.insertPostWithTargets({ id: 'p2', body: 'Behind the scenes', createdAt }, [
        // Same instant as t-mid-a: ties are ordered by target id.
        target('t-mid-b', '2026-02-14T12:00:00.000Z'),
        target('t-at-end', '2026-03-01T00:00:00.000Z'),
        target('t-unscheduled', null, { status: 'draft' }),
      ]);
      posts.insertPostWithTargets({ id: 'p3', body: 'Team photo', createdAt }, [
        target('t-mid-a', '2026-02-14T12:00:00.000Z'),
        target('t-last', '2026-02-28T23:59:59.999Z', { status: 'failed' }),
      ]);

      const february = posts.listTargetsDueBetween('2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z');

      expect(february.map((entry) => entry.targetId)).toEqual(['t-at-start', 't-mid-a', 't-mid-b', 't-last']);
      expect(february[0]).toEqual({
        targetId: 't-at-start',
        postId: 'p1',
        accountId: 'ig',
        status: 'scheduled',
        dueAtUtc: '2026-02-01T00:00:00.000Z',
        timezone: 'Europe/Berlin',
        caption: 'Sale! #spring',
        body: 'Spring sale',
      });
      expect(february.map((entry) => entry.body)).toEqual(['Spring sale', 'Team photo', 'Behind the scenes', 'Team photo']);
      expect(february[3]?.status).toBe('failed');
    } finally {
      opened.close();
    }
  });

  it('stores instants given with an offset in UTC and accepts offset bounds', () => {
    const { opened, posts } = openStore();
    try {
      posts.insertPostWithTargets({ id: 'p1', body: 'Hello', createdAt: '2026-01-15T10:00:00+01:00' }, [
        target('t1', '2026-02-10T10:30:00+02:00'),
      ]);

      const rows = posts.listTargetsDueBetween('2026-02-10T09:00:00+01:00', '2026-02-10T10:00:00+01:00');

      expect(rows.map((entry) => entry.dueAtUtc)).toEqual(['2026-02-10T08:30:00.000Z']);
      expect(opened.db.prepare('SELECT created_at, updated_at FROM posts').get()).toEqual({
        created_at: createdAt,
        updated_at: createdAt,
      });
    } finally {
      opened.close();
    }
  });

  it('stores nothing of a post when one of its targets is refused', () => {
    const { opened, posts } = openStore();
    try {
      const attempt = () =>
        posts.insertPostWithTargets({ id: 'p1', body: 'Hello', createdAt }, [
          target('t1', '2026-02-10T10:00:00.000Z', { accountId: 'ig' }),
          target('t2', '2026-02-11T10:00:00.000Z', { accountId: 'no-such-account' }),
        ]);

      expect(attempt).toThrow(/FOREIGN KEY/);
      expect(count(opened, 'posts')).toBe(0);
      expect(count(opened, 'targets')).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('stores many posts in one call, and none of them when one is refused', () => {
    const { opened, posts } = openStore();
    try {
      posts.insertPostsWithTargets([
        { post: { id: 'p1', body: 'One', createdAt }, targets: [target('t1', '2026-02-02T10:00:00.000Z')] },
        { post: { id: 'p2', body: 'Two', createdAt }, targets: [target('t2', '2026-02-01T10:00:00.000Z')] },
      ]);
      expect(
        posts.listTargetsDueBetween('2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z').map((entry) => entry.body),
      ).toEqual(['Two', 'One']);

      const batchWithDuplicate = () =>
        posts.insertPostsWithTargets([
          { post: { id: 'p3', body: 'Three', createdAt }, targets: [target('t3', null)] },
          { post: { id: 'p1', body: 'Same id as before', createdAt }, targets: [] },
        ]);

      expect(batchWithDuplicate).toThrow(/UNIQUE/);
      expect(count(opened, 'posts')).toBe(2);
      expect(count(opened, 'targets')).toBe(2);
    } finally {
      opened.close();
    }
  });

  it('refuses a time without an offset (it would be read as local time) and stores nothing', () => {
    const { opened, posts } = openStore();
    try {
      expect(() =>
        posts.insertPostWithTargets({ id: 'p1', body: 'Hello', createdAt }, [target('t1', '2026-02-10T10:00:00')]),
      ).toThrow(RangeError);
      expect(() => posts.listTargetsDueBetween('2026-02-01', '2026-03-01T00:00:00Z')).toThrow(RangeError);
      expect(count(opened, 'posts')).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('refuses a status outside the state machine', () => {
    const { opened, posts } = openStore();
    try {
      const invalid = target('t1', null, { status: 'archived' as NewTarget['status'] });

      expect(() => posts.insertPostWithTargets({ id: 'p1', body: 'Hello', createdAt }, [invalid])).toThrow(/CHECK/);
      expect(count(opened, 'posts')).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('deleting a post deletes its targets', () => {
    const { opened, posts } = openStore();
    try {
      posts.insertPostWithTargets({ id: 'p1', body: 'Hello', createdAt }, [target('t1', null), target('t2', null)]);

      opened.db.prepare("DELETE FROM posts WHERE id = 'p1'").run();

      expect(count(opened, 'targets')).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('prepares its statements once and reuses them', () => {
    const { opened } = openStore();
    try {
      const prepare = vi.spyOn(opened.db, 'prepare');
      const posts = createPostsRepository(opened.db);
      const preparedUpFront = prepare.mock.calls.length;

      for (let index = 0; index < 5; index++) {
        posts.insertPostWithTargets({ id: `p${index}`, body: 'Hello', createdAt }, [
          target(`t${index}`, '2026-02-10T10:00:00.000Z'),
        ]);
        posts.listTargetsDueBetween('2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z');
      }

      expect(preparedUpFront).toBeGreaterThan(0);
      expect(prepare).toHaveBeenCalledTimes(preparedUpFront);
    } finally {
      opened.close();
    }
  });
});
