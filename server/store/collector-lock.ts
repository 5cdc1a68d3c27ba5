// One collector per SQLite DATA_DIR: a lock the running collector holds, which a second collector,
// a restore and a migration respect.
//
// Why: SQLite lets several processes open the file, so a second collector started without a word,
// and `restore --force` under a live collector replaced the database beneath it: votes already
// acknowledged to terminals vanished. PostgreSQL collectors take no lock (several run at once by design).
//
// Two files. `collector.lock.db` is the lock itself: an empty SQLite file on which the holder keeps
// an exclusive transaction open, so the operating system holds the lock for the holder's process and
// drops it the moment that process ends, however it ends. `collector.lock` only says who holds it
// (pid, start, command), for the refusal's words.
//
// Why not the pid alone, as before: a pid means something only inside its own pid namespace. A
// `docker compose run … admin restore` beside a running collector's container, sharing the DATA_DIR
// volume, looked up the collector's pid in its own namespace, found no such process (or one of its
// own), judged the lock stale and restored beneath the live collector. The kernel's lock is on the
// file, and every process on the machine sees it, in any namespace.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export const LOCK_FILE = 'collector.lock';
/** The file the lock is held on. Stays in DATA_DIR between runs: removing it while held would let a second holder in. */
export const HELD_LOCK_FILE = 'collector.lock.db';

export interface LockHolder {
  /** As the holder's own pid namespace numbers it: another container's pid is not one of this one's. */
  pid: number;
  /** What holds it: "collector", or the command (restore, migrate-to-postgres) that holds it while it runs. */
  what: string;
  /** When that collector started (ISO). */
  startedAt: string;
  /**
   * Written by a holder of the kernel's lock on HELD_LOCK_FILE, which alone then decides. Absent in
   * locks of versions before it, which are judged by their pid and identity (legacyHolds).
   */
  held?: true;
  /**
   * Which run of `pid` wrote it (processIdentity; absent where there is no /proc): what locks of
   * earlier versions are judged by, and still written so that an earlier version run after a
   * downgrade judges a new lock as it did.
   */
  identity?: string;
}

export interface CollectorLock {
  readonly file: string;
  /** Lets the lock go: the description if it is still this process's, then the kernel's lock. */
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

/**
 * Takes the kernel's lock on DATA_DIR's HELD_LOCK_FILE, or null when a live process holds it. An
 * exclusive transaction on an empty SQLite file: no journal is written (nothing is), the process's
 * lock on the file is all it is. Within one process SQLite keeps its connections' locks apart
 * itself, so a second take in the same process is refused too.
 */
function takeHeldLock(dataDir: string): SqliteDatabase.Database | null {
  const file = path.join(dataDir, HELD_LOCK_FILE);
  const db = new SqliteDatabase(file, { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
    fs.chmodSync(file, 0o600);
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return null;
    throw err;
  }
}

function letGo(held: SqliteDatabase.Database): void {
  if (!held.open) return;
  held.exec('ROLLBACK');
  held.close();
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
 * What told one run of `pid` from any other process that gets the same pid later, in locks of
 * earlier versions: the boot's id and the process's start time. Null where there is no /proc.
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
 * A lock written by an earlier version, which held no kernel's lock: held while its pid is alive
 * and, where both are known, the same run of it. Only while upgrading (the old collector not yet
 * stopped) can such a lock be live; unknown identities count as the same, since refusing wrongly
 * has a fix the message names and taking a live collector's lock would not.
 */
function legacyHolds(holder: LockHolder): boolean {
  if (!alive(holder.pid)) return false;
  if (!holder.identity) return true;
  const now = processIdentity(holder.pid);
  return now === null || now === holder.identity;
}

function readHolder(file: string): LockHolder | 'unreadable' | null {
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
      return { pid: parsed.pid as number, what: String(parsed.what ?? 'collector'), startedAt: String(parsed.startedAt), ...(parsed.held === true ? { held: true } : {}), ...identity };
    }
  } catch {
    // Unreadable: it is written whole (takeCollectorLock), so nobody wrote it as a lock.
  }
  return 'unreadable';
}

/** Who a refusal names when the kernel's lock is held but its description is not yet (or no longer) written. */
const unnamedHolder = (): LockHolder => ({ pid: 0, what: 'collector', startedAt: 'at an unknown time', held: true });

/**
 * Who holds the lock, given whether this process got the kernel's lock (`held`) and the description
 * read after trying: without the kernel's lock, its holder's description, or an unnamed holder while
 * the description still is an ended holder's (or missing); with it, only a live collector of an
 * earlier version (legacyHolds).
 */
function holderBeside(held: SqliteDatabase.Database | null, described: LockHolder | 'unreadable' | null): LockHolder | null {
  const found = typeof described === 'object' ? described : null;
  if (!held) return found?.held ? found : unnamedHolder();
  return found && !found.held && legacyHolds(found) ? found : null;
}

/**
 * For restore and migrate-to-postgres: refuses while a collector runs on DATA_DIR, then holds the
 * lock itself until done, so that no collector starts on the database meanwhile.
 */
export async function whileNoCollectorRuns<T>(dataDir: string, command: string, work: () => Promise<T>): Promise<T> {
  // No folder: nothing a collector could run on, and nothing to lock (the command says what is missing).
  if (!fs.existsSync(dataDir)) return work();
  let lock: CollectorLock;
  try {
    lock = takeCollectorLock(dataDir, () => {}, new Date(), command);
  } catch (err) {
    if (!(err instanceof CollectorRunningError)) throw err;
    const { holder } = err;
    const who = holder.what === 'collector' ? 'a collector' : `another ${holder.what}`;
    throw new CollectorRunningError(
      holder,
      `${who} (${describe(holder)}) is running on DATA_DIR ${dataDir}: stop it first${holder.what === 'collector' ? ' (e.g. systemctl stop gradimento)' : ''}, then run ${command} again. Nothing was changed.`,
    );
  }
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/** "pid 4711, started …", or what is known of a holder whose description is missing. */
function describe(holder: LockHolder): string {
  return holder.pid ? `pid ${holder.pid}, started ${holder.startedAt}` : 'its pid not yet written';
}

/**
 * Takes DATA_DIR's lock for this collector (or `what`), or refuses naming the one that holds it. A
 * description left by a process that ended (a crash, a power cut) is replaced, with a line in `log`.
 * The folder must exist.
 */
export function takeCollectorLock(dataDir: string, log: (line: string) => void, now: Date = new Date(), what = 'collector'): CollectorLock {
  const file = path.join(dataDir, LOCK_FILE);
  const held = takeHeldLock(dataDir);
  // Read after trying: a holder that has just stopped removed its description first.
  const found = readHolder(file);
  const holder = holderBeside(held, found);
  if (holder) {
    if (held) letGo(held);
    throw new CollectorRunningError(
      holder,
      holder.what === 'collector'
        ? `DATA_DIR ${dataDir} is in use by another collector (${describe(holder)}): one collector per SQLite database. Fix: stop that one first, or give this one a DATA_DIR of its own; several collectors on one database need PostgreSQL (DATABASE_URL).${holder.held ? '' : ` If no collector is running and pid ${holder.pid} is another program, remove ${file}.`}`
        : `DATA_DIR ${dataDir} is in use by ${holder.what} (${describe(holder)}). Fix: let it finish, then start again.`,
    );
  }
  try {
    if (found === 'unreadable') log(`Taking over an unreadable lock file: ${file}`);
    else if (found) log(`Taking over the lock of a collector that is no longer running (pid ${found.pid}, started ${found.startedAt}): ${file}`);
    const identity = processIdentity(process.pid);
    const mine = `${JSON.stringify({ pid: process.pid, what, startedAt: now.toISOString(), held: true, ...(identity ? { identity } : {}) } satisfies LockHolder)}\n`;
    // Written whole under another name, then renamed into place: a reader never sees half of it.
    const draft = `${file}.${process.pid}`;
    fs.writeFileSync(draft, mine, { mode: 0o600 });
    fs.renameSync(draft, file);
    return {
      file,
      release: () => {
        releaseIfMine(file, mine);
        letGo(held!);
      },
    };
  } catch (err) {
    letGo(held!);
    throw err;
  }
}

function releaseIfMine(file: string, mine: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === mine) fs.rmSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}
