// The SQLite statement cache: one prepare per distinct SQL, the least recently used dropped past its bound, results unchanged.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../server/store/statement-cache';

const open: SqliteDatabase.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

/** An in-memory database whose prepare() calls are counted. */
function counted() {
  const database = new SqliteDatabase(':memory:');
  open.push(database);
  const prepared: string[] = [];
  const prepare = database.prepare.bind(database);
  database.prepare = ((text: string) => {
    prepared.push(text);
    return prepare(text);
  }) as typeof database.prepare;
  return { database, prepared };
}

describe('withStatementCache', () => {
  it('prepares each distinct SQL once, and the reused statements give the same results', async () => {
    const { database, prepared } = counted();
    const db = new Kysely<{ t: { id: number; name: string } }>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
    await sql`create table t (id integer primary key, name text not null)`.execute(db);
    for (let i = 1; i <= 5; i++) await db.insertInto('t').values({ id: i, name: `n${i}` }).execute();
    const names = [];
    for (let i = 1; i <= 5; i++) names.push((await db.selectFrom('t').select('name').where('id', '=', i).executeTakeFirstOrThrow()).name);
    expect(names).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    // create, one insert shape, one select shape.
    expect(prepared).toHaveLength(3);
    await db.destroy();
  });

  it('keeps at most its bound, dropping the least recently used', () => {
    const { database, prepared } = counted();
    const cache = withStatementCache(database, 2);
    cache.prepare('select 1');
    cache.prepare('select 2');
    cache.prepare('select 1'); // now the most recent
    cache.prepare('select 3'); // drops "select 2"
    cache.prepare('select 1');
    cache.prepare('select 2');
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
  });
});
