// What of a pg_dump archive a restore runs: its table of contents (pg_restore --list) with the entries that would fail here left out.

/**
 * `pg_restore --list` with the SCHEMA entries of schemas that already exist commented out (";"),
 * for `pg_restore --use-list`. The restore drops gradimento's tables but keeps their schema (other
 * applications' objects may live in it, and the database's search_path names it): the archive's
 * `CREATE SCHEMA app` would then fail with "schema app already exists" and roll the whole restore back.
 * An entry reads "6; 2615 16385 SCHEMA - app owner": the name is all but the last word (the owner).
 */
export function listWithoutExistingSchemas(listing: string, existing: ReadonlySet<string>): { list: string; skipped: string[] } {
  const skipped: string[] = [];
  const list = listing
    .split('\n')
    .map((line) => {
      const name = /^\d+; \d+ \d+ SCHEMA - (.+) \S+$/.exec(line)?.[1];
      if (name === undefined || !existing.has(name)) return line;
      skipped.push(name);
      return `;${line}`;
    })
    .join('\n');
  return { list, skipped };
}
