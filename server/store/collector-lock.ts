// One collector per SQLite DATA_DIR: a lock file the running collector holds, which a second
// collector, a restore and a migration respect.
//
// Why: SQLite lets several processes open the file, so a second collector started without a word,
// and `restore --force` under a live collector replaced the database beneath it: votes already
// acknowledged to terminals vanished. PostgreSQL collectors take no lock (several run at once by design).
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'collector.lock';

export interface LockHolder {
  pid: number;
  /** What holds it: "collector", or the command (restore, migrate-to-postgres) that holds it while it runs. */
  what: string;
  /** When that collector started (ISO). */
  startedAt: string;
}

export interface CollectorLock {
  readonly file: string;
  /** Removes the lock file if it is still this process's. */
  release(): void;
}

/** Raised when a live collector holds DATA_DIR's lock. */
export class CollectorRunningError extends Error {
  override name = 'CollectorRunningError';
  constructor(
    readonly holder: LockHolder,
    message: string,
  ) {
    super(message);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): { raw: string; holder: LockHolder | null } | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockHolder>;
    if (Number.isInteger(parsed.pid) && (parsed.pid as number) > 0) return { raw, holder: { pid: parsed.pid as number, what: String(parsed.what ?? 'collector'), startedAt: String(parsed.startedAt) } };
  } catch {
    // Unreadable: not a lock anybody could be holding (it is written whole, see takeCollectorLock).
  }
  return { raw, holder: null };
}

/** The live collector holding DATA_DIR's lock, or null when none does (no lock, or a stale one). */
export function lockHolder(dataDir: string): LockHolder | null {
  const found = readHolder(path.join(dataDir, LOCK_FILE));
  return found?.holder && alive(found.holder.pid) ? found.holder : null;
}

/**
 * For restore and migrate-to-postgres: refuses while a collector runs on DATA_DIR, then holds the
 * lock itself until done, so that no collector starts on the database meanwhile.
 */
export async function whileNoCollectorRuns<T>(dataDir: string, command: string, work: () => Promise<T>): Promise<T> {
  const holder = lockHolder(dataDir);
  if (holder) {
    const who = holder.what === 'collector' ? 'a collector' : `another ${holder.what}`;
    throw new CollectorRunningError(
      holder,
      `${who} (pid ${holder.pid}, started ${holder.startedAt}) is running on DATA_DIR ${dataDir}: stop it first${holder.what === 'collector' ? ' (e.g. systemctl stop gradimento)' : ''}, then run ${command} again. Nothing was changed.`,
    );
  }
  // No folder: nothing a collector could run on, and nothing to lock (the command says what is missing).
  if (!fs.existsSync(dataDir)) return work();
  const lock = takeCollectorLock(dataDir, () => {}, new Date(), command);
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/**
 * Takes DATA_DIR's lock for this collector, or refuses naming the one that holds it. A lock whose
 * process is gone (a crash, a power cut) is taken over, with a line in `log`. The folder must exist.
 */
export function takeCollectorLock(dataDir: string, log: (line: string) => void, now: Date = new Date(), what = 'collector'): CollectorLock {
  const file = path.join(dataDir, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, what, startedAt: now.toISOString() } satisfies LockHolder)}\n`;
  // Written whole under another name, then linked into place: link() fails if the lock exists,
  // and a reader never sees a half-written lock.
  const draft = `${file}.${process.pid}`;
  fs.writeFileSync(draft, mine, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(draft, file);
        return { file, release: () => releaseIfMine(file, mine) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const found = readHolder(file);
      if (!found) continue;
      if (found.holder && alive(found.holder.pid)) {
        const { pid, startedAt, what: by } = found.holder;
        throw new CollectorRunningError(
          found.holder,
          by === 'collector'
            ? `DATA_DIR ${dataDir} is in use by another collector (pid ${pid}, started ${startedAt}): one collector per SQLite database. Fix: stop that one first, or give this one a DATA_DIR of its own; several collectors on one database need PostgreSQL (DATABASE_URL). If no collector is running and pid ${pid} is another program, remove ${file}.`
            : `DATA_DIR ${dataDir} is in use by ${by} (pid ${pid}, started ${startedAt}). Fix: let it finish, then start again.`,
        );
      }
      // Stale. Moved aside rather than deleted: if another collector took it over meanwhile, what
      // was moved is its fresh lock, which goes back.
      const aside = `${file}.stale.${process.pid}`;
      try {
        fs.renameSync(file, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      if (fs.readFileSync(aside, 'utf8') !== found.raw) {
        try {
          fs.linkSync(aside, file);
        } catch {
          // Someone holds it again: the next attempt reads who.
        }
      } else {
        log(found.holder ? `Taking over the lock of a collector that is no longer running (pid ${found.holder.pid}, started ${found.holder.startedAt}): ${file}` : `Taking over an unreadable lock file: ${file}`);
      }
      fs.rmSync(aside, { force: true });
    }
    throw new Error(`Could not take the lock ${file}: other processes keep taking and leaving it. Fix: check that only one collector starts on DATA_DIR ${dataDir}.`);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function releaseIfMine(file: string, mine: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === mine) fs.rmSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}
