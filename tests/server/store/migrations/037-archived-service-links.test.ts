// Migration 037: services archived while still linked to live terminals become former services of those
// terminals, until the day they were archived; live services and archived terminals keep their links.
import { afterEach, expect, it } from 'vitest';
import { Kysely, Migrator } from 'kysely';
import { chooseDialect } from '../../../../server/store/dialect';
import { openStore } from '../../../../server/store/database';
import { migrationProvider } from '../../../../server/store/migrations/index';
import { emptyStoreEnv, makeTempDir, removeTempDir } from '../../helpers/test-collector';

const AT = '2026-01-01T00:00:00.000Z';
const ARCHIVED = '2026-02-01T09:00:00.000Z';
let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeTempDir(dir);
  dir = undefined;
});

it('moves the links of archived services off live terminals, with their time there, and leaves the rest', async () => {
  dir = makeTempDir();
  const env = await emptyStoreEnv(dir);
  const choice = chooseDialect({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  const old = new Kysely<any>({ dialect: choice.dialect, plugins: choice.plugins });
  expect((await new Migrator({ db: old, provider: migrationProvider }).migrateTo('036-comments-bracketed-addresses')).error).toBeUndefined();
  await old.insertInto('administrations').values({ id: 'a', name: 'Comune', created_at: AT }).execute();
  await old.insertInto('offices').values({ id: 'o', administration_id: 'a', name: 'Sede', time_zone: 'Europe/Rome', created_at: AT }).execute();
  await old
    .insertInto('services')
    .values([
      { id: 'live', administration_id: 'a', name: 'Anagrafe', created_at: AT },
      { id: 'gone', administration_id: 'a', name: 'SUAP', created_at: AT, archived_at: ARCHIVED },
    ])
    .execute();
  await old
    .insertInto('terminals')
    .values([
      { id: 'totem', office_id: 'o', name: 'Totem', mode: 'totem', channel: 'totem', scale: 3, created_at: AT },
      { id: 'old-totem', office_id: 'o', name: 'Vecchio totem', mode: 'totem', channel: 'totem', scale: 3, created_at: AT, archived_at: ARCHIVED },
    ])
    .execute();
  await old
    .insertInto('terminal_services')
    .values([
      { terminal_id: 'totem', service_id: 'live', position: 0, added_at: null },
      { terminal_id: 'totem', service_id: 'gone', position: 1, added_at: AT },
      { terminal_id: 'old-totem', service_id: 'gone', position: 0, added_at: null },
    ])
    .execute();
  await old.destroy();

  const store = await openStore({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  try {
    const links = await store.db.selectFrom('terminal_services').select(['terminal_id', 'service_id']).orderBy('terminal_id').execute();
    expect(links).toEqual([
      { terminal_id: 'old-totem', service_id: 'gone' },
      { terminal_id: 'totem', service_id: 'live' },
    ]);
    const former = await store.db.selectFrom('terminal_former_services').select(['terminal_id', 'service_id', 'added_at', 'removed_at']).execute();
    expect(former).toEqual([{ terminal_id: 'totem', service_id: 'gone', added_at: AT, removed_at: ARCHIVED }]);
  } finally {
    await store.close();
  }
});
