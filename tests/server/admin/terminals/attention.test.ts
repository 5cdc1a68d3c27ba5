// The terminals of a whole administration that need looking at, with why, the most urgent first; the
// healthy and the unpaired left out; only for those who manage the administration's terminals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TerminalHeartbeat } from '../../../../server/contract/events';
import { terminalAttentionPath } from '../../../../server/contract/terminal-attention';
import type { TerminalAttention } from '../../../../server/contract/terminal-attention-schema';
import { DEMO } from '../../../../server/store/seed-demo';
import { recordHeartbeat } from '../../../../server/terminals/heartbeat';
import { ageHeartbeats } from '../../helpers/age-heartbeats';
import { as, createOtherAdministration, grant } from '../admin-api';
import { COUNTER, movableClock, personWith, startCollector, TEST_STORE, TOTEM, type TestCollector } from '../../helpers/test-collector';

const VALDORIA = DEMO.administration.id;
const MINUTE = 60_000;
const fine: TerminalHeartbeat = { appVersion: '1.0.0', pending: 0, held: 0, oldestQueuedAt: null, lastDeliveryAt: null, storage: { usage: 1_000, quota: 100_000 }, persisted: true };

let c: TestCollector;
const clock = movableClock('2026-11-16T09:00:00.000Z');
beforeEach(async () => {
  c = await startCollector({ now: clock.now });
});
afterEach(async () => c?.close());

const attention = async () => (await as(c.app, c.admin).get(terminalAttentionPath(VALDORIA))).body as TerminalAttention[];

describe('terminals needing attention', () => {
  it('lists the paired terminals that are silent, never heard from, holding votes or short of storage, the most urgent first', async () => {
    // Both demo terminals are paired and have never sent a heartbeat: listed by office, then name.
    const first = await attention();
    expect(first.map((t) => [t.id, t.reasons]).sort()).toEqual([[COUNTER.id, ['never']], [TOTEM.id, ['never']]].sort());
    expect(first.map((t) => t.officeName)).toEqual(first.map((t) => t.officeName).sort());
    await recordHeartbeat(c.store.db, TOTEM.id, fine, clock.now());
    await recordHeartbeat(c.store.db, COUNTER.id, { ...fine, held: 2, storage: { usage: 97_000, quota: 100_000 } }, clock.now());
    const listed = await attention();
    // The healthy totem is left out; the counter says each of its troubles, with its office.
    expect(listed.map((t) => [t.id, t.reasons, t.officeId])).toEqual([[COUNTER.id, ['held', 'storage-low'], COUNTER.officeId]]);
    expect(listed[0]!.health).toMatchObject({ held: 2, silent: false });
    // Six minutes without a heartbeat: silent, and so first. (On PostgreSQL heartbeats are dated and
    // judged by the database's clock, which a test cannot move: the stored ones are put 6 minutes back.)
    clock.advance(6 * MINUTE);
    if (TEST_STORE === 'postgres') await ageHeartbeats(c, 6 * MINUTE);
    await recordHeartbeat(c.store.db, COUNTER.id, { ...fine, held: 2, storage: { usage: 97_000, quota: 100_000 } }, clock.now());
    expect((await attention()).map((t) => [t.id, t.reasons])).toEqual([
      [TOTEM.id, ['silent']],
      [COUNTER.id, ['held', 'storage-low']],
    ]);
    // Revoked: no longer expected to speak.
    await c.store.db.updateTable('terminals').set({ token_hash: null }).where('id', '=', TOTEM.id).execute();
    expect((await attention()).map((t) => t.id)).toEqual([COUNTER.id]);
  });

  it('shows an office manager their own offices\' terminals only; a viewer is refused; another administration does not see it exists', async () => {
    const manager = await personWith(c, 'responsabile@valdoria.example.org', [grant.office(VALDORIA, TOTEM.officeId)]);
    const mine = await as(c.app, manager).get(terminalAttentionPath(VALDORIA));
    expect([mine.status, (mine.body as TerminalAttention[]).map((t) => t.id)]).toEqual([200, [TOTEM.id]]);
    const viewer = await personWith(c, 'lettore@valdoria.example.org', [grant.viewer(VALDORIA)]);
    expect((await as(c.app, viewer).get(terminalAttentionPath(VALDORIA))).status).toBe(403);
    const other = await createOtherAdministration(c);
    const otherAdmin = await personWith(c, 'admin@montalto.example.org', [grant.administration(other.administrationId)]);
    expect((await as(c.app, otherAdmin).get(terminalAttentionPath(VALDORIA))).status).toBe(404);
    expect((await c.app.inject({ url: terminalAttentionPath(VALDORIA) })).statusCode).toBe(401);
  });
});
