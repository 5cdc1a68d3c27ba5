// npm run admin -- restore on PostgreSQL: an installation in a schema of its own, collectors still connected, and the votes a rollback drops.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../server/store/database';
import { runAdmin } from '../helpers/admin-cli';
import { findPostgresBin } from '../helpers/postgres';
import { emptyStoreEnv, makeTempDir, makeVote, postVotes, removeTempDir, startCollector, storeEnv, TEST_STORE } from '../helpers/test-collector';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const dirs: string[] = [];
const dir = () => {
  const d = makeTempDir();
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeTempDir(d);
});

const administrations = async (url: string) => {
  const store = await openStore({ dataDir: '.', databaseUrl: url });
  try {
    return (await store.db.selectFrom('administrations').select('id').orderBy('id').execute()).map((a) => a.id);
  } finally {
    await store.close();
  }
};

describe.runIf(TEST_STORE === 'postgres')('restore on PostgreSQL', () => {
  it('says how many votes it would drop that the backup lacks, refuses without --force, and says it dropped them with it', async () => {
    const d = dir();
    const env = await storeEnv(d);
    const file = path.join(d, 'before-upgrade.dump');
    const c = await startCollector({ dir: d });
    try {
      expect((await postVotes(c, [makeVote(), makeVote()])).status).toBe(200);
      expect(await runAdmin(env, 'backup', '--to', file)).toMatchObject({ code: 0, stderr: '' });
      // Acknowledged after the backup: the terminal has deleted them.
      expect((await postVotes(c, [makeVote(), makeVote(), makeVote()])).status).toBe(200);
    } finally {
      await c.close();
    }

    const refused = await runAdmin(env, 'restore', '--from', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds data \(.*5 votes.*\): restoring .+ would replace all of it\. It would drop 3 votes the backup lacks \(compared by id\): acknowledged after it was taken, they are on no terminal any more, and the restore keeps no copy of them\. To keep them, back this database up first .+ Nothing was changed\./);

    const run = await runAdmin(env, 'restore', '--from', file, '--force');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Dropped 3 votes the backup lacked (compared by id): no copy of them was kept.');
    const back = await openStore({ dataDir: d, databaseUrl: env.DATABASE_URL });
    try {
      expect(await back.db.selectFrom('votes').select('id').execute()).toHaveLength(2);
    } finally {
      await back.close();
    }
  });

  it('restores an installation whose tables live in a schema other than public, over itself with --force', async () => {
    const d = dir();
    const env = await emptyStoreEnv(d);
    const database = new URL(env.DATABASE_URL!).pathname.slice(1);
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      // As a DBA sets up a database shared with other applications' schemas.
      await client.query('create schema app');
      await client.query(`alter database ${database} set search_path = app`);
    } finally {
      await client.end();
    }
    const store = await openStore({ dataDir: d, databaseUrl: env.DATABASE_URL });
    await store.db.insertInto('administrations').values({ id: 'prima', name: 'Prima', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await store.close();
    const file = path.join(d, 'app.dump');
    expect(await runAdmin(env, 'backup', '--to', file)).toMatchObject({ code: 0, stderr: '' });

    const later = await openStore({ dataDir: d, databaseUrl: env.DATABASE_URL });
    await later.db.insertInto('administrations').values({ id: 'dopo', name: 'Dopo', created_at: '2026-02-01T00:00:00.000Z' }).execute();
    await later.close();

    const run = await runAdmin(env, 'restore', '--from', file, '--force');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await administrations(env.DATABASE_URL!)).toEqual(['prima']);
    const check = new pg.Client({ connectionString: env.DATABASE_URL });
    await check.connect();
    try {
      const { rows } = await check.query("select table_schema as s, count(*)::int as n from information_schema.tables where table_name in ('administrations', 'votes', 'kysely_migration') group by table_schema");
      expect(rows).toEqual([{ s: 'app', n: 3 }]);
    } finally {
      await check.end();
    }
  });

  it("restores with a newer pg_restore than the server, whose script sets what the server does not know", async () => {
    // PG_BIN with the installed tools, but a pg_restore that writes its script as pg_restore 17 does.
    const real = findPostgresBin()!;
    const bin = dir();
    for (const tool of ['pg_dump', 'psql']) fs.symlinkSync(path.join(real, tool), path.join(bin, tool));
    const newer = `#!/bin/bash\nset -o pipefail\n${path.join(real, 'pg_restore')} "$@" | sed 's/^SET lock_timeout = 0;$/&\\nSET transaction_timeout = 0;/'\n`;
    fs.writeFileSync(path.join(bin, 'pg_restore'), newer, { mode: 0o755 });

    const d = dir();
    const env = await storeEnv(d);
    const store = await openStore({ dataDir: d, databaseUrl: env.DATABASE_URL });
    await store.db.insertInto('administrations').values({ id: 'prima', name: 'Prima', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await store.close();
    const file = path.join(d, 'seventeen.dump');
    expect(await runAdmin({ ...env, PG_BIN: bin }, 'backup', '--to', file)).toMatchObject({ code: 0, stderr: '' });

    const target = dir();
    const targetEnv = await emptyStoreEnv(target);
    const run = await runAdmin({ ...targetEnv, PG_BIN: bin }, 'restore', '--from', file);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await administrations(targetEnv.DATABASE_URL!)).toEqual(['prima']);
  });

  it('refuses, --force or not, while a collector is connected to the database, naming where from; changes nothing', async () => {
    const d = dir();
    const file = path.join(d, 'earlier.dump');
    const c = await startCollector({ dir: d });
    let closed = false;
    try {
      const env = await storeEnv(d);
      expect(await runAdmin(env, 'backup', '--to', file)).toMatchObject({ code: 0, stderr: '' });
      await c.store.db.insertInto('administrations').values({ id: 'dopo', name: 'Dopo', created_at: '2026-02-01T00:00:00.000Z' }).execute();
      const run = await runAdmin(env, 'restore', '--from', file, '--force');
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(/^collectors are connected to postgres:\/\/.+ \(\d+ connections? from 127\.0\.0\.1\): stop them first \(e\.g\. systemctl stop gradimento.*\), then run restore again\. Nothing was changed\.$/);
      expect(await administrations(env.DATABASE_URL!)).toContain('dopo');

      await c.close();
      closed = true;
      expect(await runAdmin(env, 'restore', '--from', file, '--force')).toMatchObject({ code: 0, stderr: '' });
      expect(await administrations(env.DATABASE_URL!)).not.toContain('dopo');
    } finally {
      if (!closed) await c.close();
    }
  });
});
