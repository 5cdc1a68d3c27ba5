// Two collector processes on one PostgreSQL: a vote stored by one reaches a dashboard watching on the
// other, a revocation on one ends the terminal's socket on the other, each sweeps only its own sockets.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../../server/store/seed-demo';
import { COUNTER, listen, makeTempDir, makeVote, postVotes, removeTempDir, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';
import { next, settle, socketClients } from '../helpers/sockets';
import { as } from '../admin/admin-api';
import { apiPaths } from '../../../server/contract/api';

// One SQLite file serves one collector process: there is no second one to reach.
const onPostgres = describe.skipIf(TEST_STORE !== 'postgres');

let a: TestCollector;
let b: TestCollector;
let dir = '';
let baseB = '';
const clientsB = socketClients(() => baseB);
beforeEach(async () => {
  if (TEST_STORE !== 'postgres') return;
  // One data dir, so one database, opened by two collectors: two processes of one installation.
  // Made here, so that neither collector removes the database when it stops.
  dir = makeTempDir();
  a = await startCollector({ dir });
  b = await startCollector({ dir, enrolTerminals: false });
  await listen(a);
  baseB = await listen(b);
});
afterEach(async () => {
  clientsB.closeAll();
  await b?.close();
  await a?.close();
  if (dir) await removeTempDir(dir);
});

onPostgres('several collectors on one PostgreSQL', () => {
  it('tells a dashboard connected to one collector about a vote stored by the other', async () => {
    const dashboard = await clientsB.connect({ cookie: b.admin.cookie });
    expect(await dashboard.emitWithAck('report:watch', { officeId: TOTEM.officeId })).toEqual({ data: { officeId: TOTEM.officeId } });
    const heard = next(dashboard, 'vote:stored');
    expect((await postVotes(a, [makeVote({ castAt: new Date().toISOString() })])).status).toBe(200);
    expect(await heard).toMatchObject({ officeId: TOTEM.officeId, count: 1 });
  });

  it('ends, on the other collector, the socket of a terminal revoked on this one', async () => {
    const terminal = await clientsB.connect({ token: a.tokens[TOTEM.id] });
    expect(await terminal.emitWithAck('terminal:hello', { terminalId: TOTEM.id })).toMatchObject({ data: {} });
    const revoked = next(terminal, 'terminal:revoked');
    const closed = next(terminal, 'disconnect');
    expect((await as(a.app, a.admin).post(apiPaths.terminalRevoke(TOTEM.id))).status).toBe(200);
    expect(await revoked).toEqual({ terminalId: TOTEM.id });
    await closed;
    expect(terminal.connected).toBe(false);
  });

  it('tells the other collector of a counter moved to another service at once: its next vote is judged by the new set-up, not by 2 s of memory', async () => {
    const token = a.tokens[COUNTER.id]!;
    // B remembers the counter's services (Anagrafe) from a vote it took.
    expect((await postVotes(b, [makeVote({ serviceId: 'valdoria-anagrafe', castAt: new Date().toISOString() })], COUNTER.id, token)).status).toBe(200);
    expect((await as(a.app, a.admin).patch(apiPaths.terminal(COUNTER.id), { serviceIds: ['valdoria-tributi'] })).status).toBe(200);
    const started = Date.now();
    const vote = makeVote({ serviceId: 'valdoria-tributi', castAt: new Date().toISOString() });
    // Taken well inside the cache's 2 s: the notice through PostgreSQL arrives in milliseconds.
    await expect.poll(async () => (await postVotes(b, [vote], COUNTER.id, token)).status, { timeout: 1_200, interval: 50 }).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps the sockets of one collector when the other stops', async () => {
    const dashboard = await clientsB.connect({ cookie: b.admin.cookie });
    await a.close();
    await settle();
    expect(dashboard.connected).toBe(true);
    expect(await dashboard.emitWithAck('report:watch', { officeId: DEMO.offices[0]!.id })).toMatchObject({ data: {} });
  });
});
