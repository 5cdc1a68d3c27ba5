// The copy's list of tables is the database's: a table a migration adds and the list forgets fails here, on both stores.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeContents, listTables, MIGRATION_TABLES, TABLES, TRANSIENT_TABLES, unknownTables } from '../../../server/ops/tables';
import { openStore, type Store } from '../../../server/store/database';
import { makeTempDir, removeTempDir, storeEnv, TEST_STORE } from '../helpers/test-collector';

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = makeTempDir();
  const env = await storeEnv(dir);
  store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
});
afterAll(async () => {
  await store?.close();
  await removeTempDir(dir);
});

/** Each table's parents, as the database itself declares its foreign keys. */
async function parentsOf(table: string): Promise<string[]> {
  const rows =
    store.dialect === 'sqlite'
      ? await sql<{ parent: string }>`select "table" as parent from pragma_foreign_key_list(${table})`.execute(store.db)
      : await sql<{ parent: string }>`
          select p.relname as parent from pg_constraint c
          join pg_class t on t.oid = c.conrelid join pg_class p on p.oid = c.confrelid
          where c.contype = 'f' and t.relname = ${table} and t.relnamespace = current_schema()::regnamespace`.execute(store.db);
  return rows.rows.map((r) => r.parent);
}

describe(`the tables the copy knows (${TEST_STORE})`, () => {
  it('are every table of a freshly migrated database, and no other', async () => {
    const expected = [...TABLES, ...MIGRATION_TABLES, ...(TEST_STORE === 'postgres' ? TRANSIENT_TABLES : [])].sort();
    expect(await listTables(store.db, store.dialect)).toEqual(expected);
    expect(await unknownTables(store.db, store.dialect)).toEqual([]);
  });

  it('name each table once, after every table its foreign keys point at', async () => {
    expect(new Set(TABLES).size).toBe(TABLES.length);
    let withParents = 0;
    for (const [i, table] of TABLES.entries()) {
      const parents = await parentsOf(table);
      if (parents.length > 0) withParents++;
      for (const parent of parents) expect(TABLES.indexOf(parent as (typeof TABLES)[number]), `${table} -> ${parent}`).toBeLessThan(i);
    }
    // The check read real foreign keys (votes, grants, sessions...), not an empty catalogue.
    expect(withParents).toBeGreaterThanOrEqual(10);
  });

  it('notice a table a later migration would add', async () => {
    await sql`create table visit_tickets (id text primary key)`.execute(store.db);
    expect(await unknownTables(store.db, store.dialect)).toEqual(['visit_tickets']);
    await sql`drop table visit_tickets`.execute(store.db);
  });
});

describe('describeContents', () => {
  it('says what a database holds in the words of its users', () => {
    expect(describeContents(new Map([['administrations', 1], ['offices', 2], ['votes', 12345], ['users', 1], ['audit_log', 3]]))).toBe('1 administration, 2 offices, 0 terminals, 12,345 votes, 1 person, 3 audit entries');
    // Web, QR and phone points are terminal rows: counted apart from the devices.
    expect(describeContents(new Map([['administrations', 2], ['offices', 3], ['terminals', 5], ['channel_points', 2], ['votes', 1], ['users', 2], ['audit_log', 1]]))).toBe('2 administrations, 3 offices, 3 terminals, 2 channel points, 1 vote, 2 people, 1 audit entry');
  });
});
