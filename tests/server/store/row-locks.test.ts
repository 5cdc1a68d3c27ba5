// SQLite has no row locks: WithoutRowLocks drops the lock clauses, wherever they are, and leaves every other query as it was.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { WithoutRowLocks } from '../../../server/store/row-locks';

const db = new Kysely<{ t: { a: number; b: number }; u: { b: number } }>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }), plugins: [new WithoutRowLocks()] });
afterAll(() => db.destroy());

describe('WithoutRowLocks', () => {
  it('drops a select’s lock clauses', () => {
    const q = db.selectFrom('t').select('a').where('a', '=', 1).forUpdate().skipLocked().compile();
    expect(q.sql).toBe('select "a" from "t" where "a" = ?');
    expect(q.parameters).toEqual([1]);
  });

  it('drops them in a subquery too', () => {
    const q = db
      .selectFrom('t')
      .select('a')
      .where('a', 'in', (eb) => eb.selectFrom('u').select('b').forShare())
      .compile();
    expect(q.sql).toBe('select "a" from "t" where "a" in (select "b" from "u")');
  });

  it('passes a query without locks through untouched, the very same tree', () => {
    const query = db.selectFrom('t').select(['a', 'b']).where('a', '>=', 2).orderBy('b');
    const node = query.toOperationNode();
    const plugin = new WithoutRowLocks();
    expect(plugin.transformQuery({ node, queryId: { queryId: 'q' } })).toBe(node);
    expect(query.compile().sql).toBe('select "a", "b" from "t" where "a" >= ? order by "b"');
  });
});
