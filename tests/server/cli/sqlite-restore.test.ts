// npm run admin -- restore on SQLite over a live database file that is damaged (refused with what to do, or with --force moved aside),
// or healthy and holding votes the backup lacks (a rollback): with --force kept aside, and those votes counted.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteFile } from '../../../server/store/dialect';
import { openStore } from '../../../server/store/database';
import { ROOT, runAdmin } from '../helpers/admin-cli';
import { makeTempDir, makeVote, postVotes, removeTempDir, startCollector, TEST_STORE } from '../helpers/test-collector';

const dirs: string[] = [];
const dir = () => {
  const d = makeTempDir();
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeTempDir(d);
});

/** A backup of an installation holding one administration of that id. */
async function backupWith(id: string): Promise<string> {
  const d = dir();
  const store = await openStore(d);
  await store.db.insertInto('administrations').values({ id, name: id, created_at: '2026-01-01T00:00:00.000Z' }).execute();
  await store.close();
  const file = path.join(d, 'good.bak');
  expect(await runAdmin({ DATA_DIR: d, DATABASE_URL: '' }, 'backup', '--to', file)).toMatchObject({ code: 0, stderr: '' });
  return file;
}

/** DATA_DIR whose database file is not a database any more (its header overwritten), with a WAL and shared memory beside it. */
function damagedDataDir(): { dataDir: string; live: string; bytes: Buffer } {
  const dataDir = dir();
  const live = path.join(dataDir, 'gradimento.sqlite');
  const bytes = Buffer.alloc(8192, 0x55);
  fs.writeFileSync(live, bytes);
  fs.writeFileSync(`${live}-wal`, 'old wal');
  fs.writeFileSync(`${live}-shm`, 'old shm');
  return { dataDir, live, bytes };
}

describe.runIf(TEST_STORE === 'sqlite')('restore over a damaged SQLite database', () => {
  it('refuses without --force, naming the damaged file and what to do, and changes nothing', async () => {
    const file = await backupWith('salvato');
    const { dataDir, live, bytes } = damagedDataDir();
    const run = await runAdmin({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'restore', '--from', file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(new RegExp(`^${live} is damaged \\(file is not a database\\): .*Nothing was changed\\. Fix: .*--force.*${path.basename(live)}\\.damaged-`));
    expect(fs.readFileSync(live)).toEqual(bytes);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('with --force moves the damaged file, its WAL and shared memory aside, says so, and restores the backup', async () => {
    const file = await backupWith('salvato');
    const { dataDir, live, bytes } = damagedDataDir();
    const run = await runAdmin({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'restore', '--from', file, '--force');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const aside = fs.readdirSync(dataDir).filter((f) => f.includes('.damaged-')).sort();
    expect(aside).toHaveLength(3);
    const stamp = aside.map((f) => /^gradimento\.sqlite\.damaged-(.+)$/.exec(f)?.[1]).find(Boolean);
    expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(aside).toEqual([`gradimento.sqlite-shm.damaged-${stamp}`, `gradimento.sqlite-wal.damaged-${stamp}`, `gradimento.sqlite.damaged-${stamp}`].sort());
    expect(fs.readFileSync(path.join(dataDir, `gradimento.sqlite.damaged-${stamp}`))).toEqual(bytes);
    expect(run.stdout).toContain(`${live} was damaged (file is not a database): moved aside, as it was, to ${live}.damaged-${stamp}`);
    const store = await openStore(dataDir);
    try {
      expect((await store.db.selectFrom('administrations').select('id').execute()).map((a) => a.id)).toEqual(['salvato']);
    } finally {
      await store.close();
    }
  });

  it('with --force also moves aside a database whose pages are damaged (SQLITE_CORRUPT), and restores the backup', async () => {
    const file = await backupWith('salvato');
    const dataDir = dir();
    const store = await openStore(dataDir);
    await store.db.insertInto('administrations').values({ id: 'rovinato', name: 'R', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await store.close();
    const live = path.join(dataDir, 'gradimento.sqlite');
    const bytes = fs.readFileSync(live);
    bytes.fill(0x55, 4096 * 2, 4096 * 40);
    fs.writeFileSync(live, bytes);

    const refused = await runAdmin({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'restore', '--from', file);
    expect(refused.stderr).toMatch(/is damaged \(database disk image is malformed\)/);
    const run = await runAdmin({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'restore', '--from', file, '--force');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/was damaged \(database disk image is malformed\): moved aside, as it was, to .*gradimento\.sqlite\.damaged-/);
    const back = await openStore(dataDir);
    try {
      expect((await back.db.selectFrom('administrations').select('id').execute()).map((a) => a.id)).toEqual(['salvato']);
    } finally {
      await back.close();
    }
  });
});

describe.runIf(TEST_STORE === 'sqlite')('restore over a healthy SQLite database (a rollback)', () => {
  it('with --force keeps the replaced file aside with the votes acknowledged after the backup, and names how many and where', async () => {
    const dataDir = dir();
    const c = await startCollector({ dir: dataDir });
    const live = path.join(dataDir, 'gradimento.sqlite');
    const file = path.join(dir(), 'before-upgrade.bak');
    let later: string[];
    try {
      expect((await postVotes(c, [makeVote(), makeVote()])).status).toBe(200);
      expect(await runAdmin({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'backup', '--to', file)).toMatchObject({ code: 0, stderr: '' });
      // Acknowledged by the collector after the backup: the terminal has deleted them.
      const votes = [makeVote(), makeVote(), makeVote()];
      later = votes.map((v) => v.id);
      expect((await postVotes(c, votes)).status).toBe(200);
    } finally {
      await c.close();
    }

    // Both paths as typed relative to where the command runs (the repository), one with a quote and a $ in it.
    const oddFile = path.join(path.dirname(file), `it's $HOME.bak`);
    fs.renameSync(file, oddFile);
    const run = await runAdmin({ DATA_DIR: path.relative(ROOT, dataDir), DATABASE_URL: '' }, 'restore', '--from', path.relative(ROOT, oddFile), '--force');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const kept = fs.readdirSync(dataDir).filter((f) => f.startsWith('gradimento.sqlite.replaced-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^gradimento\.sqlite\.replaced-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    const keptFile = path.join(dataDir, kept[0]!);
    expect(run.stdout).toContain(`The database it replaced is kept, as it was, at ${keptFile}.`);
    expect(run.stdout).toContain(`It held 3 votes the backup lacks (compared by id)`);

    // The kept file holds all five votes; the query printed lists exactly the three acknowledged after the backup.
    // As a shell reads the printed command, from another folder: two words, the kept file's whole path and the query.
    const printed = /List them with: sqlite3 (.+)$/m.exec(run.stdout)?.[1];
    expect(printed).toBeDefined();
    const words = execFileSync('sh', ['-c', `set -- ${printed}; printf '%s\\0' "$@"`], { cwd: os.tmpdir() }).toString().split('\0').slice(0, -1);
    expect(words).toHaveLength(2);
    expect(words[0]).toBe(path.resolve(keptFile));
    const query = words[1];
    const db = openSqliteFile(keptFile, { mustExist: true });
    try {
      expect((db.prepare('select count(*) as n from votes').get() as { n: number }).n).toBe(5);
      db.exec(query!.split(';')[0]!);
      const listed = db.prepare(query!.split(';')[1]!).all() as { id: string }[];
      expect(listed.map((v) => v.id).sort()).toEqual(later!.sort());
    } finally {
      db.close();
    }
    // And the live database is the backup's: the two votes before it.
    const back = await openStore(dataDir);
    try {
      expect(await back.db.selectFrom('votes').select('id').execute()).toHaveLength(2);
    } finally {
      await back.close();
    }
    expect(fs.existsSync(live)).toBe(true);
  });
});
