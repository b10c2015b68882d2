import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../../main/store/transaction';

describe('inTransaction', () => {
  let db: DatabaseSync;

  beforeEach(() => {
    // Transactions behave the same in memory; no file is needed to test them.
    db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  });

  afterEach(() => db.close());

  const insert = (text: string) => db.prepare('INSERT INTO notes (text) VALUES (?)').run(text);
  const texts = () =>
    db
      .prepare('SELECT text FROM notes ORDER BY rowid')
      .all()
      .map((row) => row.text);

  it('commits all writes and returns the result', () => {
    const result = inTransaction(db, () => {
      insert('a');
      insert('b');
      return 'done';
    });

    expect(result).toBe('done');
    expect(texts()).toEqual(['a', 'b']);
    expect(db.isTransaction).toBe(false);
  });

  it('rolls every write back when the work throws, and rethrows', () => {
    expect(() =>
      inTransaction(db, () => {
        insert('a');
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');

    expect(texts()).toEqual([]);
    expect(db.isTransaction).toBe(false);
  });

  it('nested, undoes only the inner work when the inner call fails and is caught', () => {
    inTransaction(db, () => {
      insert('outer');
      expect(() =>
        inTransaction(db, () => {
          insert('inner');
          throw new Error('inner failed');
        }),
      ).toThrow('inner failed');
      inTransaction(db, () => insert('inner kept'));
    });

    expect(texts()).toEqual(['outer', 'inner kept']);
  });

  it('nested, is undone with the outer transaction when the outer one fails', () => {
    expect(() =>
      inTransaction(db, () => {
        inTransaction(db, () => insert('inner'));
        throw new Error('outer failed');
      }),
    ).toThrow('outer failed');

    expect(texts()).toEqual([]);
    expect(db.isTransaction).toBe(false);
  });
});
