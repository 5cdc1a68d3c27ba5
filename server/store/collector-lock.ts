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
  /**
   * Which run of `pid` wrote the lock (processIdentity): after a crash or a reboot the same pid may
   * belong to an unrelated program. Absent where there is no /proc, and in locks of earlier versions.
   */
  identity?: string;
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

/** Field 22 of /proc/<pid>/stat, the process's start time in clock ticks after boot; null when unreadable. */
export function startTimeOf(stat: string): string | null {
  // Field 2, the command's name in parentheses, may itself hold spaces and ")": count after the last one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const start = fields[22 - 3];
  return start && /^\d+$/.test(start) ? start : null;
}

/**
 * What tells this run of `pid` from any other process that gets the same pid later: the boot's id
 * (a reboot starts the pids again) and the process's start time. Null where there is no /proc
 * (macOS, Windows) or it hides the process (hidepid): the lock then goes by the pid alone, as it
 * did before identities were recorded.
 */
export function processIdentity(pid: number): string | null {
  try {
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const start = startTimeOf(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return boot && start ? `${boot}/${start}` : null;
  } catch {
    return null;
  }
}

/**
 * Whether the lock's writer still runs: its pid is alive and, where both are known, is the same run
 * of it (not a program that got the pid after a crash or a reboot). Unknown identities count as the
 * same: refusing wrongly has a fix the message names; taking a live collector's lock would not.
 */
function holds(holder: LockHolder): boolean {
  if (!alive(holder.pid)) return false;
  if (!holder.identity) return true;
  const now = processIdentity(holder.pid);
  return now === null || now === holder.identity;
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
    if (Number.isInteger(parsed.pid) && (parsed.pid as number) > 0) {
      const identity = typeof parsed.identity === 'string' && parsed.identity ? { identity: parsed.identity } : {};
      return { raw, holder: { pid: parsed.pid as number, what: String(parsed.what ?? 'collector'), startedAt: String(parsed.startedAt), ...identity } };
    }
  } catch {
    // Unreadable: not a lock anybody could be holding (it is written whole, see takeCollectorLock).
  }
  return { raw, holder: null };
}

/** The live collector holding DATA_DIR's lock, or null when none does (no lock, or a stale one: the same test as takeCollectorLock's). */
export function lockHolder(dataDir: string): LockHolder | null {
  const found = readHolder(path.join(dataDir, LOCK_FILE));
  return found?.holder && holds(found.holder) ? found.holder : null;
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
 * process is gone (a crash, a power cut), or whose pid now belongs to another process, is taken
 * over, with a line in `log`. The folder must exist.
 */
export function takeCollectorLock(dataDir: string, log: (line: string) => void, now: Date = new Date(), what = 'collector'): CollectorLock {
  const file = path.join(dataDir, LOCK_FILE);
  const identity = processIdentity(process.pid);
  const mine = `${JSON.stringify({ pid: process.pid, what, startedAt: now.toISOString(), ...(identity ? { identity } : {}) } satisfies LockHolder)}\n`;
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
      if (found.holder && holds(found.holder)) {
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
