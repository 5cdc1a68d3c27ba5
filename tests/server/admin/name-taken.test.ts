// One live name per list: a second service, office or administration called alike (letter case and
// invisible edges aside) is refused with 409 naming the first; an archived one frees its name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { as, createOtherAdministration, expectNamesTaken } from './admin-api';
import { startCollector, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const count = async (table: 'services' | 'offices' | 'administrations') => (await c.store.db.selectFrom(table).select('id').execute()).length;

describe('a name already taken in its list', () => {
  it('gives a name saved twice at once to one of them and answers the other 409 (a service, an office, an administration), never 500', async () => {
    const admin = as(c.app, c.admin);
    const cases = [
      ['services', apiPaths.services, { administrationId: VALDORIA, name: 'Polizia locale' }],
      ['offices', apiPaths.offices, { administrationId: VALDORIA, name: 'Sede di Borgo' }],
      ['administrations', apiPaths.administrations, { name: 'Comune di Pietrarossa' }],
    ] as const;
    for (const [table, url, body] of cases) {
      const before = await count(table);
      const answers = await Promise.all([admin.post(url, body), admin.post(url, body), admin.post(url, body)]);
      expect(answers.map((a) => a.status).sort(), table).toEqual([201, 409, 409]);
      expect(await count(table), table).toBe(before + 1);
    }
  });

  it('refuses a second service called alike, in the answer and in Italian, and stores nothing', async () => {
    const before = await count('services');
    await expectNamesTaken(c, apiPaths.services, (name) => ({ administrationId: VALDORIA, name }), ['Tributi', 'tributi', ' TRIBUTI\u200B'], 'valdoria-tributi', {
      english: 'A service is already called "Tributi": choose a name that tells them apart, or archive the other first.',
      italian: 'Esiste già un servizio di nome «Tributi»: scegli un nome che li distingua, o archivia prima l’altro.',
    });
    expect(await count('services')).toBe(before);
  });

  it('refuses renaming a service to another\'s name, but not to its own in another case', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.patch(apiPaths.service('valdoria-urp'), { name: 'Tributi' })).status).toBe(409);
    const same = await admin.patch(apiPaths.service('valdoria-tributi'), { name: 'TRIBUTI' });
    expect(same.status).toBe(200);
    expect(same.body.name).toBe('TRIBUTI');
  });

  it('lets another administration use the name, and an archived service free it', async () => {
    const admin = as(c.app, c.admin);
    const other = await createOtherAdministration(c);
    expect((await admin.post(apiPaths.services, { administrationId: other.administrationId, name: 'Servizi sociali' })).status).toBe(201);
    expect((await admin.post(apiPaths.serviceArchive('valdoria-urp'))).status).toBe(200);
    expect((await admin.post(apiPaths.services, { administrationId: VALDORIA, name: 'URP - Relazioni con il pubblico' })).status).toBe(201);
  });

  it('refuses a second office of the administration, and a second administration, called alike', async () => {
    const admin = as(c.app, c.admin);
    const office = await admin.post(apiPaths.offices, { administrationId: VALDORIA, name: 'ufficio decentrato di san rocco' });
    expect(office.status).toBe(409);
    expect(office.body.error.problems).toEqual([{ field: '/name', reason: 'already in use' }]);
    expect((await admin.patch(apiPaths.office('valdoria-municipio'), { name: 'Ufficio decentrato di San Rocco' })).status).toBe(409);
    const before = await count('administrations');
    const administration = await admin.post(apiPaths.administrations, { name: 'comune di valdoria' });
    expect(administration.status).toBe(409);
    expect(administration.body.error.message).toBe('An administration is already called "Comune di Valdoria": choose a name that tells them apart, or archive the other first.');
    expect(await count('administrations')).toBe(before);
  });
});
