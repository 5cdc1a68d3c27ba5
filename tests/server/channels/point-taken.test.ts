// One live point of a kind per office (per service for web and QR): a second is refused with 409 naming
// the first, whose code serves again, in English and Italian; an archived one frees the place; several
// sent at once store one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { ChannelPoint } from '../../../server/contract/channel-schemas';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { fixedClock, startCollector, type TestCollector } from '../helpers/test-collector';

const VALDORIA = DEMO.administration.id;
const TOWN_HALL = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!.id;
const [ANAGRAFE, TRIBUTI] = DEMO.services as unknown as [{ id: string; name: string }, { id: string; name: string }];

let c: TestCollector;
let serial = 0;
beforeAll(async () => {
  c = await startCollector({ now: fixedClock('2026-11-03T10:00:00.000Z') });
});
afterAll(async () => c?.close());

const create = (officeId: string, body: object, language?: string) =>
  c.app.inject({ method: 'POST', url: apiPaths.officeChannelPoints(officeId), headers: { ...c.admin.headers, ...(language ? { 'accept-language': language } : {}) }, payload: body });
async function made(officeId: string, body: object): Promise<ChannelPoint> {
  const res = await create(officeId, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const livePoints = async (officeId: string) => (await c.store.db.selectFrom('channel_points').select('id').where('office_id', '=', officeId).where('archived_at', 'is', null).execute()).length;
const pointRows = async () => [(await c.store.db.selectFrom('channel_points').select('id').execute()).length, (await c.store.db.selectFrom('terminals').select('id').execute()).length];
const newOffice = async () => (await as(c.app, c.admin).post(apiPaths.offices, { administrationId: VALDORIA, name: `Sede ${++serial}` })).body.id as string;

describe('a second live point of a kind in an office', () => {
  it('for a service that has a web point: 409 naming it, its embed code to reuse, in English and Italian; nothing stored', async () => {
    const first = await made(TOWN_HALL, { kind: 'web', serviceId: ANAGRAFE.id });
    const before = await pointRows();
    const res = await create(TOWN_HALL, { kind: 'web', serviceId: ANAGRAFE.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: 'conflict',
      message: `This office already has a web point for "${ANAGRAFE.name}" (${first.id}): its embed code can be pasted on as many pages as needed. Use it, or archive it first.`,
      problems: [{ field: '/serviceId', reason: `already has a live point in this office: ${first.id}` }],
    });
    const italian = (await create(TOWN_HALL, { kind: 'web', serviceId: ANAGRAFE.id }, 'it')).json().error;
    expect(italian).toEqual({
      code: 'conflict',
      message: `Questo ufficio ha già un punto del canale «Valutazione sul sito web» per «${ANAGRAFE.name}» (${first.id}): il suo codice si può incollare in tutte le pagine che servono. Usa quello, oppure archivialo prima.`,
      problems: [{ field: '/serviceId', reason: `ha già un punto attivo in questo ufficio: ${first.id}` }],
    });
    expect(await pointRows()).toEqual(before);
  });

  it('for a service that has a QR point: 409 naming it, its sheets to print, in English and Italian', async () => {
    const first = await made(TOWN_HALL, { kind: 'qr', serviceId: ANAGRAFE.id });
    const res = await create(TOWN_HALL, { kind: 'qr', serviceId: ANAGRAFE.id });
    expect([res.statusCode, res.json().error.message]).toEqual([
      409,
      `This office already has a QR point for "${ANAGRAFE.name}" (${first.id}): it prints as many sheets of codes as needed. Use it, or archive it first.`,
    ]);
    expect((await create(TOWN_HALL, { kind: 'qr', serviceId: ANAGRAFE.id }, 'it')).json().error.message).toBe(
      `Questo ufficio ha già un punto del canale «Codici QR» per «${ANAGRAFE.name}» (${first.id}): da lì si stampano tutti i fogli di codici che servono. Usa quello, oppure archivialo prima.`,
    );
  });

  it('phone, when the office has one: 409 on /kind naming it, in English and Italian', async () => {
    const first = await made(TOWN_HALL, { kind: 'phone' });
    const res = await create(TOWN_HALL, { kind: 'phone' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: 'conflict',
      message: `This office already has a phone point (${first.id}): every operator records phone ratings on it. Use it, or archive it first.`,
      problems: [{ field: '/kind', reason: `already has a live point in this office: ${first.id}` }],
    });
    expect((await create(TOWN_HALL, { kind: 'phone' }, 'it')).json().error.message).toBe(
      `Questo ufficio ha già un punto del canale «Telefono» (${first.id}): tutti gli operatori vi registrano i giudizi telefonici. Usa quello, oppure archivialo prima.`,
    );
  });

  it('is checked after the body: a bad service is still 400 naming it', async () => {
    const res = await create(TOWN_HALL, { kind: 'phone', serviceId: ANAGRAFE.id });
    expect([res.statusCode, res.json().error.problems[0].field]).toEqual([400, '/serviceId']);
  });
});

describe('what is free', () => {
  it('another service, another kind for the same service, the same kind in another office', async () => {
    // Town hall already has web, QR (Anagrafe) and phone points from above.
    await made(TOWN_HALL, { kind: 'web', serviceId: TRIBUTI.id });
    await made(TOWN_HALL, { kind: 'qr', serviceId: TRIBUTI.id });
    for (const body of [{ kind: 'web', serviceId: ANAGRAFE.id }, { kind: 'qr', serviceId: ANAGRAFE.id }, { kind: 'phone' }]) await made(SAN_ROCCO, body);
  });

  it('the place of an archived point: a new one is made, and named alike', async () => {
    const office = await newOffice();
    const first = await made(office, { kind: 'web', serviceId: ANAGRAFE.id });
    expect((await as(c.app, c.admin).post(apiPaths.channelPointArchive(first.id), {})).status).toBe(200);
    const second = await made(office, { kind: 'web', serviceId: ANAGRAFE.id });
    expect(second.name).toBe(first.name);
    const phone = await made(office, { kind: 'phone' });
    expect((await as(c.app, c.admin).post(apiPaths.channelPointArchive(phone.id), {})).status).toBe(200);
    await made(office, { kind: 'phone' });
    expect(await livePoints(office)).toBe(2);
  });
});

describe('creations at once', () => {
  // On PostgreSQL each would read before the others' rows were committed, and all stored: under the
  // administration's lock (createPoint) the later ones wait, then see the first.
  it('store one point of a kind for an office (and service), answer the others 409, never a 500', async () => {
    for (const body of [{ kind: 'web', serviceId: ANAGRAFE.id }, { kind: 'qr', serviceId: ANAGRAFE.id }, { kind: 'phone' }]) {
      const office = await newOffice();
      const answers = await Promise.all([create(office, body), create(office, body), create(office, body)]);
      expect(answers.map((a) => a.statusCode).sort(), body.kind).toEqual([201, 409, 409]);
      expect(await livePoints(office), body.kind).toBe(1);
    }
  });
});
