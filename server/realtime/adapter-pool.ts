// The PostgreSQL pool that @socket.io/postgres-adapter sees, made safe to close at any moment.
import pg from 'pg';

/**
 * The realtime pool's own connections (two: the adapter's LISTEN, and its NOTIFYs), kept apart from
 * the store's pool. With TCP keepalive like the store's (server/store/dialect.ts, same delay): the
 * LISTEN connection is idle whenever no other collector broadcasts, and a NAT or firewall that
 * forgets an idle connection left it dead without a word, so this collector silently stopped hearing
 * the others' broadcasts. Probed after 10 s of silence, a dead one fails, is logged and replaced.
 *
 * And with the store's connection timeout (10 s): a database that accepts the TCP connection and then
 * never answers (a server stuck in recovery, a proxy whose backend is gone) left the connect waiting
 * for ever: the adapter never listened again nor retried, and the collector's stop waited on it. The
 * connect now fails after 10 s, and the adapter's own retry (1-3 s later) tries again.
 */
export function realtimePgPool(databaseUrl: string): pg.Pool {
  return new pg.Pool({
    connectionString: databaseUrl,
    max: 2,
    connectionTimeoutMillis: 10_000,
    application_name: 'gradimento-realtime',
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
}

export interface AdapterPool {
  /** What to hand to createAdapter: the pool's query and connect, with connect tracked. */
  readonly pool: pg.Pool;
  /**
   * Frees every connection the adapter still holds, then ends the pool. Call it after the
   * adapter's own close, which releases its listening connection only once fully set up.
   */
  end(): Promise<void>;
}

/**
 * The adapter takes its LISTEN connection in the background (connect, then one LISTEN per
 * namespace, then keeps it), and its close releases that connection only if the setup had
 * finished. A collector stopped before then (a quick restart, every short test) left the
 * connection held for ever, and pool.end() waiting on it: the stop hung (reproduced in
 * tests/server/realtime/adapter-pool.test.ts, 39 stops of 40 right after the start).
 *
 * So connections are tracked while the adapter holds them, and end() destroys those still held.
 * After end(), a connection asked for never comes: the adapter's own retry (a timer on every
 * failure) would otherwise keep asking an ended pool every two seconds, for ever.
 *
 * `onLost`: told when the server ends a connection the adapter holds; the adapter then takes another.
 */
export function adapterPool(pool: pg.Pool, onLost: (err: Error) => void): AdapterPool {
  const held = new Set<pg.PoolClient>();
  let ended = false;
  const never = () => new Promise<never>(() => {});

  async function connect(): Promise<pg.PoolClient> {
    if (ended) return never();
    const client = await pool.connect();
    if (ended) {
      client.release(true);
      return never();
    }
    held.add(client);
    // The adapter listens for the connection's 'end' (and then takes a new one) but not for its
    // 'error': when the server ends the connection (a restart, a failover, a terminated backend),
    // pg emits both, and an 'error' with no listener is thrown, stopping the whole collector.
    client.on('error', onLost);
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => {
      held.delete(client);
      release(err);
    };
    return client;
  }

  // Only what the adapter calls: connect for its listener, query for NOTIFY and its cleanup.
  const facade = { connect, query: pool.query.bind(pool) } as unknown as pg.Pool;
  return {
    pool: facade,
    async end() {
      ended = true;
      // true: destroy, not return to the pool; a LISTEN still in flight then fails, and the
      // adapter's retry asks connect(), which never answers.
      for (const client of [...held]) client.release(true);
      await pool.end();
    },
  };
}
