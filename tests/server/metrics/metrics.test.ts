// /metrics: open from this machine or with the token; counts stored, refused and conflicting votes, connected terminals and queue age.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TerminalHeartbeat } from '../../../server/contract/events';
import { DATABASE_WAIT_MS } from '../../../server/metrics/routes';
import { listen, makeVote, postVotes, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';
import { socketClients } from '../helpers/sockets';

const TOKEN = 'metrics-token-for-the-test-run-0123456789';
let c: TestCollector;
let base = '';
const sockets = socketClients(() => base);
beforeEach(async () => {
  c = await startCollector({ env: { METRICS_TOKEN: TOKEN } });
  base = await listen(c);
});
afterEach(async () => {
  sockets.closeAll();
  await c?.close();
});

const scrape = (headers: Record<string, string> = {}) => fetch(`${base}/metrics`, { headers });
const value = (text: string, line: string) => Number(new RegExp(`^${line.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

describe('/metrics', () => {
  it('answers this machine, and others only with the token', async () => {
    expect((await scrape()).status).toBe(200);
    // Relayed by a proxy on the same machine: no longer "this machine".
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer wrong-token-of-the-same-length-012345678' })).status).toBe(403);
  });

  // A proxy on this machine may tell the client's address in Forwarded or X-Real-IP only.
  it.each<Record<string, string>>([{ forwarded: 'for=203.0.113.9' }, { 'x-real-ip': '203.0.113.9' }, { 'x-forwarded-for': '203.0.113.9' }])('treats a request from this machine with %o as relayed: the token only', async (relayed) => {
    expect((await scrape(relayed)).status).toBe(403);
    expect((await scrape({ ...relayed, authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('counts votes stored, batches by outcome and votes refused', async () => {
    const vote = makeVote();
    await postVotes(c, [vote, makeVote()]);
    await postVotes(c, [vote]);
    await postVotes(c, [{ ...vote, face: 'negativo', followUp: 'skipped' }]);
    await postVotes(c, [makeVote({ serviceId: 'nope' })]);
    const text = await (await scrape()).text();
    expect(value(text, 'gradimento_votes_stored_total')).toBe(2);
    expect(value(text, 'gradimento_vote_batches_total{outcome="stored"}')).toBe(2);
    expect(value(text, 'gradimento_vote_batches_total{outcome="conflict"}')).toBe(1);
    expect(value(text, 'gradimento_vote_batches_total{outcome="invalid"}')).toBe(1);
    expect(value(text, 'gradimento_votes_rejected_total{reason="conflict"}')).toBe(1);
    expect(value(text, 'gradimento_votes_rejected_total{reason="invalid"}')).toBe(1);
    expect(value(text, 'gradimento_ingest_seconds_count')).toBe(4);
    expect(text).toContain('gradimento_process_');
  });

  it('shows the terminals connected and the age of the oldest vote they still hold', async () => {
    const terminal = await sockets.connect({ token: c.tokens[TOTEM.id] });
    expect(await terminal.emitWithAck('terminal:hello', { terminalId: TOTEM.id })).toMatchObject({ data: {} });
    const oldest = new Date(Date.now() - 3_600_000).toISOString();
    const beat: TerminalHeartbeat = { appVersion: '0.1.0+test', pending: 12, held: 1, oldestQueuedAt: oldest, lastDeliveryAt: null, storage: { usage: 1000, quota: 10_000_000 }, persisted: true };
    expect(await terminal.emitWithAck('terminal:heartbeat', beat)).toMatchObject({ data: { receivedAt: expect.any(String) } });
    expect(await terminal.emitWithAck('terminal:heartbeat', { ...beat, pending: -1 })).toMatchObject({ error: { code: 'validation_failed' } });
    const text = await (await scrape()).text();
    expect(value(text, 'gradimento_connected_terminals')).toBe(1);
    expect(value(text, 'gradimento_terminal_oldest_queued_vote_seconds')).toBeGreaterThanOrEqual(3600);
    const row = await c.store.db.selectFrom('terminal_status').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ terminal_id: TOTEM.id, app_version: '0.1.0+test', pending: 12, held: 1, oldest_queued_at: oldest, persisted: 1 });
  });

  it('refuses a heartbeat before terminal:hello', async () => {
    const terminal = await sockets.connect({ token: c.tokens[TOTEM.id] });
    const beat = { appVersion: 'x', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: null };
    expect(await terminal.emitWithAck('terminal:heartbeat', beat)).toMatchObject({ error: { code: 'terminal_not_enrolled' } });
  });

  it.runIf(TEST_STORE === 'postgres')('keeps answering while PostgreSQL answers nothing, with the database unreachable', async () => {
    // A table the scrape reads, locked by another session: its query waits with no error and no end,
    // as on a frozen server (SIGSTOP, a hung host), without freezing the server the other tests share.
    const locker = new pg.Client({ connectionString: c.config.databaseUrl! });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table terminal_status in access exclusive mode');
      for (let scrapeNo = 0; scrapeNo < 2; scrapeNo++) {
        const started = Date.now();
        // Cut short well before the test's own time limit: the lock must be released in finally.
        const res = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(10_000) });
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(Date.now() - started).toBeLessThan(DATABASE_WAIT_MS + 1_500);
        expect(value(text, 'gradimento_database_reachable')).toBe(0);
        expect(text).toMatch(/^gradimento_terminal_oldest_queued_vote_seconds nan$/im);
      }
      await locker.query('rollback');
      expect(value(await (await scrape()).text(), 'gradimento_database_reachable')).toBe(1);
    } finally {
      await locker.end();
    }
  });
});
