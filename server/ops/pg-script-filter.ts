// pg_restore's script made fit for an older server: a setting that a newer pg_restore writes at its top, and the server does not know, is left out.
import { Transform } from 'node:stream';

/**
 * Settings pg_restore writes at the top of every script, with the first server major that knows
 * them. pg_restore 17 writes `SET transaction_timeout = 0;` whatever server the script is for, and
 * a 15 or 16 server refuses it ("unrecognized configuration parameter"): under ON_ERROR_STOP the
 * whole restore rolls back. Used only when the server's own tools are not installed (pg-tools.ts).
 */
const SETTINGS_SINCE: Readonly<Record<string, number>> = { transaction_timeout: 17 };

/** Whether a script line sets something the server (of that major) does not know. */
export function unknownSetting(line: string, serverMajor: number): boolean {
  const name = /^SET (\w+) = .*;$/.exec(line)?.[1];
  return name !== undefined && (SETTINGS_SINCE[name] ?? 0) > serverMajor;
}

/** The script's header: comments, settings, psql's own commands (\restrict), blank lines. */
const HEADER_LINE = /^(--|SET |SELECT pg_catalog\.set_config\(|\\|\r?$)/;

/**
 * A stream of pg_restore's script with the settings of unknownSetting left out. Only its header is
 * read line by line: what follows (the tables' rows in COPY blocks, where such a line could be data)
 * passes as it is.
 */
export function scriptForServer(serverMajor: number): Transform {
  let header = true;
  let pending = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!header) return done(null, chunk);
      pending = Buffer.concat([pending, chunk]);
      const out: Buffer[] = [];
      let start = 0;
      for (let end = pending.indexOf(10); end !== -1; end = pending.indexOf(10, start)) {
        const line = pending.subarray(start, end).toString('utf8');
        if (!HEADER_LINE.test(line)) {
          header = false;
          break;
        }
        if (!unknownSetting(line.trimEnd(), serverMajor)) out.push(pending.subarray(start, end + 1));
        start = end + 1;
      }
      if (!header) out.push(pending.subarray(start));
      pending = header ? pending.subarray(start) : Buffer.alloc(0);
      done(null, Buffer.concat(out));
    },
    flush(done) {
      done(null, pending);
    },
  });
}
