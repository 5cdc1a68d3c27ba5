// A database that cannot take a request (its disk full, the server refusing connections) is answered
// 503 with Retry-After and words that say what is wrong and that nothing was stored, never "the
// collector failed"; nothing of the request is half-stored, and once the database is back the same
// batch is stored whole. Real failures of the real stores: SQLite refused room to grow
// (max_page_count, what a full disk does to it), PostgreSQL refusing every connection.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { postgresOutage, type PostgresOutage } from '../helpers/postgres-outage';
import { rollupDifferences } from '../helpers/recount-rollups';
import { asTerminal, countRows, makeVote, postVotes, startCollector, TEST_STORE, TOTEM, type SignedIn, type TestCollector } from '../helpers/test-collector';

/** The same person, reading the dashboard in Italian. */
const inItalian = (who: SignedIn): SignedIn => ({ ...who, headers: { ...who.headers, 'accept-language': 'it' } });
const batch = () => Array.from({ length: 500 }, (_, i) => makeVote({ castAt: new Date(Date.parse('2026-03-10T09:00:00Z') + i * 30_000).toISOString() }));
/** What /metrics says (from this machine): batches answered 503, and whether the database answered the scrape. */
async function scrape(c: TestCollector) {
  const res = await c.app.inject({ url: '/metrics' });
  expect(res.statusCode).toBe(200);
  const value = (pattern: RegExp) => pattern.exec(res.body)?.[1];
  return { unavailable: value(/^gradimento_vote_batches_total\{outcome="unavailable"\} (\d+)$/m), reachable: value(/^gradimento_database_reachable (\d+)$/m) };
}

/** What every refusal here must be: 503, its code, Retry-After in the header and the body, these words. */
function expectUnavailable(res: { status: number; headers: Record<string, unknown>; body: { error: { code: string; message: string; retryAfterSeconds?: number } } }, seconds: number, words: RegExp) {
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe(String(seconds));
  expect(res.body.error).toEqual({ code: 'service_unavailable', message: expect.stringMatching(words), retryAfterSeconds: seconds });
}

describe.runIf(TEST_STORE === 'sqlite')('an SQLite database whose disk is full', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  /** What a full disk does to SQLite: the file may not grow by one more page (or, with `false`, grows as it likes again). */
  const diskFull = async (full: boolean) => {
    const now = (await sql<{ page_count: number }>`pragma page_count`.execute(c.store.db)).rows[0]!.page_count;
    await sql.raw(`pragma max_page_count = ${full ? now : 1_073_741_823}`).execute(c.store.db);
  };

  it('refuses a batch with 503 and says so, stores none of it, and stores it whole once there is room', async () => {
    const votes = batch();
    const before = await countRows(c.store, 'votes');
    await diskFull(true);
    const refused = await postVotes(c, votes);
    expectUnavailable(refused, 60, /^The database's disk is full: nothing was stored\. Try again in 60 s; whoever runs the collector must free space/);
    // A full disk still reads: reachable.
    expect(await scrape(c)).toEqual({ unavailable: '1', reachable: '1' });

    // The same batch asked in Italian (a terminal's staff read its answers in Italian).
    const inIt = await c.app.inject({ method: 'POST', url: apiPaths.votes, payload: { terminalId: TOTEM.id, votes }, headers: { ...asTerminal(c.tokens[TOTEM.id]!), 'accept-language': 'it' } });
    expectUnavailable({ status: inIt.statusCode, headers: inIt.headers, body: inIt.json() }, 60, /^Il disco della base dati è pieno: non è stato salvato nulla\. Riprova tra 60 s; chi gestisce il collettore deve liberare spazio/);
    expect((await scrape(c)).unavailable).toBe('2');
    // The database still answers a read, and the health check says what the writes meet.
    const health = await c.app.inject({ url: apiPaths.health });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'database disk full', since: expect.any(String), version: expect.any(String) });
    expect(Number(health.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(health.headers['retry-after'])).toBeLessThanOrEqual(60);

    await diskFull(false);
    expect(await countRows(c.store, 'votes')).toBe(before);
    expect(await rollupDifferences(c.store.db)).toEqual([]);
    const stored = await postVotes(c, votes);
    expect(stored.status).toBe(200);
    expect((await c.app.inject({ url: apiPaths.health })).json()).toEqual({ status: 'ok', version: expect.any(String) });
    expect(await countRows(c.store, 'votes')).toBe(before + votes.length);
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });
});

describe.runIf(TEST_STORE === 'postgres')('a PostgreSQL server that refuses connections', () => {
  let c: TestCollector;
  let outage: PostgresOutage;
  beforeAll(async () => {
    c = await startCollector();
    outage = await postgresOutage(c.config.databaseUrl!);
  });
  afterAll(async () => {
    await outage?.end();
    await c?.close();
  });

  it('refuses a batch and a report with 503 and says so, stores none of it, and stores it whole once it takes connections again', async () => {
    const votes = batch();
    const before = await countRows(c.store, 'votes');
    // What a stopped or restarting server does to the collector's connections: ended, and none taken.
    await outage.refuse(true);

    const refused = await postVotes(c, votes);
    expectUnavailable(refused, 15, /^The database does not answer: nothing was stored\. Try again in 15 s\.$/);
    // Monitoring still reads the collector's own figures, and that the database does not answer.
    expect(await scrape(c)).toEqual({ unavailable: '1', reachable: '0' });
    const office = DEMO.offices[0]!.id;
    const report = await as(c.app, inItalian(c.admin)).get(`${apiPaths.officeReport(office)}?from=2026-03-01&to=2026-03-31`);
    expectUnavailable(report, 15, /^La base dati non risponde: non è stato salvato nulla\. Riprova tra 15 s\.$/);

    await outage.refuse(false);
    expect(await scrape(c)).toEqual({ unavailable: '1', reachable: '1' });
    expect(await countRows(c.store, 'votes')).toBe(before);
    const stored = await postVotes(c, votes);
    expect(stored.status).toBe(200);
    expect(await countRows(c.store, 'votes')).toBe(before + votes.length);
    expect(await rollupDifferences(c.store.db)).toEqual([]);
  });
});
