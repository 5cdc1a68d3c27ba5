// A live SQLite file that a restore replaces is renamed aside, never overwritten: damaged, or healthy and holding votes the backup lacks.
import fs from 'node:fs';
import path from 'node:path';
import { openSqliteFile } from '../store/dialect';

/** "2026-11-28T03-00-00Z": sorts by time, and has no ":" (which some file systems and tools refuse). */
export const fileStamp = (now: Date) => now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

const SQLITE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/**
 * The damaged file and SQLite's files beside it renamed to NAME.damaged-STAMP, as they were: kept for
 * whoever wants to recover something from them, and out of the way of the restored file (an old -wal
 * beside it would be read as its own).
 */
export function moveDamagedAside(live: string, stamp: string): string[] {
  const moved: string[] = [];
  for (const suffix of SQLITE_SIDE_FILES) {
    const from = live + suffix;
    if (!fs.existsSync(from)) continue;
    const to = `${from}.damaged-${stamp}`;
    fs.renameSync(from, to);
    moved.push(to);
  }
  return moved;
}

/**
 * A healthy database renamed to NAME.replaced-STAMP, its -wal and -shm to NAME.replaced-STAMP-wal and
 * -shm: the names SQLite looks for beside it, so that opening the kept file still reads the votes a
 * collector stopped by a power cut left in its WAL. Returns the kept database's path.
 */
export function moveReplacedAside(live: string, stamp: string): string {
  const kept = `${live}.replaced-${stamp}`;
  for (const suffix of SQLITE_SIDE_FILES) if (fs.existsSync(live + suffix)) fs.renameSync(live + suffix, kept + suffix);
  return kept;
}

/** Undoes moveReplacedAside when the restore failed: whatever the failed copy left is removed, the old database put back. */
export function putReplacedBack(live: string, kept: string): void {
  for (const suffix of SQLITE_SIDE_FILES) fs.rmSync(live + suffix, { force: true });
  for (const suffix of SQLITE_SIDE_FILES) if (fs.existsSync(kept + suffix)) fs.renameSync(kept + suffix, live + suffix);
}

/** The query that lists them (with the sqlite3 program, on the kept file): printed for the IT staff, who may want them back. */
export const missingVotesQuery = (backup: string) =>
  `attach '${path.resolve(backup).replace(/'/g, "''")}' as backup; select * from main.votes where id not in (select id from backup.votes) order by received_at, id;`;

/**
 * How many votes `kept` holds whose id `backup` lacks: acknowledged to terminals (which then deleted
 * them) after the backup was taken, and found nowhere else once the backup is in place. Opening it
 * folds its WAL into it, so that the kept file is one file to carry.
 */
export function countMissingVotes(kept: string, backup: string): number {
  const db = openSqliteFile(kept, { mustExist: true });
  try {
    db.prepare('attach ? as backup').run(backup);
    const row = db.prepare('select count(*) as n from main.votes where id not in (select id from backup.votes)').get() as { n: number };
    db.prepare('detach backup').run();
    return row.n;
  } finally {
    db.close();
  }
}
