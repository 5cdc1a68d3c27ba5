// The note migrate-to-postgres leaves beside the SQLite file it copied. Without it, a DATABASE_URL
// left out or misspelt after the move (DATABASE_URl in the service's environment file) started the
// collector on the old file without a word: it acknowledged votes there, the terminals deleted
// them, and nothing could bring them into PostgreSQL. With it, the store refuses that file and says
// what to set; whoever really means to go back to the embedded file deletes the note.
import fs from 'node:fs';
import path from 'node:path';
import { SQLITE_FILE } from './dialect';

export const MOVED_MARK = `${SQLITE_FILE}.moved-to-postgresql`;

export function markMoved(dataDir: string, target: string, at: Date): string {
  const file = path.join(dataDir, MOVED_MARK);
  fs.writeFileSync(
    file,
    [
      target,
      at.toISOString(),
      '',
      `npm run admin -- migrate-to-postgres copied ${path.join(dataDir, SQLITE_FILE)} into the database above at the time above.`,
      'The collector and the command-line tool refuse the SQLite file while this note is here: set DATABASE_URL to the database above.',
      'To go back to the SQLite file on purpose (its data stops at the copy), delete this note.',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  return file;
}

/** Where the installation went and when, if this folder's SQLite file was moved to PostgreSQL. */
export function movedTo(dataDir: string): { file: string; target: string; at: string } | null {
  const file = path.join(dataDir, MOVED_MARK);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const [target = '', at = ''] = text.split('\n');
  return { file, target, at };
}
