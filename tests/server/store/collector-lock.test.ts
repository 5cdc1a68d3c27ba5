// DATA_DIR's lock: one collector per SQLite file; a stale lock (its process gone, or its pid now
// another process's) is taken over and said so; restore and migrate-to-postgres refuse while a collector holds it.
// No store here: the suite runs once (it does not import test-collector).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CollectorRunningError, LOCK_FILE, lockHolder, processIdentity, startTimeOf, takeCollectorLock, whileNoCollectorRuns } from '../../../server/store/collector-lock';
import { tempDirsRemovedAfterEach } from '../helpers/temp-dirs';

const temp = tempDirsRemovedAfterEach();
/** Linux: the lock records which run of its pid wrote it. */
const HAS_PROC = fs.existsSync('/proc/self/stat');

/** The pid of a process that has just exited: no process has it (until the system reuses it, far later). */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(run.stdout.trim());
}

describe('the collector lock in DATA_DIR', () => {
  it('is taken once: a second collector is refused naming the pid of the first, and the lock goes with release()', () => {
    const dir = temp();
    const lock = takeCollectorLock(dir, () => {});
    const file = path.join(dir, LOCK_FILE);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, what: 'collector', ...(HAS_PROC ? { identity: processIdentity(process.pid) } : {}) });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(() => takeCollectorLock(dir, () => {})).toThrow(CollectorRunningError);
    expect(() => takeCollectorLock(dir, () => {})).toThrow(new RegExp(`^DATA_DIR .* is in use by another collector \\(pid ${process.pid}, started .*\\): one collector per SQLite database\\. Fix: `));
    expect(lockHolder(dir)).toMatchObject({ pid: process.pid });
    lock.release();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(lockHolder(dir)).toBeNull();
  });

  it('takes over a lock whose process is gone, and says so', () => {
    const dir = temp();
    const pid = deadPid();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, what: 'collector', startedAt: '2026-01-01T00:00:00.000Z' }));
    expect(lockHolder(dir)).toBeNull();
    const lines: string[] = [];
    const lock = takeCollectorLock(dir, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Taking over the lock of a collector that is no longer running \\(pid ${pid}, started 2026-01-01T00:00:00.000Z\\)`))]);
    expect(lockHolder(dir)).toMatchObject({ pid: process.pid });
    lock.release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('takes over an unreadable lock file, and says so', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    const lines: string[] = [];
    takeCollectorLock(dir, (line) => lines.push(line)).release();
    expect(lines).toEqual([expect.stringMatching(/^Taking over an unreadable lock file/)]);
  });

  it('does not release a lock another process has taken over meanwhile', () => {
    const dir = temp();
    const lock = takeCollectorLock(dir, () => {});
    const other = JSON.stringify({ pid: process.pid, what: 'collector', startedAt: 'later' });
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
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('a lock whose pid is alive', () => {
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
    expect(lockHolder(dir)).toBeNull();
    // Restore and migrate-to-postgres judge it the same way.
    let ran = false;
    await whileNoCollectorRuns(dir, 'restore', async () => (ran = true));
    expect(ran).toBe(true);

    writeLock(dir, { pid, identity: 'another-boot/123' });
    const lines: string[] = [];
    const lock = takeCollectorLock(dir, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Taking over the lock of a collector that is no longer running \\(pid ${pid}, started 2026-01-01T00:00:00.000Z\\)`))]);
    expect(lockHolder(dir)).toMatchObject({ pid: process.pid, identity: processIdentity(process.pid) });
    lock.release();
  });

  it.runIf(HAS_PROC)('is respected when that process is the very run that wrote it', async () => {
    const dir = temp();
    const pid = unrelatedPid();
    writeLock(dir, { pid, identity: processIdentity(pid) });
    expect(lockHolder(dir)).toMatchObject({ pid });
    expect(() => takeCollectorLock(dir, () => {})).toThrow(new RegExp(`is in use by another collector \\(pid ${pid}, `));
    await expect(whileNoCollectorRuns(dir, 'restore', async () => {})).rejects.toThrow(CollectorRunningError);
  });

  it('is respected by the pid alone when it names no identity (written where /proc is absent, or by an earlier version)', async () => {
    const dir = temp();
    const pid = unrelatedPid();
    writeLock(dir, { pid });
    expect(lockHolder(dir)).toMatchObject({ pid });
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
