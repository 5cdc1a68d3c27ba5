// The time that several collector processes compare with each other: PostgreSQL's own clock, read in
// the statement that compares it, so that a machine whose clock runs ahead or behind can neither end
// a lease or a window early for the others nor keep one for ever. SQLite has one process, and its
// own clock is the only one there is.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { onPostgres } from './on-postgres';

/** Date.prototype.toISOString's form, in which the tables store these times: text order is time order. */
const ISO = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/**
 * The statement's time plus `ms`, as ISO text: on PostgreSQL the server's (statement_timestamp(),
 * one value for the whole statement), on SQLite `now`'s.
 */
export function sharedTime(db: Kysely<any>, now: Date, ms = 0): RawBuilder<string> {
  return onPostgres(db) ? postgresTime(ms) : sql<string>`${new Date(now.getTime() + ms).toISOString()}`;
}

/** PostgreSQL's statement time plus `ms` (a number, or a column of the statement), as ISO text. */
export function postgresTime(ms: number | RawBuilder<number> = 0): RawBuilder<string> {
  return sql<string>`to_char((statement_timestamp() at time zone 'UTC') + ${ms}::double precision * interval '1 millisecond', ${ISO})`;
}

/**
 * A shared-clock time said in the caller's time: `now` plus what is left until it by the shared clock
 * (`sharedNow`, read in the same statement). What a collector tells a person or a browser, which compare
 * it with their own clocks, not with the database's.
 */
export function inCallersTime(at: string, sharedNow: string, now: Date): string {
  return new Date(now.getTime() + Date.parse(at) - Date.parse(sharedNow)).toISOString();
}
