// The collector started (server/main.ts, its own process) on a database at an older schema: it logs the
// migrations it runs and, on SQLite, backs the database up first into DATA_DIR/backups, keeping the last 3.
// Started on a database already current, it does neither.
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseDialect, openSqliteFile } from '../../../server/store/dialect';
import { migrationProvider } from '../../../server/store/migrations/index';
import { pruneUpgradeBackups, UPGRADE_BACKUP_DIR } from '../../../server/store/upgrade-backup';
import { freePort, killCollectors, stampedDist, startMain, startRefused } from '../helpers/main-process';
import { emptyStoreEnv, makeTempDir, removeTempDir, TEST_STORE } from '../helpers/test-collector';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = makeTempDir();
  env = { ...(await emptyStoreEnv(dir)), DIST_DIR: stampedDist(dir), LOG_LEVEL: 'info' };
});
afterEach(async () => {
  killCollectors();
  await removeTempDir(dir);
});
afterAll(killCollectors);

/** The log lines pino wrote, parsed (the banner and other plain lines left out). */
const logLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg: string; backup?: string; from?: string; to?: string; migrations?: string[] });

/** The store at the schema of three migrations ago, holding one administration. */
async function olderInstallation(): Promise<{ at: string; pending: string[] }> {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const at = names.at(-4)!;
  const choice = chooseDialect({ dataDir: dir, databaseUrl: env.DATABASE_URL || null });
  const old = new Kysely<any>({ dialect: choice.dialect, plugins: choice.plugins });
  try {
    expect((await new Migrator({ db: old, provider: migrationProvider }).migrateTo(at)).error).toBeUndefined();
    await old.insertInto('administrations').values({ id: 'prima', name: 'Comune di prima', created_at: '2026-01-01T00:00:00.000Z' }).execute();
  } finally {
    await old.destroy();
  }
  return { at, pending: names.slice(-3) };
}

const backupsOf = () => {
  const folder = path.join(dir, UPGRADE_BACKUP_DIR);
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
};

describe(`the collector's start on an older schema (${TEST_STORE})`, () => {
  it('logs the migrations it runs and, on SQLite, names the backup it took first with the rollback command; a start with nothing pending does neither', async () => {
    const { at, pending } = await olderInstallation();
    const first = await startMain(env, await freePort());
    const lines = logLines(first.output());
    expect(await first.stop()).toBe(0);

    const schema = lines.find((l) => l.msg.startsWith('schema '));
    expect(schema).toMatchObject({ msg: `schema ${at} -> ${pending.at(-1)}: 3 migrations to run`, from: at, to: pending.at(-1), migrations: pending });
    const taken = lines.find((l) => l.backup);
    if (TEST_STORE === 'postgres') {
      // PostgreSQL's backups are pg_dump's, taken by IT: none is made here, and none is claimed.
      expect(taken).toBeUndefined();
      expect(backupsOf()).toEqual([]);
    } else {
      const files = backupsOf();
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(new RegExp(`^before-${pending[0]}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.sqlite$`));
      const file = path.join(dir, UPGRADE_BACKUP_DIR, files[0]!);
      expect(taken!.msg).toBe(`backed up the database at schema ${at} to ${file} before migrating. To roll back, follow docs/deploy.md, "Going back to the previous release": first back up the database with this release (it holds the votes acknowledged since), then restore ${file} with the previous release`);
      // The backup is the database as it was before the migrations: their schema, its data.
      const copy = openSqliteFile(file, { readonly: true });
      try {
        expect((copy.prepare('select max(name) as name from kysely_migration').get() as { name: string }).name).toBe(at);
        expect(copy.prepare('select id from administrations').all()).toEqual([{ id: 'prima' }]);
      } finally {
        copy.close();
      }
    }

    // Started again, now current: nothing to migrate, nothing backed up, nothing said about it.
    const before = backupsOf();
    const again = await startMain(env, await freePort());
    const quiet = logLines(again.output());
    expect(await again.stop()).toBe(0);
    expect(quiet.filter((l) => l.msg.startsWith('schema ') || l.backup)).toEqual([]);
    expect(backupsOf()).toEqual(before);
  });
});

describe.runIf(TEST_STORE === 'sqlite')('a pre-upgrade backup that cannot be written', () => {
  it('stops the start, saying why and what to do, and migrates nothing', async () => {
    const { at } = await olderInstallation();
    // Where the backups folder should be, a file: the backup cannot be written.
    fs.writeFileSync(path.join(dir, UPGRADE_BACKUP_DIR), 'not a folder');
    const run = await startRefused(env, await freePort());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Database error \(upgrade_backup_failed\): The database at .+ needs 3 migrations \(.+\) and was not migrated: the backup taken before migrating, .+, failed: .+\. Fix: make .+backups a folder this user may write in/);
    const db = openSqliteFile(path.join(dir, 'gradimento.sqlite'), { readonly: true });
    try {
      expect((db.prepare('select max(name) as name from kysely_migration').get() as { name: string }).name).toBe(at);
    } finally {
      db.close();
    }
  });
});

describe('pruneUpgradeBackups', () => {
  it('keeps the newest 3 pre-upgrade backups by their time, whatever migration they name, and leaves other files alone', () => {
    const folder = path.join(dir, UPGRADE_BACKUP_DIR);
    fs.mkdirSync(folder);
    const names = [
      'before-039-z-2026-10-01T03-00-00Z.sqlite',
      'before-040-a-2026-11-01T03-00-00Z.sqlite',
      'before-031-m-2026-09-01T03-00-00Z.sqlite',
      'before-041-b-2026-11-30T03-00-00Z.sqlite',
      'before-upgrade.bak',
      'gradimento-2026-08-01.bak',
    ];
    for (const n of names) fs.writeFileSync(path.join(folder, n), 'x');
    expect(pruneUpgradeBackups(folder)).toEqual([path.join(folder, 'before-031-m-2026-09-01T03-00-00Z.sqlite')]);
    expect(fs.readdirSync(folder).sort()).toEqual(names.filter((n) => !n.startsWith('before-031')).sort());
  });
});
