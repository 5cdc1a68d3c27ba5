// The socket.io adapter's pool: a collector stopped at any moment ends it, none of its connections left.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterPool, realtimePgPool } from '../../../server/realtime/adapter-pool';
import { attachRealtime } from '../../../server/realtime/socket';
import { openStore, type Store } from '../../../server/store/database';
import { makeTempDir, removeTempDir, storeEnv, TEST_STORE, testConfig } from '../helpers/test-collector';

// SQLite has no adapter: one process serves one file.
const onPostgres = describe.skipIf(TEST_STORE !== 'postgres');

let dir = '';
let url = '';
let store: Store;
let watcher: pg.Client;
beforeAll(async () => {
  if (TEST_STORE !== 'postgres') return;
  dir = makeTempDir();
  url = (await storeEnv(dir)).DATABASE_URL!;
  store = await openStore(testConfig(dir, { DATABASE_URL: url }));
  watcher = new pg.Client({ connectionString: url });
  await watcher.connect();
});
afterAll(async () => {
  await watcher?.end();
  await store?.close();
  if (dir) await removeTempDir(dir);
});

/** Connections the realtime pools still have to this test's database, once the server has seen them go. */
async function realtimeConnections(): Promise<number> {
  let count = -1;
  for (let i = 0; i < 50; i++) {
    const { rows } = await watcher.query<{ n: string }>(
      "select count(*) as n from pg_stat_activity where datname = current_database() and application_name = 'gradimento-realtime'",
    );
    count = Number(rows[0]!.n);
    if (count === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return count;
}

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p.then(() => 'settled' as const), new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

onPostgres('the socket.io adapter on PostgreSQL', () => {
  it('stops at once however soon after its start, leaving no connection', async () => {
    // Before the fix, 39 stops of 40 right after the start waited for ever: the adapter was still
    // taking its LISTEN connection, and its close released only a connection already set up.
    const log = pino({ level: 'silent' });
    for (let i = 0; i < 12; i++) {
      const realtime = attachRealtime(http.createServer(), store.db, log, () => new Date(), { databaseUrl: url });
      if (i % 3) await new Promise((r) => setTimeout(r, i));
      expect(await within(realtime.close(), 5_000), `stop ${i}`).toBe('settled');
    }
    expect(await realtimeConnections()).toBe(0);
  });

  it('stops as well once it is listening', async () => {
    const realtime = attachRealtime(http.createServer(), store.db, pino({ level: 'silent' }), () => new Date(), { databaseUrl: url });
    await expect.poll(async () => {
      const { rows } = await watcher.query("select count(*) as n from pg_stat_activity where datname = current_database() and application_name = 'gradimento-realtime' and query like 'LISTEN%'");
      return Number(rows[0].n);
    }).toBe(1);
    expect(await within(realtime.close(), 5_000)).toBe('settled');
    expect(await realtimeConnections()).toBe(0);
  });

  it('lives through the server ending its listening connection (a restart, a failover), says so, and listens again', async () => {
    // Before the fix the ended connection's 'error' had no listener: thrown, it stopped the whole
    // collector, so a PostgreSQL restart took every collector process down with it.
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const realtime = attachRealtime(http.createServer(), store.db, log, () => new Date(), { databaseUrl: url });
    const listening = async () => {
      const { rows } = await watcher.query("select count(*) as n from pg_stat_activity where datname = current_database() and application_name = 'gradimento-realtime' and query like 'LISTEN%'");
      return Number(rows[0].n);
    };
    await expect.poll(listening).toBe(1);
    await watcher.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'gradimento-realtime'");
    await expect.poll(() => lines.some((l) => l.includes('socket.io PostgreSQL listening connection lost'))).toBe(true);
    // The adapter takes a new one on its own (its retry: 1-3 s).
    await expect.poll(listening, { timeout: 10_000 }).toBe(1);
    expect(await within(realtime.close(), 5_000)).toBe('settled');
    expect(await realtimeConnections()).toBe(0);
  });

  it('destroys a connection still held at the end, and never hands out another', async () => {
    const raw = new pg.Pool({ connectionString: url, max: 2, application_name: 'gradimento-realtime' });
    const pool = adapterPool(raw, () => {});
    // Held, never released: pg's own end() waits for it for ever.
    const held = await pool.pool.connect();
    const ended = new Promise((resolve) => held.once('end', resolve));
    expect(await within(pool.end(), 5_000)).toBe('settled');
    expect(await within(ended, 1_000)).toBe('settled');
    // The adapter retries on a timer; a retry after the end must wait for ever, not spin.
    expect(await within(pool.pool.connect(), 300)).toBe('pending');
    expect(await realtimeConnections()).toBe(0);
  });

  it('keeps its listening connection probed by TCP keepalive, like the store\'s pool: a NAT that forgets an idle connection cannot silence the broadcasts', async () => {
    // Before the fix the realtime pool had no keepAlive: a LISTEN connection idle between broadcasts,
    // dropped by a NAT or firewall, stayed "open" here for ever and the other collectors went unheard.
    const realtime = attachRealtime(http.createServer(), store.db, pino({ level: 'silent' }), () => new Date(), { databaseUrl: url });
    const listenerPort = async () => {
      const { rows } = await watcher.query<{ port: number | null }>(
        "select client_port as port from pg_stat_activity where datname = current_database() and application_name = 'gradimento-realtime' and query like 'LISTEN%'",
      );
      return rows[0]?.port ?? null;
    };
    await expect.poll(listenerPort).toBeGreaterThan(0);
    const port = (await listenerPort())!;
    // The kernel's own view of this end of the connection: ss shows a keepalive timer only when SO_KEEPALIVE is set.
    const socket = execFileSync('ss', ['-tnoH', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8' });
    expect(socket).toContain(`:${port}`);
    expect(socket).toMatch(/timer:\(keepalive,/);
    expect(await within(realtime.close(), 5_000)).toBe('settled');
  });

  describe('a database that takes the connection and then never answers (stuck in recovery, a proxy whose backend is gone)', () => {
    // A listener that accepts and says nothing: PostgreSQL itself cannot be made to hang for one test
    // while the other suites use it. Sockets are kept to be destroyed at the end.
    let mute: net.Server;
    let muteUrl = '';
    const sockets = new Set<net.Socket>();
    beforeAll(async () => {
      mute = net.createServer((s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
      muteUrl = `postgres://gradimento@127.0.0.1:${(mute.address() as net.AddressInfo).port}/hung`;
    });
    afterAll(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => mute?.close(r));
    });

    it('fails a connect after the store\'s 10 s instead of waiting for ever, so the adapter\'s retry can try again', async () => {
      // Before the fix the realtime pool had no connectionTimeoutMillis: the connect never settled.
      const pool = realtimePgPool(muteUrl);
      const started = performance.now();
      const attempt = pool.connect().then(
        (client) => client.release(true),
        (err: unknown) => err,
      );
      expect(await within(attempt, 15_000)).toBe('settled');
      expect(String(await attempt)).toMatch(/timeout/i);
      expect(performance.now() - started).toBeGreaterThan(9_000);
      await pool.end();
    }, 40_000);

    it('lets the collector stop while the adapter is still trying to connect to it', async () => {
      // Before the fix the stop waited on the connect that never settled.
      const realtime = attachRealtime(http.createServer(), store.db, pino({ level: 'silent' }), () => new Date(), { databaseUrl: muteUrl });
      await expect.poll(() => sockets.size).toBeGreaterThan(0);
      expect(await within(realtime.close(), 15_000)).toBe('settled');
    }, 40_000);
  });
});
