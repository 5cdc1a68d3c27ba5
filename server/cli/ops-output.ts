// What the operations commands print when they succeed: what was done, with the figures to check it by, and what comes next.
import path from 'node:path';
import type { BackupSummary, RestoreSummary } from '../ops/backup';
import type { KeptAside } from '../ops/backup-files';
import { missingVotesQuery } from '../ops/sqlite-set-aside';
import type { CopySummary } from '../ops/migrate-to-postgres';
import { describeContents } from '../ops/tables';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function copyLines(s: CopySummary): string {
  const rows = s.tables.reduce((n, t) => n + t.rows, 0);
  return [
    `Copied ${rows.toLocaleString('en')} rows in ${s.tables.length} tables in ${seconds(s.ms)}; each table's count matched in both databases before the commit and again after it.`,
    `Sequences set past the copied ids: ${s.sequences.length > 0 ? s.sequences.join(', ') : 'none (no table has one)'}.`,
    `${s.source} was only read (after bringing it to the latest schema): it stays as it was, with a note beside it (${s.mark}) that stops a collector started without DATABASE_URL from taking votes on it.`,
    `Next: start the collector with DATABASE_URL=${s.target}`,
  ].join('\n');
}

export function backupLines(s: BackupSummary): string {
  const what = s.counts ? `: ${describeContents(s.counts)}` : '';
  const kind = s.kind === 'sqlite' ? 'SQLite file' : 'pg_dump archive (custom format)';
  return [
    `Backed up ${s.source} (schema ${s.schema}) to ${s.file}, a ${kind} of ${size(s.bytes)} with ${s.tables} tables${what}, in ${seconds(s.ms)}.`,
    `Restore it with: npm run admin -- restore --from ${s.file}`,
  ].join('\n');
}

/** A word a POSIX shell reads as it is, whatever it holds ($, backquotes, quotes, spaces): in single quotes. */
const shellWord = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Where the replaced database went, and what it holds that the restored backup does not. */
function keptLines(kept: KeptAside, backup: string): string[] {
  const n = kept.votesNotInBackup;
  const votes = `${n.toLocaleString('en')} vote${n === 1 ? '' : 's'}`;
  return [
    `The database it replaced is kept, as it was, at ${path.resolve(kept.file)}.`,
    n === 0
      ? `It held no vote the backup lacks (compared by id).`
      : `It held ${votes} the backup lacks (compared by id): acknowledged after the backup was taken, the terminals no longer have them. List them with: sqlite3 ${shellWord(path.resolve(kept.file))} ${shellWord(missingVotesQuery(backup))}`,
  ];
}

export function restoreLines(s: RestoreSummary): string {
  return [
    `Restored ${s.file} (schema ${s.schema}) into ${s.target} in ${seconds(s.ms)}: ${describeContents(s.counts)}.`,
    ...(s.replaced ? [`Replaced what it held before: ${describeContents(s.replaced)}.`] : []),
    ...(s.kept ? keptLines(s.kept, s.file) : []),
    ...(s.votesDropped ? [`Dropped ${s.votesDropped.toLocaleString('en')} vote${s.votesDropped === 1 ? '' : 's'} the backup lacked (compared by id): no copy of them was kept.`] : []),
    ...(s.setAside ? [`${s.target} was damaged (${s.setAside.why}): moved aside, as it was, to ${s.setAside.files.join(', ')}. Remove them once nothing more is wanted from them.`] : []),
    'Start the collector: it brings an older backup up to its own schema as it starts.',
  ].join('\n');
}
