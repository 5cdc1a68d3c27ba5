// GET a terminal's configuration with its device token: counter and totem shapes, reasons, who may read it, and a version that changes with content only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { QUALITY_DIMENSIONS } from '../../../server/contract/quality';
import type { TerminalConfig } from '../../../server/contract/terminal-config';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, COUNTER, REASON_IDS, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

/** GET as the terminal itself: a device token reads only its own configuration. */
const get = (terminalId: string, token = c.tokens[terminalId]) =>
  c.app.inject({ url: apiPaths.terminalConfig(terminalId), headers: token ? asTerminal(token) : {} });

async function config(terminalId: string): Promise<TerminalConfig> {
  const res = await get(terminalId);
  expect(res.statusCode).toBe(200);
  return res.json();
}

const nameOf = (id: string) => DEMO.services.find((s) => s.id === id)!.name;

describe('GET terminal config', () => {
  it('gives a counter terminal exactly one service and mode counter', async () => {
    const cfg = await config(COUNTER.id);
    expect(cfg.terminal).toEqual({ id: COUNTER.id, name: COUNTER.name, mode: 'counter', channel: 'sportello', sound: false, staffPin: null });
    expect(cfg.services).toEqual([{ id: 'valdoria-anagrafe', name: nameOf('valdoria-anagrafe') }]);
    expect(cfg.office).toEqual({ id: COUNTER.officeId, name: DEMO.offices[1]!.name, timeZone: 'Europe/Rome', openingHours: null, holidays: [] });
    expect(cfg.administration).toEqual(DEMO.administration);
    await c.store.db.insertInto('terminal_services').values({ terminal_id: COUNTER.id, service_id: 'valdoria-tributi', position: 1 }).execute();
    expect((await config(COUNTER.id)).services.map((s) => s.id)).toEqual(['valdoria-anagrafe']);
  });

  it('lists a totem\'s services in their display order, which is not alphabetical', async () => {
    await c.store.db.updateTable('terminal_services').set({ position: -1 }).where('terminal_id', '=', TOTEM.id).where('service_id', '=', 'valdoria-urp').execute();
    const cfg = await config(TOTEM.id);
    expect(cfg.terminal.mode).toBe('totem');
    expect(cfg.services.map((s) => s.id)).toEqual(['valdoria-urp', ...TOTEM.services.filter((s) => s !== 'valdoria-urp')]);
    expect(cfg.services.map((s) => s.name)).toEqual(cfg.services.map((s) => nameOf(s.id)));
  });

  it('gives the scale, the timings and the administration\'s reasons with their dimensions', async () => {
    const cfg = await config(TOTEM.id);
    expect(cfg.scale).toBe(3);
    expect(cfg.timing.thanksMs).toBeGreaterThan(0);
    expect(cfg.reasons.map((r) => r.id)).toEqual([...REASON_IDS]);
    expect(cfg.reasons.map((r) => r.dimension)).toEqual(['timeliness', 'effectiveness', 'transparency', null]);
    for (const r of cfg.reasons) if (r.dimension) expect(QUALITY_DIMENSIONS).toContain(r.dimension);
  });

  it('answers 404 terminal_unknown to an archived terminal (or one of an archived office)', async () => {
    await c.store.db.updateTable('terminals').set({ archived_at: '2026-01-01T00:00:00Z' }).where('id', '=', COUNTER.id).execute();
    const res = await get(COUNTER.id);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'terminal_unknown', message: expect.any(String) } });
    await c.store.db.updateTable('offices').set({ archived_at: '2026-01-01T00:00:00Z' }).where('id', '=', TOTEM.officeId).execute();
    expect(await get(TOTEM.id)).toMatchObject({ statusCode: 404 });
  });

  it('answers 403 forbidden for an unknown terminal or another terminal\'s config: a token reads only its own', async () => {
    for (const other of ['valdoria-fantasma', COUNTER.id]) {
      const res = await get(other, c.tokens[TOTEM.id]);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'forbidden', message: expect.any(String) } });
    }
  });

  it('answers 401 terminal_not_enrolled without a token, with an unknown one, or with a person\'s session', async () => {
    for (const headers of [{}, asTerminal('made-up'), c.admin.headers]) {
      const res = await c.app.inject({ url: apiPaths.terminalConfig(TOTEM.id), headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'terminal_not_enrolled', message: expect.any(String) } });
    }
  });

  it('keeps its version while nothing changes, and changes it when a service is renamed', async () => {
    const first = await config(TOTEM.id);
    expect(first.version).toMatch(/^[\w-]{8,}$/);
    expect((await config(TOTEM.id)).version).toBe(first.version);
    await c.store.db.updateTable('services').set({ name: 'Tributi e canoni' }).where('id', '=', 'valdoria-tributi').execute();
    const renamed = await config(TOTEM.id);
    expect(renamed.services.find((s) => s.id === 'valdoria-tributi')?.name).toBe('Tributi e canoni');
    expect(renamed.version).not.toBe(first.version);
    expect((await config(TOTEM.id)).version).toBe(renamed.version);
  });

  it('leaves archived services out (and changes the version)', async () => {
    const before = await config(TOTEM.id);
    await c.store.db.updateTable('services').set({ archived_at: '2026-01-01T00:00:00Z' }).where('id', '=', 'valdoria-suap').execute();
    const after = await config(TOTEM.id);
    expect(after.services.map((s) => s.id)).toEqual(TOTEM.services.filter((s) => s !== 'valdoria-suap'));
    expect(after.version).not.toBe(before.version);
  });

  it('tells caches not to keep it', async () => {
    const res = await get(TOTEM.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
