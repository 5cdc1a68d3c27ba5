// One fixed order of rows by their key, so concurrent transactions take row locks in the same order.

/** Code-unit order: any total order would do, as long as every writer uses this one. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A sorted copy of `rows` by the key columns named. On PostgreSQL two transactions that upsert
 * overlapping rows in different orders can each hold a row the other waits for: a deadlock, and
 * one of them fails. In the same order the second simply waits for the first.
 */
export function sortedByKey<T>(rows: readonly T[], columns: readonly (keyof T)[]): T[] {
  const key = (row: T) => columns.map((c) => String(row[c])).join('\u0000');
  return rows.map((row) => ({ row, key: key(row) })).sort((a, b) => compareKeys(a.key, b.key)).map((r) => r.row);
}
