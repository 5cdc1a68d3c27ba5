// The embedded database's folder and files: usable, or a clear refusal naming DATA_DIR; private to
// the collector's user (0700 folder, 0600 files), since they hold people's sign-in data.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';

/** SQLite's own files beside the database: created with the database file's permissions. */
const COMPANIONS = ['-wal', '-shm', '-journal'];

function unusable(dataDir: string, why: string, fix: string): ConfigError {
  return new ConfigError(`DATA_DIR "${dataDir}" cannot hold the database: ${why}. Fix: ${fix}`);
}

/** Makes the folder and the database file ready; returns the file's path. */
export function prepareDataDir(dataDir: string, fileName: string): string {
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
      fs.chmodSync(dataDir, 0o700);
      fs.chmodSync(file, 0o600);
      for (const suffix of COMPANIONS) if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
    }
  } catch (err) {
    throw unusable(dataDir, `the database file ${file} cannot be opened (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'give the collector\'s user rights on the file, or choose another DATA_DIR');
  }
  return file;
}
