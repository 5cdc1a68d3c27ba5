// DATA_DIR's lock: one collector per SQLite file, held for its process by the operating system (so
// a collector whose pid means nothing here, in another container, still holds it); a lock left by a
// process that ended is taken over and said so; restore and migrate-to-postgres refuse while a collector holds it.
// No store here: the suite runs once (it does not import test-collector).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CollectorRunningError, HELD_LOCK_FILE, LOCK_FILE, processIdentity, startTimeOf, takeCollectorLock, whileNoCollectorRuns } from '../../../server/store/collector-lock';
import { tempDirsRemovedAfterEach } from '../helpers/temp-dirs';

const temp = tempDirsRemovedAfterEach();
/** Whether `unshare` can give a process a pid namespace of its own here (root on Linux, util-linux). */
const CAN_UNSHARE = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;
/** Linux: the lock records which run of its pid wrote it. */
const HAS_PROC = fs.existsSync('/proc/self/stat');

/** The pid of a process that has just exited: no process has it (until the system reuses it, far later). */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(run.stdout.trim());
}

const files = (dir: string) => fs.readdirSync(dir).sort();
/** Who the lock file says holds it. */
const described = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>;

describe('the collector lock in DATA_DIR', () => {

  it('is taken once: a second collector is refused naming the pid of the first, and the lock goes with release()', () => {
    const dir = temp();
    const lock = takeCollectorLock(dir, () => {});
    expect(described(dir)).toMatchObject({ pid: process.pid, what: 'collector', held: true, ...(HAS_PROC ? { identity: processIdentity(process.pid) } : {}) });
    for (const f of [LOCK_FILE, HELD_LOCK_FILE]) expect([f, fs.statSync(path.join(dir, f)).mode & 0o777]).toEqual([f, 0o600]);
    expect(() => takeCollectorLock(dir, () => {})).toThrow(CollectorRunningError);
    expect(() => takeCollectorLock(dir, () => {})).toThrow(new RegExp(`^DATA_DIR .* is in use by another collector \\(pid ${process.pid}, started .*\\): one collector per SQLite database\\. Fix: stop that one first`));
    // A lock the operating system holds cannot be stale: no word of removing it by hand.
    expect(() => takeCollectorLock(dir, () => {})).not.toThrow(/remove/);
    lock.release();
    // The file the lock is held on stays: removed, a second holder could take a new one while the first still held the old.
    expect(files(dir)).toEqual([HELD_LOCK_FILE]);
    takeCollectorLock(dir, () => {}).release();
  });

  it('takes over the description left by a process that ended (its lock ended with it), and says so', () => {
    const dir = temp();
    const pid = deadPid();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, what: 'collector', startedAt: '2026-01-01T00:00:00.000Z', held: true }));
    const lines: string[] = [];
    const lock = takeCollectorLock(dir, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Taking over the lock of a collector that is no longer running \\(pid ${pid}, started 2026-01-01T00:00:00.000Z\\)`))]);
    expect(described(dir)).toMatchObject({ pid: process.pid });
    lock.release();
    expect(files(dir)).toEqual([HELD_LOCK_FILE]);
  });

  it('takes over an unreadable lock file, and says so', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    const lines: string[] = [];
    takeCollectorLock(dir, (line) => lines.push(line)).release();
    expect(lines).toEqual([expect.stringMatching(/^Taking over an unreadable lock file/)]);
  });

  it('does not remove a description another process has written meanwhile', () => {
    const dir = temp();
    const lock = takeCollectorLock(dir, () => {});
    const other = JSON.stringify({ pid: process.pid, what: 'collector', startedAt: 'later', held: true });
    fs.writeFileSync(path.join(dir, LOCK_FILE), other);
    lock.release();
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(other);
  });

  it('makes a restore or a migration refuse while a collector holds it, running nothing; and hold it while they run', async () => {
    const dir = temp();
    const lock = takeCollectorLock(dir, () => {});
    let ran = false;
    await expect(whileNoCollectorRuns(dir, 'restore', async () => (ran = true))).rejects.toThrow(
      new RegExp(`^a collector \\(pid ${process.pid}, started .*\\) is running on DATA_DIR ${dir}: stop it first .*then run restore again\\. Nothing was changed\\.`),
    );
    expect(ran).toBe(false);
    lock.release();

    await whileNoCollectorRuns(dir, 'restore', async () => {
      // A collector starting meanwhile is refused, and told what holds the folder.
      expect(() => takeCollectorLock(dir, () => {})).toThrow(/is in use by restore \(pid \d+, started .*\)\. Fix: let it finish/);
    });
    expect(files(dir)).toEqual([HELD_LOCK_FILE]);
  });
});

describe('a collector in another process, whose pid means nothing here', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  /**
   * A process of its own that takes DATA_DIR's lock with the collector's code and keeps it until
   * killed; `before`: what to run it under (unshare, for a pid namespace of its own).
   */
  async function holderProcess(dir: string, before: string[] = []): Promise<ChildProcess> {
    const code = `const m = await import('./server/store/collector-lock.ts'); m.takeCollectorLock(${JSON.stringify(dir)}, () => {}); console.log('held'); setInterval(() => {}, 60_000);`;
    const node = [process.execPath, '--import', 'tsx', '--input-type=module', '-e', code];
    const child = spawn(before[0] ?? node[0]!, [...before.slice(1), ...(before.length ? node : node.slice(1))], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
      child.once('exit', (status) => reject(new Error(`the holder exited (${status}) before taking the lock`)));
    });
    return child;
  }

  // What a `docker compose run … admin restore` container sees of a collector in another container on
  // the same DATA_DIR volume: a pid that, in its own pid namespace, is no process at all (or one of
  // its own). Rewriting the pid to one that has ended here makes the same picture without namespaces.
  it('is still respected, by a collector and by a restore, and its lock goes the moment it is killed', async () => {
    const dir = temp();
    const child = await holderProcess(dir);
    const pid = deadPid();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, what: 'collector', startedAt: '2026-01-01T00:00:00.000Z', held: true, identity: 'another-namespace/1' }));

    expect(() => takeCollectorLock(dir, () => {})).toThrow(new RegExp(`^DATA_DIR .* is in use by another collector \\(pid ${pid}, started 2026-01-01T00:00:00.000Z\\)`));
    let ran = false;
    await expect(whileNoCollectorRuns(dir, 'restore', async () => (ran = true))).rejects.toThrow(new RegExp(`^a collector \\(pid ${pid}, `));
    expect(ran).toBe(false);

    // Its description gone too (a holder between taking the lock and writing who it is): refused all the same.
    fs.rmSync(path.join(dir, LOCK_FILE));
    expect(() => takeCollectorLock(dir, () => {})).toThrow(/is in use by another collector \(its pid not yet written\)/);

    // Killed outright, with no chance to clean up: the operating system lets its lock go at once.
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const lock = takeCollectorLock(dir, () => {});
    expect(described(dir)).toMatchObject({ pid: process.pid, held: true });
    lock.release();
  });
  // The same for real where this machine lets a test make a pid namespace (root, util-linux's unshare):
  // the holder is pid 1 in its own namespace, and pid 1 here is another process, alive, of another
  // start time, which an earlier version judged a stale lock and took over.
  it.runIf(CAN_UNSHARE)('in a pid namespace of its own, is respected by a collector and by a restore', async () => {
    const dir = temp();
    const child = await holderProcess(dir, ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc']);
    expect(described(dir)).toMatchObject({ pid: 1, held: true });
    expect(() => takeCollectorLock(dir, () => {})).toThrow(/^DATA_DIR .* is in use by another collector \(pid 1, started /);
    await expect(whileNoCollectorRuns(dir, 'restore', async () => {})).rejects.toThrow(/^a collector \(pid 1, /);
    // Killed outright, the holder itself (unshare's child; unshare exits once it has gone).
    const holder = Number(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim());
    process.kill(holder, 'SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const lines: string[] = [];
    takeCollectorLock(dir, (line) => lines.push(line)).release();
    expect(lines).toEqual([expect.stringMatching(/^Taking over the lock of a collector that is no longer running \(pid 1, /)]);
  });
});

describe('a lock of an earlier version, which held no lock of the operating system and named a pid alive here', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });
  /** A live process that is no collector: what a pid of a crashed collector may belong to after a reboot. */
  function unrelatedPid(): number {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(child);
    return child.pid!;
  }
  const writeLock = (dir: string, lock: object) => fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ what: 'collector', startedAt: '2026-01-01T00:00:00.000Z', ...lock }));

  it.runIf(HAS_PROC)('is taken over when the process under that pid is another run than the one that wrote it, and said so as for a dead one', async () => {
    const dir = temp();
    const pid = unrelatedPid();
    writeLock(dir, { pid, identity: `${processIdentity(pid)!.split('/')[0]}/1` });
    // Restore and migrate-to-postgres judge it the same way.
    let ran = false;
    await whileNoCollectorRuns(dir, 'restore', async () => (ran = true));
    expect(ran).toBe(true);

    writeLock(dir, { pid, identity: 'another-boot/123' });
    const lines: string[] = [];
    const lock = takeCollectorLock(dir, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Taking over the lock of a collector that is no longer running \\(pid ${pid}, started 2026-01-01T00:00:00.000Z\\)`))]);
    lock.release();
  });

  it.runIf(HAS_PROC)('is respected when that process is the very run that wrote it (an old collector not yet stopped for the upgrade)', async () => {
    const dir = temp();
    const pid = unrelatedPid();
    writeLock(dir, { pid, identity: processIdentity(pid) });
    expect(() => takeCollectorLock(dir, () => {})).toThrow(new RegExp(`is in use by another collector \\(pid ${pid}, .* If no collector is running and pid ${pid} is another program, remove `));
    await expect(whileNoCollectorRuns(dir, 'restore', async () => {})).rejects.toThrow(CollectorRunningError);
  });

  it('is respected by the pid alone when it names no identity (written where /proc is absent)', async () => {
    const dir = temp();
    const pid = unrelatedPid();
    writeLock(dir, { pid });
    expect(() => takeCollectorLock(dir, () => {})).toThrow(CollectorRunningError);
    await expect(whileNoCollectorRuns(dir, 'migrate-to-postgres', async () => {})).rejects.toThrow(CollectorRunningError);
  });
});

describe('startTimeOf', () => {
  it('reads field 22 of /proc/<pid>/stat, whatever the command name holds', () => {
    const after = 'S 1 2 3 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 3909002 3133440 363';
    expect(startTimeOf(`42 (sleep) ${after}`)).toBe('3909002');
    expect(startTimeOf(`42 (a) b (c) ${after}`)).toBe('3909002');
    expect(startTimeOf('42 (cut short) S 1 2')).toBeNull();
  });
});
