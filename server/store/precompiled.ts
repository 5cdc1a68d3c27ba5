// A hot-path query built and compiled once per store and shape, then run with fresh values: building a Kysely query on every vote was a sixth of a request's CPU.
import { createQueryId, type Compilable, type CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Stands for the i-th value while compiling; no real value starts with a NUL. */
const SLOT = '\u0000slot:';

/**
 * `build` receives placeholders in place of the values and returns the query; it is compiled the
 * first time a store (SQLite or PostgreSQL: the SQL differs) runs it with that many values, and
 * each run then binds the real values where the placeholders were. Only for values bound as
 * parameters (ids, dates), never for anything that changes the SQL's text.
 */
export function precompiled<R>(build: (db: Kysely<Database>, slots: readonly string[]) => Compilable<R>): (db: Kysely<Database>, values: readonly unknown[]) => Promise<R[]> {
  // By the store's adapter: a transaction shares it with its store, and two stores never do.
  const compiled = new WeakMap<object, Map<number, CompiledQuery<R>>>();
  return async (db, values) => {
    const adapter = db.getExecutor().adapter;
    let byLength = compiled.get(adapter);
    if (!byLength) compiled.set(adapter, (byLength = new Map()));
    let query = byLength.get(values.length);
    if (!query) {
      query = build(db, values.map((_, i) => `${SLOT}${i}`)).compile();
      if (query.parameters.filter((p) => typeof p === 'string' && p.startsWith(SLOT)).length === 0 && values.length > 0) {
        throw new Error(`precompiled query binds none of its ${values.length} values: ${query.sql}`);
      }
      byLength.set(values.length, query);
    }
    const parameters = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? values[Number(p.slice(SLOT.length))] : p));
    const result = await db.executeQuery<R>({ ...query, parameters, queryId: createQueryId() });
    return result.rows;
  };
}
