// A terminal's kiosk settings (audible confirmation, staff PIN) and its last heartbeat, as the management API and the terminal's configuration carry them.
import { pbkdf2Sync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { terminalAttentionPath } from '../../../server/contract/terminal-attention';
import { DEMO } from '../../../server/store/seed-demo';
import { recordHeartbeat } from '../../../server/terminals/heartbeat';
import { ageHeartbeats } from '../helpers/age-heartbeats';
import { asTerminal, COUNTER, movableClock, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as } from './admin-api';

const NOW = '2026-11-16T09:00:00.000Z';
let c: TestCollector;
let clock: ReturnType<typeof movableClock>;
beforeEach(async () => {
  clock = movableClock(NOW);
  c = await startCollector({ now: clock.now });
}, 30_000);
afterEach(async () => c?.close());

const config = async (terminalId: string) => (await c.app.inject({ url: apiPaths.terminalConfig(terminalId), headers: asTerminal(c.tokens[terminalId]!) })).json();

describe('sound and staff PIN', () => {
  it('starts silent and without a PIN; both reach the configuration once set, the PIN only as a PBKDF2 hash', async () => {
    const admin = as(c.app, c.admin);
    const before = await admin.get(apiPaths.terminal(COUNTER.id));
    expect(before.body).toMatchObject({ sound: false, staffPinSet: false });
    expect((await config(COUNTER.id)).terminal).toMatchObject({ sound: false, staffPin: null });

    const res = await admin.patch(apiPaths.terminal(COUNTER.id), { sound: true, staffPin: '482913' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sound: true, staffPinSet: true });
    expect(JSON.stringify(res.body)).not.toContain('482913');

    const { terminal } = await config(COUNTER.id);
    expect(terminal.sound).toBe(true);
    expect(terminal.staffPin).toMatchObject({ algorithm: 'pbkdf2-sha256', iterations: expect.any(Number) });
    expect(JSON.stringify(terminal)).not.toContain('482913');
    // The terminal derives the same key from the right PIN, and another from a wrong one.
    const derive = (pin: string) => pbkdf2Sync(pin, Buffer.from(terminal.staffPin.salt, 'base64url'), terminal.staffPin.iterations, 32, 'sha256').toString('base64url');
    expect(derive('482913')).toBe(terminal.staffPin.hash);
    expect(derive('482914')).not.toBe(terminal.staffPin.hash);

    // The audit log says the PIN was set, never what it is.
    const audit = await admin.get(`${apiPaths.audit}?administrationId=${DEMO.administration.id}`);
    const entry = audit.body.find((e: { action: string; targetId: string }) => e.action === 'terminal.update' && e.targetId === COUNTER.id);
    expect(entry.details).toMatchObject({ sound: true, staffPin: 'set' });
    expect(JSON.stringify(audit.body)).not.toContain('482913');

    expect((await admin.patch(apiPaths.terminal(COUNTER.id), { staffPin: null })).body).toMatchObject({ staffPinSet: false, sound: true });
    expect((await config(COUNTER.id)).terminal.staffPin).toBeNull();
  });

  it('refuses a PIN that is not 4 to 8 digits, and changes nothing', async () => {
    const admin = as(c.app, c.admin);
    for (const staffPin of ['123', '123456789', '12a4', ' 1234', 1234]) {
      const res = await admin.patch(apiPaths.terminal(COUNTER.id), { staffPin, sound: true });
      expect(res.status, String(staffPin)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await admin.get(apiPaths.terminal(COUNTER.id))).body).toMatchObject({ sound: false, staffPinSet: false });
  });
});

describe('opening hours in the configuration', () => {
  it('carries the office\'s hours and holidays; an office with no hours at all gives null (the terminal never rests)', async () => {
    expect((await config(TOTEM.id)).office).toMatchObject({ openingHours: null, holidays: [] });
    const hours = { mon: [{ from: '08:30', to: '12:30' }], tue: [], wed: [{ from: '14:00', to: '17:00' }], thu: [], fri: [], sat: [], sun: [] };
    const res = await as(c.app, c.admin).patch(apiPaths.office(TOTEM.officeId), { openingHours: hours, holidays: ['2026-12-25'] });
    expect(res.status).toBe(200);
    expect((await config(TOTEM.id)).office).toMatchObject({ openingHours: hours, holidays: ['2026-12-25'], timeZone: 'Europe/Rome' });
  });
});

describe('health from heartbeats', () => {
  it('lists the last heartbeat with each terminal and calls it silent after five minutes without one', async () => {
    const admin = as(c.app, c.admin);
    const list = async () => (await admin.get(apiPaths.officeTerminals(TOTEM.officeId))).body as Array<{ id: string; health: Record<string, unknown> | null }>;
    expect((await list()).find((t) => t.id === TOTEM.id)!.health).toBeNull();
    await recordHeartbeat(
      c.store.db,
      TOTEM.id,
      { appVersion: '0.1.0+abc', pending: 4, held: 1, oldestQueuedAt: '2026-11-16T08:40:00.000Z', lastDeliveryAt: '2026-11-16T08:39:00.000Z', storage: { usage: 1_000_000, quota: 2_000_000_000 }, persisted: true },
      clock.now(),
    );
    expect((await list()).find((t) => t.id === TOTEM.id)!.health).toEqual({
      // On PostgreSQL the database's clock dates it (server/store/shared-clock.ts), not the collector's.
      reportedAt: TEST_STORE === 'postgres' ? expect.any(String) : NOW,
      appVersion: '0.1.0+abc',
      pending: 4,
      held: 1,
      oldestQueuedAt: '2026-11-16T08:40:00.000Z',
      lastDeliveryAt: '2026-11-16T08:39:00.000Z',
      storageUsage: 1_000_000,
      storageQuota: 2_000_000_000,
      persisted: true,
      silent: false,
    });
    await elapse(4 * 60_000 + 59_000);
    expect((await list()).find((t) => t.id === TOTEM.id)!.health!.silent).toBe(false);
    await elapse(1_000);
    expect((await list()).find((t) => t.id === TOTEM.id)!.health!.silent).toBe(true);
  });
});

/** Time goes by: the collector's clock moves, and on PostgreSQL, whose clock judges heartbeats, the stored ones go back. */
async function elapse(ms: number): Promise<void> {
  clock.advance(ms);
  if (TEST_STORE === 'postgres') await ageHeartbeats(c, ms);
}

// SQLite has one collector process, so one clock; on PostgreSQL a terminal's heartbeats reach whichever
// collector the balancer picks, and the dashboard is answered by any other.
describe.skipIf(TEST_STORE !== 'postgres')('heartbeats stored and read by collectors whose clocks disagree, on one PostgreSQL', () => {
  const MINUTE = 60_000;
  const beat = { appVersion: '0.1.0', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: null, persisted: true };
  const totemHealth = async () => ((await as(c.app, c.admin).get(apiPaths.officeTerminals(TOTEM.officeId))).body as Array<{ id: string; health: { silent: boolean } | null }>).find((t) => t.id === TOTEM.id)!.health;
  const attention = async () => (await as(c.app, c.admin).get(terminalAttentionPath(DEMO.administration.id))).body as Array<{ id: string; reasons: string[] }>;

  it('do not call silent a terminal whose heartbeat a collector 6 minutes behind has just stored', async () => {
    // Before the fix the heartbeat was dated 6 minutes ago by its collector's clock: silent at once on the dashboard.
    clock.set(new Date().toISOString());
    await recordHeartbeat(c.store.db, TOTEM.id, beat, new Date(Date.now() - 6 * MINUTE));
    expect((await totemHealth())!.silent).toBe(false);
    expect((await attention()).find((t) => t.id === TOTEM.id)).toBeUndefined();
  });

  it('call silent a terminal quiet for 6 minutes since a collector 6 minutes ahead stored its last heartbeat', async () => {
    // Before the fix that heartbeat was dated 6 minutes in the future: the terminal looked alive for 11 minutes of silence.
    clock.set(new Date().toISOString());
    await recordHeartbeat(c.store.db, TOTEM.id, beat, new Date(Date.now() + 6 * MINUTE));
    await ageHeartbeats(c, 6 * MINUTE);
    expect((await totemHealth())!.silent).toBe(true);
    expect((await attention()).find((t) => t.id === TOTEM.id)?.reasons).toContain('silent');
  });
});
