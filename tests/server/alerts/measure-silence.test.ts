// The silence rule's «no vote since the rule was made» stays true to the facts once retention has removed the raw votes,
// counting the terminals' votes only (docs/alerts.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureRule } from '../../../server/alerts/measure-rule';
import { DEMO } from '../../../server/store/seed-demo';
import { apiPaths } from '../../../server/contract/api';
import { as } from '../admin/admin-api';
import { makeVote, postVotes, startCollector, type TestCollector } from '../helpers/test-collector';

const OFFICE = DEMO.offices[0]!;
const day = [{ from: '08:30', to: '12:30' }];
let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
  await c.store.db.updateTable('offices').set({ opening_hours: JSON.stringify({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] }) }).where('id', '=', OFFICE.id).execute();
});
afterAll(async () => c?.close());

const silence = (createdAt: string, now: string) =>
  measureRule(c.store.db, { administrationId: DEMO.administration.id, officeId: OFFICE.id, serviceId: null, createdAt }, { kind: 'silence', hours: 2 }, false, new Date(now));

describe('silence after retention', () => {
  it('does not say «no vote since the rule was made» when the rollups show one after it, its raw votes removed', async () => {
    expect((await postVotes(c, [makeVote({ castAt: '2026-03-10T09:15:00.000Z' })])).status).toBe(200);
    // Retention removed the raw votes; the day rollups stay.
    await c.store.db.deleteFrom('vote_reasons').execute();
    await c.store.db.deleteFrom('votes').execute();
    const after = await silence('2026-03-02T08:00:00.000Z', '2026-04-20T10:00:00.000Z');
    expect('facts' in after && after.facts).toMatchObject({ kind: 'silence', neverVoted: false });
    // A rule made after that vote has seen none.
    const made = await silence('2026-03-20T08:00:00.000Z', '2026-04-20T10:00:00.000Z');
    expect('facts' in made && made.facts).toMatchObject({ kind: 'silence', neverVoted: true });
  });

  it('does not take the operator\'s phone vote, in the rollups, for a terminal\'s: «no vote since the rule was made» stays', async () => {
    // The terminal's vote of 10 March is in the rollups (above); the phone page's vote is cast today.
    const phone = await as(c.app, c.admin).post(apiPaths.officeChannelPoints(OFFICE.id), { kind: 'phone' });
    expect(phone.status).toBe(201);
    expect((await as(c.app, c.admin).post(apiPaths.channelPointPhoneVotes(phone.body.id), { serviceId: DEMO.services[0]!.id, face: 'positivo' })).status).toBe(201);
    await c.store.db.deleteFrom('votes').execute();
    // Before the fix the phone vote's day in the rollups counted as a vote since the rule was made.
    const made = await silence('2026-03-20T08:00:00.000Z', new Date(Date.now() + 86_400_000).toISOString());
    expect('facts' in made && made.facts).toMatchObject({ kind: 'silence', neverVoted: true });
  });
});
