// Which failures of a request are the database's state, not the request's or the code's: the disk is
// full, the database does not answer (PostgreSQL stopped, restarting, the network to it cut), it is
// busy past the wait, or it cannot read or write its files. The request is then answered 503 with
// Retry-After and words that say so (server/http/errors.ts), not as "the collector failed": a
// terminal keeps its votes and sends them again; a person is told what is wrong and that nothing
// was stored; the operator reads the database's own error in the log.

export type StoreFailure = 'full' | 'unreachable' | 'busy' | 'io';

/** Node's network errors on the way to PostgreSQL. */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** pg's own words when the connection goes or cannot be made in time (it gives them no code). */
const PG_CONNECTION_LOST = /^Connection terminated|^timeout exceeded when trying to connect|^Client has encountered a connection error/;

function sqliteFailure(code: string): StoreFailure | null {
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return 'io';
  // The rest (a constraint, a misuse, a corrupt file) is not a passing state: a 500, in the log.
  return null;
}

/** SQLSTATE classes: https://www.postgresql.org/docs/current/errcodes-appendix.html */
function postgresFailure(code: string, severity: unknown): StoreFailure | null {
  if (code === '53100') return 'full'; // disk_full
  if (code.startsWith('08') || code === '53300' || /^57P0[1-4]$/.test(code)) return 'unreachable'; // connection, too many connections, shut down or starting
  if (code.startsWith('58')) return 'io'; // system_error, io_error
  // A session the server ended (FATAL: a database that no longer takes connections, say).
  return severity === 'FATAL' || severity === 'PANIC' ? 'unreachable' : null;
}

/** The database's state behind `error` (or its causes), or null when the error is anything else. */
export function storeFailure(error: unknown): StoreFailure | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, severity, message } = e as { code?: unknown; severity?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (code.startsWith('SQLITE_')) return sqliteFailure(code);
      if (NETWORK.has(code)) return 'unreachable';
      if (/^[0-9A-Z]{5}$/.test(code)) {
        const failure = postgresFailure(code, severity);
        if (failure) return failure;
      }
    }
    if (typeof message === 'string' && PG_CONNECTION_LOST.test(message)) return 'unreachable';
  }
  return null;
}

/** How long a client should wait before trying again: a busy database frees soon, the rest needs someone. */
export const RETRY_AFTER_SECONDS: Readonly<Record<StoreFailure, number>> = { full: 60, unreachable: 15, busy: 5, io: 60 };
