// One live name among an office's terminals: a second terminal called alike (letter case and invisible edges aside) is refused with 409 on create and on rename; another office, an archived terminal, and two called alike from before the rule stay fine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { DEMO } from '../../../../server/store/seed-demo';
import { startCollector, TOTEM, type TestCollector } from '../../helpers/test-collector';
import { as, expectNamesTaken } from '../admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const MUNICIPIO = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!.id;
/** The demo's totem, in the Municipio: «Totem nell’atrio». */
const TAKEN = TOTEM.name;
const totem = (officeId: string, name: string) => ({ officeId, name, mode: 'totem', serviceIds: ['valdoria-anagrafe', 'valdoria-tributi'] });
const count = async () => (await c.store.db.selectFrom('terminals').select('id').execute()).length;

describe('a terminal name already used in its office', () => {
  it('refuses creating a second one called alike, in the answer and in Italian, and stores nothing', async () => {
    const before = await count();
    await expectNamesTaken(c, apiPaths.terminals, (name) => totem(MUNICIPIO, name), [TAKEN, TAKEN.toLocaleUpperCase('it'), ` ${TAKEN.toLowerCase()}\u200B`], TOTEM.id, {
      english: `Another terminal of this office is already called "${TAKEN}": choose a name that tells them apart (where it stands, which counter), or archive the other first.`,
      italian: `Un altro terminale di questo ufficio si chiama già «${TAKEN}»: scegli un nome che li distingua (dove si trova, quale sportello), o archivia prima l’altro.`,
    });
    expect(await count()).toBe(before);
  });

  it('gives a name saved twice at once to one of them and answers the others 409, never 500', async () => {
    const admin = as(c.app, c.admin);
    const before = await count();
    const answers = await Promise.all([1, 2, 3].map(() => admin.post(apiPaths.terminals, totem(MUNICIPIO, 'Totem al primo piano'))));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(await count()).toBe(before + 1);
  });

  it('refuses renaming a terminal to another\'s name, but not to its own in another case', async () => {
    const admin = as(c.app, c.admin);
    const second = await admin.post(apiPaths.terminals, totem(MUNICIPIO, 'Totem al primo piano'));
    expect(second.status).toBe(201);
    const renamed = await admin.patch(apiPaths.terminal(second.body.id), { name: ` ${TAKEN.toLocaleUpperCase('it')} ` });
    expect([renamed.status, renamed.body.error?.problems]).toEqual([409, [{ field: '/name', reason: 'already in use' }]]);
    expect((await admin.get(apiPaths.terminal(second.body.id))).body.name).toBe('Totem al primo piano');
    const own = await admin.patch(apiPaths.terminal(TOTEM.id), { name: TAKEN.toLocaleUpperCase('it') });
    expect([own.status, own.body.name]).toEqual([200, TAKEN.toLocaleUpperCase('it')]);
  });

  it('lets another office use the name, and an archived terminal free it', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.post(apiPaths.terminals, totem(SAN_ROCCO, TAKEN))).status).toBe(201);
    expect((await admin.post(apiPaths.terminalArchive(TOTEM.id))).status).toBe(200);
    expect((await admin.post(apiPaths.terminals, totem(MUNICIPIO, TAKEN))).status).toBe(201);
  });

  it('keeps two terminals called alike from before the rule working: their other settings still save, and a rename parts them', async () => {
    const admin = as(c.app, c.admin);
    // As an installation made before the rule may hold them: no migration refuses or renames them.
    await c.store.db
      .insertInto('terminals')
      .values({ id: 'valdoria-totem-vecchio', office_id: MUNICIPIO, name: TAKEN, mode: 'totem', channel: 'totem', scale: 3, archived_at: null, created_at: '2025-01-01T00:00:00.000Z' })
      .execute();
    await c.store.db.insertInto('terminal_services').values({ terminal_id: 'valdoria-totem-vecchio', service_id: 'valdoria-anagrafe', position: 0 }).execute();
    // The dashboard's form sends only what changed; a script may send the name as it stands.
    expect((await admin.patch(apiPaths.terminal('valdoria-totem-vecchio'), { scale: 5 })).status).toBe(200);
    expect((await admin.patch(apiPaths.terminal(TOTEM.id), { name: TAKEN, sound: true })).status).toBe(200);
    expect((await admin.patch(apiPaths.terminal('valdoria-totem-vecchio'), { name: 'Totem vecchio' })).status).toBe(200);
    expect((await admin.patch(apiPaths.terminal('valdoria-totem-vecchio'), { name: TAKEN })).status).toBe(409);
  });
});
