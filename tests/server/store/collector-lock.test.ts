// DATA_DIR's lock: one collector per SQLite file; a stale lock (its process gone) is taken over and
// said so; restore and migrate-to-postgres refuse while a collector holds it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CollectorRunningError, LOCK_FILE, lockHolder, takeCollectorLock, whileNoCollectorRuns } from '../../../server/store/collector-lock';
import { tempDirsRemovedAfterEach } from '../helpers/test-collector';

const temp = tempDirsRemovedAfterEach();

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
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, what: 'collector' });
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
