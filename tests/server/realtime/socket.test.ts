// socket.io on a real port: report:watch rooms, vote:stored after new votes only, terminal:hello's config version, the heartbeat's pace, clean close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { HEARTBEAT_MIN_INTERVAL_MS, type ProtocolError, type TerminalHeartbeat, type VotesStoredEvent } from '../../../server/contract/events';
import type { Vote } from '../../../server/contract/vote';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, COUNTER, fixedClock, listen, makeVote, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { socketClients, type Client } from '../helpers/sockets';

const [MUNICIPIO, SAN_ROCCO] = DEMO.offices.map((o) => o.id) as [string, string];

let c: TestCollector;
let base: string;
const clients = socketClients(() => base);

beforeEach(async () => {
  c = await startCollector({ now: fixedClock('2026-03-12T12:00:00Z') });
  base = await listen(c);
});
afterEach(async () => {
  clients.closeAll();
  await c?.close();
});

/** A dashboard: the installation admin's session cookie. */
const connect = () => clients.connect({ cookie: c.admin.cookie });
/** A terminal: its device token. */
const connectTerminal = (terminalId: string) => clients.connect({ token: c.tokens[terminalId]! });

/** Records vote:stored events and lets a test wait for the n-th one. */
function recorder(socket: Client) {
  const events: VotesStoredEvent[] = [];
  let wake = () => {};
  socket.on('vote:stored', (e) => {
    events.push(e);
    wake();
  });
  return {
    events,
    async nth(n: number): Promise<VotesStoredEvent> {
      const deadline = Date.now() + 5000;
      while (events.length < n) {
        if (Date.now() > deadline) throw new Error(`only ${events.length} vote:stored events, waited for ${n}`);
        await new Promise<void>((r) => ((wake = r), setTimeout(r, 50)));
      }
      return events[n - 1]!;
    },
  };
}

async function post(terminalId: string, votes: Vote[]) {
  const headers = { 'content-type': 'application/json', ...asTerminal(c.tokens[terminalId]!) };
  const res = await fetch(`${base}${apiPaths.votes}`, { method: 'POST', headers, body: JSON.stringify({ terminalId, votes }) });
  expect(res.status).toBe(200);
}

describe('report:watch and vote:stored', () => {
  it('tells watchers of an office once per batch of new votes, with the count and local days', async () => {
    const a = await connect();
    const b = await connect();
    expect(await a.emitWithAck('report:watch', { officeId: MUNICIPIO })).toEqual({ data: { officeId: MUNICIPIO } });
    expect(await b.emitWithAck('report:watch', { officeId: SAN_ROCCO })).toEqual({ data: { officeId: SAN_ROCCO } });
    const onA = recorder(a);
    const onB = recorder(b);

    const votes = [makeVote({ castAt: '2026-03-10T22:30:00Z' }), makeVote({ castAt: '2026-03-10T23:30:00Z' }), makeVote({ castAt: '2026-03-09T10:00:00Z' })];
    await post(TOTEM.id, votes);
    expect(await onA.nth(1)).toEqual({ officeId: MUNICIPIO, count: 3, days: ['2026-03-09', '2026-03-10', '2026-03-11'] });

    // A resend stores nothing and says nothing: the next event is the one of the next new vote.
    await post(TOTEM.id, votes);
    await post(TOTEM.id, [votes[0]!, makeVote({ castAt: '2026-03-12T08:00:00Z' })]);
    expect(await onA.nth(2)).toEqual({ officeId: MUNICIPIO, count: 1, days: ['2026-03-12'] });

    // Events reach a socket in order: San Rocco's first event is its own, so none of the municipio's reached it.
    await post(COUNTER.id, [makeVote({ serviceId: COUNTER.services[0]! })]);
    expect(await onB.nth(1)).toEqual({ officeId: SAN_ROCCO, count: 1, days: ['2026-03-10'] });
    expect(onB.events).toHaveLength(1);
    expect(onA.events).toHaveLength(2);
  });

  it('tells of requests answered by one group commit together, every vote counted once', async () => {
    const a = await connect();
    await a.emitWithAck('report:watch', { officeId: MUNICIPIO });
    const onA = recorder(a);
    // Twelve single-vote requests at once: the group commit answers those that waited together,
    // and their events leave as one (server/realtime/stored-events.ts).
    const days = Array.from({ length: 12 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
    await Promise.all(days.map((day) => post(TOTEM.id, [makeVote({ castAt: `${day}T10:00:00Z` })])));
    await vi.waitFor(() => expect(onA.events.reduce((n, e) => n + e.count, 0)).toBe(12), { timeout: 5000, interval: 20 });
    expect(onA.events.flatMap((e) => e.days).sort()).toEqual(days);
    for (const e of onA.events) expect(e).toEqual({ officeId: MUNICIPIO, count: e.days.length, days: [...e.days].sort() });
  });

  it('stops telling a socket after report:unwatch', async () => {
    const a = await connect();
    await a.emitWithAck('report:watch', { officeId: MUNICIPIO });
    await a.emitWithAck('report:watch', { officeId: SAN_ROCCO });
    const onA = recorder(a);
    expect(await a.emitWithAck('report:unwatch', { officeId: MUNICIPIO })).toEqual({ data: { officeId: MUNICIPIO } });
    await post(TOTEM.id, [makeVote()]);
    await post(COUNTER.id, [makeVote({ serviceId: COUNTER.services[0]! })]);
    expect((await onA.nth(1)).officeId).toBe(SAN_ROCCO);
  });

  it('answers an error ack for an unknown office or a malformed request', async () => {
    const a = await connect();
    expect(await a.emitWithAck('report:watch', { officeId: 'valdoria-luna' })).toEqual({ error: { code: 'office_unknown', message: expect.any(String) } });
    const bad = await a.emitWithAck('report:watch', { officeId: 42 } as unknown as { officeId: string });
    expect(bad).toMatchObject({ error: { code: 'validation_failed' } });
  });
});

describe('terminal:hello', () => {
  it('acks the same configVersion as the config endpoint', async () => {
    const t = await connectTerminal(TOTEM.id);
    const { version } = await (await fetch(`${base}${apiPaths.terminalConfig(TOTEM.id)}`, { headers: asTerminal(c.tokens[TOTEM.id]!) })).json();
    expect(version).toEqual(expect.any(String));
    expect(await t.emitWithAck('terminal:hello', { terminalId: TOTEM.id })).toEqual({ data: { configVersion: version } });
  });

  it('acks terminal_unknown for a terminal archived after it connected', async () => {
    const t = await connectTerminal(TOTEM.id);
    await c.store.db.updateTable('terminals').set({ archived_at: '2026-03-01T00:00:00Z' }).where('id', '=', TOTEM.id).execute();
    expect(await t.emitWithAck('terminal:hello', { terminalId: TOTEM.id })).toMatchObject({ error: { code: 'terminal_unknown' } });
  });

  it('acks forbidden for an unknown terminal: a token speaks only for its own', async () => {
    const t = await connectTerminal(TOTEM.id);
    expect(await t.emitWithAck('terminal:hello', { terminalId: 'valdoria-fantasma' })).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('acks validation_failed for a payload that is not a hello (null, no id, not a string)', async () => {
    const t = await connectTerminal(TOTEM.id);
    for (const req of [null, {}, { terminalId: 42 }, { terminalId: '' }]) {
      expect(await t.emitWithAck('terminal:hello', req as unknown as { terminalId: string }), JSON.stringify(req)).toEqual({ error: { code: 'validation_failed', message: expect.stringContaining('terminalId') } });
    }
  });
});

describe('what the contract does not answer', () => {
  it('tells a client once of an event it does not know, and of a known one sent without its acknowledgement; nothing is done', async () => {
    const t = await connectTerminal(TOTEM.id);
    const told: ProtocolError[] = [];
    t.on('protocol:error', (e) => told.push(e));
    const raw = t as unknown as { emit: (event: string, ...args: unknown[]) => void };
    raw.emit('terminal:helo', { terminalId: TOTEM.id });
    raw.emit('terminal:helo', { terminalId: TOTEM.id });
    raw.emit('terminal:hello', { terminalId: TOTEM.id });
    // An answer through the ack still comes after them: the socket stays usable.
    expect(await t.emitWithAck('terminal:hello', { terminalId: TOTEM.id })).toMatchObject({ data: {} });
    await vi.waitFor(() => expect(told).toHaveLength(2));
    expect(told).toEqual([
      { event: 'terminal:helo', code: 'unknown_event', message: expect.stringContaining('terminal:hello') },
      { event: 'terminal:hello', code: 'ack_required', message: expect.stringContaining('callback') },
    ]);
    // Nothing done: a hello without its ack does not enrol the socket, so its heartbeat is refused.
    const other = await connectTerminal(COUNTER.id);
    (other as unknown as { emit: (event: string, ...args: unknown[]) => void }).emit('terminal:hello', { terminalId: COUNTER.id });
    const beat: TerminalHeartbeat = { appVersion: '1.0.0', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: null };
    expect(await other.emitWithAck('terminal:heartbeat', beat)).toMatchObject({ error: { code: 'terminal_not_enrolled' } });
  });
});

describe('terminal:heartbeat', () => {
  const beat: TerminalHeartbeat = { appVersion: '1.0.0', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: null };
  afterEach(() => vi.restoreAllMocks());

  it(`stores at most one per terminal every ${HEARTBEAT_MIN_INTERVAL_MS / 1000} s, on any of its sockets; one sooner is refused and not written`, async () => {
    const [first, second] = [await connectTerminal(TOTEM.id), await connectTerminal(TOTEM.id)];
    for (const t of [first, second]) await t.emitWithAck('terminal:hello', { terminalId: TOTEM.id });
    expect(await first.emitWithAck('terminal:heartbeat', { ...beat, pending: 1 })).toMatchObject({ data: {} });
    const soon = await second.emitWithAck('terminal:heartbeat', { ...beat, pending: 2 });
    expect(soon).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/^Heartbeats too frequent: at most one every 5 s is stored; this one was not\. Send it again in [1-5] s\.$/) } });
    const pending = async () => (await c.store.db.selectFrom('terminal_status').select('pending').where('terminal_id', '=', TOTEM.id).executeTakeFirstOrThrow()).pending;
    expect(await pending()).toBe(1);
    // Another terminal has its own allowance.
    const counter = await connectTerminal(COUNTER.id);
    await counter.emitWithAck('terminal:hello', { terminalId: COUNTER.id });
    expect(await counter.emitWithAck('terminal:heartbeat', beat)).toMatchObject({ data: {} });
    // Once the interval has passed (elapsed time, not the collector's clock), the next is stored.
    const started = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => started + HEARTBEAT_MIN_INTERVAL_MS + 1);
    expect(await second.emitWithAck('terminal:heartbeat', { ...beat, pending: 3 })).toMatchObject({ data: {} });
    expect(await pending()).toBe(3);
  });
});

describe('closing', () => {
  it('closes promptly with clients still connected, and they see their transport close, after which socket.io reconnects', async () => {
    const a = await connect();
    const b: Client = await clients.connect({ token: c.tokens[TOTEM.id]!, transports: ['polling'] });
    await a.emitWithAck('report:watch', { officeId: MUNICIPIO });
    const gone = Promise.all([a, b].map((s) => new Promise((r) => s.once('disconnect', r))));
    const started = Date.now();
    await c.close();
    // The transport ended (a long-poll cut short may say 'transport error'), after which socket.io-client reconnects;
    // not 'io server disconnect', after which it never does (tests/server/realtime/reconnect.test.ts).
    for (const reason of await gone) expect(['transport close', 'transport error']).toContain(reason);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
