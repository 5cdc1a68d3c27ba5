// DATA_DIR: private files (0600 in a 0700 folder), and a clear refusal naming the variable when it cannot be used.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../server/config';
import { openStore } from '../../../server/store/database';
import { prepareDataDir } from '../../../server/store/data-dir';
import { makeTempDir, TEST_STORE } from '../helpers/test-collector';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) {
    fs.chmodSync(d, 0o700);
    fs.rmSync(d, { recursive: true, force: true });
  }
});
const temp = () => {
  const d = makeTempDir();
  dirs.push(d);
  return d;
};
const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe.skipIf(TEST_STORE !== 'sqlite')('DATA_DIR', () => {
  it('keeps the database, its WAL and shared memory readable by the collector\'s user only', async () => {
    const dir = path.join(temp(), 'data');
    const store = await openStore(dir);
    await store.db.insertInto('administrations').values({ id: 'a', name: 'A', created_at: new Date().toISOString() }).execute();
    const files = fs.readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(['gradimento.sqlite', 'gradimento.sqlite-wal', 'gradimento.sqlite-shm']));
    expect(mode(dir)).toBe(0o700);
    for (const f of files) expect([f, mode(path.join(dir, f))]).toEqual([f, 0o600]);
    await store.close();
  });

  it('tightens an existing database that was world-readable', () => {
    const dir = temp();
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'gradimento.sqlite'), '', { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'gradimento.sqlite-wal'), '', { mode: 0o644 });
    prepareDataDir(dir, 'gradimento.sqlite');
    expect([mode(dir), mode(path.join(dir, 'gradimento.sqlite')), mode(path.join(dir, 'gradimento.sqlite-wal'))]).toEqual([0o700, 0o600, 0o600]);
  });

  it('refuses a file in place of the folder, naming DATA_DIR and the fix', () => {
    const file = path.join(temp(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    expect(() => prepareDataDir(file, 'gradimento.sqlite')).toThrow(ConfigError);
    expect(() => prepareDataDir(file, 'gradimento.sqlite')).toThrow(/^DATA_DIR ".*" cannot hold the database: .* is a file, not a folder\. Fix: /);
    expect(() => prepareDataDir(path.join(file, 'below'), 'gradimento.sqlite')).toThrow(/DATA_DIR .* is a file, not a folder/);
  });

  it('refuses a folder without rights, naming DATA_DIR and the fix', () => {
    const dir = temp();
    fs.chmodSync(dir, 0o755);
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    fs.chmodSync(locked, 0o555);
    expect(refusalAsUnprivileged(path.join(locked, 'data'))).toMatch(/^ConfigError: DATA_DIR .* this user may not create it\. Fix: /);
  });

  it('accepts a folder the collector may write but does not own, leaving its mode to its owner', () => {
    // As an administrator sets one up: root:nogroup, setgid, group-writable; the collector as nobody.
    const parent = temp();
    fs.chmodSync(parent, 0o755);
    const shared = path.join(parent, 'shared');
    fs.mkdirSync(shared);
    fs.chownSync(shared, 0, NOGROUP);
    fs.chmodSync(shared, 0o2770);
    expect(refusalAsUnprivileged(shared)).toBe('accepted');
    expect(fs.statSync(shared).mode & 0o7777).toBe(0o2770);
    const file = fs.statSync(path.join(shared, 'gradimento.sqlite'));
    expect([file.uid, file.mode & 0o777]).toEqual([NOBODY, 0o600]);
  });

  it('warns about such a folder when every user of the machine may read it', () => {
    const parent = temp();
    fs.chmodSync(parent, 0o755);
    const open = path.join(parent, 'open');
    fs.mkdirSync(open);
    fs.chownSync(open, 0, NOGROUP);
    fs.chmodSync(open, 0o2777);
    expect(refusalAsUnprivileged(open, true)).toMatch(/^warning: DATA_DIR ".*open" is open to every user of this machine \(mode 2777\).*Fix: chmod o-rwx .*open \(as its owner or root\)\naccepted$/s);
    expect(fs.statSync(open).mode & 0o7777).toBe(0o2777);
  });
});

/** Debian's nobody and nogroup, whom refusalAsUnprivileged runs as under root. */
const NOBODY = 65534;
const NOGROUP = 65534;

/**
 * What prepareDataDir says about a folder its user may not write. Root may write anywhere (and CI
 * runs as root), so there the check runs in a child process as the unprivileged user nobody.
 */
function refusalAsUnprivileged(dataDir: string, warnings = false): string {
  const warn = warnings ? `, (line) => console.log('warning: ' + line)` : '';
  const check = `import('./server/store/data-dir.ts').then((m) => { try { m.prepareDataDir(${JSON.stringify(dataDir)}, 'gradimento.sqlite'${warn}); console.log('accepted'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } })`;
  const tsx = path.resolve('node_modules/.bin/tsx');
  const argv = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', tsx, '-e', check] : [tsx, '-e', check];
  const run = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`the check did not run: ${run.error ?? ''}${run.stderr}`);
  return run.stdout.trim();
}
