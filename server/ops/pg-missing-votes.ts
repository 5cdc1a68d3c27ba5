// How many votes a PostgreSQL store holds whose id a pg_dump archive lacks: what restoring that archive drops for good.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { OpsError } from './ops-error';

/** Ids sent to PostgreSQL per statement: the archive's ids are never all held in memory at once. */
const CHUNK = 5000;

/**
 * The vote ids in the archive's votes table, in chunks, read from pg_restore's script as it comes
 * ("COPY public.votes (id, ...) FROM stdin;", one tab-separated row a line, up to "\.").
 */
async function* archiveVoteIds(pgRestore: string, file: string): AsyncGenerator<string[]> {
  const child = spawn(pgRestore, ['--data-only', '--table=votes', '--file=-', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  // Awaited only after the reading: a spawn that fails at once must not be an unhandled rejection meanwhile.
  exited.catch(() => undefined);
  let column = -1;
  let chunk: string[] = [];
  let finished = false;
  try {
    for await (const line of readline.createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      if (column < 0) {
        const copy = /^COPY \S*votes \((.+)\) FROM stdin;$/.exec(line);
        if (copy) column = copy[1]!.split(', ').map((c) => c.replace(/"/g, '')).indexOf('id');
        continue;
      }
      if (line === '\\.') break;
      chunk.push(line.split('\t')[column]!);
      if (chunk.length === CHUNK) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
    finished = true;
  } finally {
    // The caller stopped early (its insert failed): pg_restore, its output no longer read, would wait for ever.
    if (!finished) child.kill();
  }
  child.stdout.resume();
  const code = await exited;
  if (code !== 0) throw new OpsError('tool_failed', `Reading the votes of ${file} failed (pg_restore exited with ${code}): ${stderr.trim()}`);
}

/** Votes in `db` whose id is not in the archive: acknowledged after it was taken, so the terminals no longer have them. */
export async function votesNotInArchive(db: Kysely<Database>, pgRestore: string, file: string): Promise<number> {
  return db.connection().execute(async (conn) => {
    // A temporary table on this one connection: gone with it, and never seen by another.
    await sql`create temporary table archive_vote_ids (id text primary key)`.execute(conn);
    try {
      for await (const ids of archiveVoteIds(pgRestore, file)) {
        await sql`insert into archive_vote_ids select unnest(${ids}::text[]) on conflict do nothing`.execute(conn);
      }
      const row = await sql<{ n: string }>`select count(*) as n from votes v where not exists (select 1 from archive_vote_ids a where a.id = v.id::text)`.execute(conn);
      return Number(row.rows[0]!.n);
    } finally {
      await sql`drop table if exists archive_vote_ids`.execute(conn);
    }
  });
}
