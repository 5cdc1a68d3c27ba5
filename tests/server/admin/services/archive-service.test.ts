// Archiving a service takes it off the terminals that offered it: their next edit saves (it once came back
// as archived and was refused), and the votes they queued before are judged as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { as } from '../admin-api';
import { makeVote, movableClock, postVotes, startCollector, TOTEM, type TestCollector } from '../../helpers/test-collector';

const ARCHIVED_AT = '2026-03-16T08:00:00.000Z';
const before = (minutes: number) => new Date(Date.parse(ARCHIVED_AT) - minutes * 60_000).toISOString();
const SUAP = 'valdoria-suap';

let c: TestCollector;
let clock: ReturnType<typeof movableClock>;
beforeEach(async () => {
  clock = movableClock(ARCHIVED_AT);
  c = await startCollector({ now: clock.now });
});
afterEach(async () => c?.close());

/** What the terminal form does on a rename: sends the terminal's services back as it read them. */
async function rename(terminalId: string, name: string) {
  const admin = as(c.app, c.admin);
  const read = await admin.get(apiPaths.terminal(terminalId));
  return admin.patch(apiPaths.terminal(terminalId), { name, serviceIds: read.body.serviceIds });
}

describe('archiving a service a totem offers', () => {
  it('takes it off the totem, which then saves a rename (200), its time there kept', async () => {
    expect((await as(c.app, c.admin).post(apiPaths.serviceArchive(SUAP))).status).toBe(200);
    clock.advance(60_000);
    const res = await rename(TOTEM.id, 'Totem dell’ingresso');
    expect(res.status).toBe(200);
    expect(res.body.serviceIds).toEqual(TOTEM.services.filter((s) => s !== SUAP));
    const former = await c.store.db.selectFrom('terminal_former_services').select(['service_id', 'removed_at']).where('terminal_id', '=', TOTEM.id).execute();
    expect(former).toEqual([{ service_id: SUAP, removed_at: ARCHIVED_AT }]);
  });

  it('a vote cast on it before the archive and delivered after is refused as for any archived service; the totem\'s other votes of then are stored', async () => {
    expect((await as(c.app, c.admin).post(apiPaths.serviceArchive(SUAP))).status).toBe(200);
    clock.advance(60 * 60_000);
    const onSuap = makeVote({ serviceId: SUAP, castAt: before(30) });
    const refused = await postVotes(c, [onSuap]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems).toEqual([{ field: '/votes/0/serviceId', reason: expect.stringContaining(SUAP), voteId: onSuap.id }]);
    const onTributi = makeVote({ serviceId: 'valdoria-tributi', castAt: before(30) });
    expect((await postVotes(c, [onTributi])).status).toBe(200);
    expect(await c.store.db.selectFrom('votes').select('service_id').where('id', 'in', [onSuap.id, onTributi.id]).execute()).toEqual([{ service_id: 'valdoria-tributi' }]);
  });
});
