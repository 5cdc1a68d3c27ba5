// The embedded database's folder and files: usable, or a clear refusal naming DATA_DIR; private to
// the collector's user (0700 folder when it owns it, 0600 files), since they hold people's sign-in data.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';

/** SQLite's own files beside the database: created with the database file's permissions. */
const COMPANIONS = ['-wal', '-shm', '-journal'];

function unusable(dataDir: string, why: string, fix: string): ConfigError {
  return new ConfigError(`DATA_DIR "${dataDir}" cannot hold the database: ${why}. Fix: ${fix}`);
}

/** Whether this process owns the path: only an owner (or root) may change its mode. */
const ownedHere = (p: string) => process.getuid === undefined || fs.statSync(p).uid === process.getuid();

const warnOnce = (line: string) => process.emitWarning(line, { code: 'GRADIMENTO_DATA_DIR_OPEN' });

/**
 * Makes the folder and the database file ready; returns the file's path. `warn` hears of a folder
 * left open to others (the collector and the command-line tool have it on standard error).
 */
export function prepareDataDir(dataDir: string, fileName: string, warn: (line: string) => void = warnOnce): string {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw unusable(dataDir, 'it (or a folder above it) is a file, not a folder', 'point DATA_DIR at a folder, e.g. DATA_DIR=/var/lib/gradimento');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw unusable(dataDir, 'this user may not create it', `create it for the collector's user (mkdir -p ${dataDir} && chown $USER ${dataDir}) or choose another DATA_DIR`);
    throw unusable(dataDir, String((err as Error).message), 'choose another DATA_DIR');
  }
  if (!fs.statSync(dataDir).isDirectory()) throw unusable(dataDir, 'it is a file, not a folder', 'point DATA_DIR at a folder, e.g. DATA_DIR=/var/lib/gradimento');
  try {
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw unusable(dataDir, 'this user may not read and write in it', `give the collector's user rights on it (chown $USER ${dataDir}) or choose another DATA_DIR`);
  }
  const file = path.join(dataDir, fileName);
  try {
    // Created here with 0600 rather than by SQLite with the umask's 0644: SQLite then gives its
    // WAL and shared-memory files the same permissions as the database file.
    fs.closeSync(fs.openSync(file, 'a', 0o600));
    if (process.platform !== 'win32') {
      // A folder the collector may write but does not own (root:nogroup, mode 2770, the collector
      // running as nobody) is its owner's to set: chmod would fail with EPERM. Its files are the
      // collector's own, and private whatever the folder.
      if (ownedHere(dataDir)) fs.chmodSync(dataDir, 0o700);
      else {
        const mode = fs.statSync(dataDir).mode & 0o7777;
        if (mode & 0o007) warn(`DATA_DIR "${dataDir}" is open to every user of this machine (mode ${mode.toString(8)}) and is not this user's own, so its mode was left as it is; the database files in it are private (0600), but anyone may remove or replace them. Fix: chmod o-rwx ${dataDir} (as its owner or root)`);
      }
      for (const f of [file, ...COMPANIONS.map((suffix) => file + suffix)]) if (fs.existsSync(f) && ownedHere(f)) fs.chmodSync(f, 0o600);
    }
  } catch (err) {
    throw unusable(dataDir, `the database file ${file} cannot be opened (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'give the collector\'s user rights on the file, or choose another DATA_DIR');
  }
  return file;
}
