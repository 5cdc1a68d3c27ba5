// A terminal's heartbeat: refused with the field named when its times, storage or version are not
// what the contract says, and read back without a 500 even from a row stored before those checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { TerminalHeartbeat } from '../../../server/contract/events';
import { heartbeatProblem, oldestQueuedAgeSeconds, recordHeartbeat } from '../../../server/terminals/heartbeat';
import { as } from '../admin/admin-api';
import { socketClients } from '../helpers/sockets';
import { COUNTER, listen, movableClock, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';

const NOW = '2026-11-16T09:00:00.000Z';
const good: TerminalHeartbeat = {
  appVersion: '0.1.0+abc',
  pending: 2,
  held: 0,
  oldestQueuedAt: '2026-11-16T08:40:00.000Z',
  lastDeliveryAt: '2026-11-16T08:39:00+01:00',
  storage: { usage: 1000, quota: 2000 },
  persisted: true,
};
const at = new Date(NOW);
/** When the heartbeat was stored, as the row says it: by the collector's clock on SQLite; on PostgreSQL by the database's (shared-clock.ts), which a test cannot set. */
const reportedAt = (iso: string) => (TEST_STORE === 'postgres' ? expect.any(String) : iso);

describe('heartbeatProblem', () => {
  it('accepts a well-formed heartbeat, with offsets and without fractions', () => {
    expect(heartbeatProblem(good)).toBeNull();
    expect(heartbeatProblem({ ...good, lastDeliveryAt: '2026-11-16T08:39:00Z', oldestQueuedAt: null, storage: null, persisted: null })).toBeNull();
  });

  it('names the field of a time that is not a strict ISO 8601 date-time', () => {
    for (const lastDeliveryAt of ['2026-11-29', 'garbage 2020', '1', 'Tue, 1 Jan 1970 00:00:00 GMT', '2026-11-16 08:39:00Z', '2026-02-30T10:00:00Z', '2026-11-16T25:00:00Z', '+010000-01-01T00:00:00Z', 17]) {
      expect(heartbeatProblem({ ...good, lastDeliveryAt }), String(lastDeliveryAt)).toMatch(/^lastDeliveryAt /);
    }
    expect(heartbeatProblem({ ...good, oldestQueuedAt: '2026-11-29' })).toMatch(/^oldestQueuedAt /);
    // Well formed but told by a wrong clock: not the heartbeat's fault (see recordHeartbeat below).
    expect(heartbeatProblem({ ...good, lastDeliveryAt: '1999-12-31T23:59:59Z' })).toBeNull();
  });

  it('refuses storage that is negative or not finite, and a version with control or bidi characters', () => {
    for (const storage of [{ usage: -1, quota: 10 }, { usage: 1, quota: Infinity }, { usage: Number.NaN, quota: 10 }, { usage: 1 }, 'full']) {
      expect(heartbeatProblem({ ...good, storage }), JSON.stringify(storage)).toMatch(/^storage /);
    }
    for (const appVersion of ['1.0\n', '1.0\u202e', '\u20661.0', '\u0000', '', 'x'.repeat(65)]) {
      expect(heartbeatProblem({ ...good, appVersion }), JSON.stringify(appVersion)).toMatch(/^appVersion /);
    }
  });
});

describe('the heartbeat over the socket, and reading terminals back', () => {
  let c: TestCollector;
  let base = '';
  const sockets = socketClients(() => base);
  beforeEach(async () => {
    c = await startCollector({ now: movableClock(NOW).now });
    base = await listen(c);
  });
  afterEach(async () => {
    sockets.closeAll();
    await c?.close();
  });

  it('refuses a bad heartbeat in the ack with the field named, and stores nothing', async () => {
    const terminal = await sockets.connect({ token: c.tokens[TOTEM.id] });
    expect(await terminal.emitWithAck('terminal:hello', { terminalId: TOTEM.id })).toMatchObject({ data: {} });
    for (const lastDeliveryAt of ['2026-11-29', 'garbage 2020', '1', 'Tue, 1 Jan 1970 00:00:00 GMT']) {
      const ack = await terminal.emitWithAck('terminal:heartbeat', { ...good, lastDeliveryAt });
      expect(ack, lastDeliveryAt).toEqual({ error: { code: 'validation_failed', message: expect.stringMatching(/^lastDeliveryAt must be an ISO 8601 date-time/) } });
    }
    expect(await c.store.db.selectFrom('terminal_status').selectAll().execute()).toEqual([]);
    // A good one is stored, its times as UTC ISO strings (what the contract answers, and what orders as text).
    expect(await terminal.emitWithAck('terminal:heartbeat', good)).toEqual({ data: { receivedAt: NOW } });
    const row = await c.store.db.selectFrom('terminal_status').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ oldest_queued_at: '2026-11-16T08:40:00.000Z', last_delivery_at: '2026-11-16T07:39:00.000Z' });
  });

  it('keeps a storage reported above its quota as full (refused, the terminal would look silent just when space runs out)', async () => {
    await recordHeartbeat(c.store.db, TOTEM.id, { ...good, storage: { usage: 2_100, quota: 2_000 } }, at);
    const row = await c.store.db.selectFrom('terminal_status').selectAll().executeTakeFirstOrThrow();
    expect([Number(row.storage_usage), Number(row.storage_quota)]).toEqual([2_000, 2_000]);
  });

  it('keeps the last delivery it heard of when a reloaded terminal knows of none', async () => {
    await recordHeartbeat(c.store.db, TOTEM.id, good, at);
    await recordHeartbeat(c.store.db, TOTEM.id, { ...good, lastDeliveryAt: null }, new Date(Date.parse(NOW) + 60_000));
    const row = await c.store.db.selectFrom('terminal_status').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ last_delivery_at: '2026-11-16T07:39:00.000Z', reported_at: reportedAt('2026-11-16T09:01:00.000Z') });
    // A later delivery replaces it.
    await recordHeartbeat(c.store.db, TOTEM.id, { ...good, lastDeliveryAt: '2026-11-16T08:59:00.000Z' }, new Date(Date.parse(NOW) + 120_000));
    expect((await c.store.db.selectFrom('terminal_status').select('last_delivery_at').executeTakeFirstOrThrow()).last_delivery_at).toBe('2026-11-16T08:59:00.000Z');
  });

  it('keeps the heartbeat of a terminal whose clock is wrong, its times stored as unknown (refused, it would look silent)', async () => {
    await recordHeartbeat(c.store.db, TOTEM.id, { ...good, lastDeliveryAt: '1999-12-31T23:59:59Z', oldestQueuedAt: '2026-11-18T09:00:00.000Z' }, at);
    const row = await c.store.db.selectFrom('terminal_status').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reported_at: reportedAt(NOW), pending: 2, oldest_queued_at: null, last_delivery_at: null });
  });

  it('reads a time stored before the checks as null: list and detail answer 200, revoke and patch too', async () => {
    await c.store.db
      .insertInto('terminal_status')
      .values({ terminal_id: TOTEM.id, reported_at: NOW, app_version: 'old', pending: 1, held: 0, oldest_queued_at: 'garbage 2020', last_delivery_at: '2026-11-29', storage_usage: null, storage_quota: null, persisted: null })
      .execute();
    const admin = as(c.app, c.admin);
    const list = await admin.get(apiPaths.officeTerminals(TOTEM.officeId));
    expect(list.status).toBe(200);
    expect(list.body.find((t: { id: string }) => t.id === TOTEM.id).health).toMatchObject({ appVersion: 'old', oldestQueuedAt: null, lastDeliveryAt: null });
    const one = await admin.get(apiPaths.terminal(TOTEM.id));
    expect(one.status).toBe(200);
    expect(one.body.health).toMatchObject({ oldestQueuedAt: null, lastDeliveryAt: null });
    expect((await admin.patch(apiPaths.terminal(TOTEM.id), { sound: true })).status).toBe(200);
    expect((await admin.post(apiPaths.terminalRevoke(TOTEM.id), {})).status).toBe(200);
    // /metrics skips what does not parse rather than counting from it.
    expect(await oldestQueuedAgeSeconds(c.store.db, at)).toBe(0);
  });

  it('measures the oldest queued vote over times, not over their text, skipping what does not read as one', async () => {
    const row = (terminal_id: string, oldest_queued_at: string) => ({ terminal_id, reported_at: NOW, app_version: 'old', pending: 1, held: 0, oldest_queued_at, last_delivery_at: null, storage_usage: null, storage_quota: null, persisted: null });
    // As stored before writes were normalised: 08:00 UTC with an offset sorts, as text, after 08:30 UTC; the year 0001 before both.
    await c.store.db.insertInto('terminal_status').values([row(TOTEM.id, '2026-11-16T10:00:00+02:00'), row(COUNTER.id, '2026-11-16T08:30:00.000Z')]).execute();
    expect(await oldestQueuedAgeSeconds(c.store.db, at)).toBe(3600);
    await c.store.db.updateTable('terminal_status').set({ oldest_queued_at: '0001-01-01T00:00:00Z' }).where('terminal_id', '=', COUNTER.id).execute();
    expect(await oldestQueuedAgeSeconds(c.store.db, at)).toBe(3600);
    // Written now, with an offset: stored in UTC.
    await recordHeartbeat(c.store.db, TOTEM.id, { ...good, oldestQueuedAt: '2026-11-16T10:00:00+02:00' }, at);
    expect((await c.store.db.selectFrom('terminal_status').select('oldest_queued_at').where('terminal_id', '=', TOTEM.id).executeTakeFirstOrThrow()).oldest_queued_at).toBe('2026-11-16T08:00:00.000Z');
  });
});
