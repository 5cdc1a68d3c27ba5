// Creating a person whose e-mail is already someone's: an admin who manages that person is told who it is;
// an admin of one administration learns nothing of another's staff: one neutral answer, the same whether
// the address is a person's of another administration, of one shared with it, or an installation admin's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../server/contract/api';
import { DEMO } from '../../../../server/store/seed-demo';
import { ADMIN_EMAIL, personWith, startCollector, TEST_PASSWORD, type TestCollector } from '../../helpers/test-collector';
import { as, createOtherAdministration, grant, type OtherAdministration } from '../admin-api';

const VALDORIA = DEMO.administration.id;

let c: TestCollector;
let other: OtherAdministration;
/** An administration admin of Valdoria only: her session's headers, and calls as her. */
let annaHeaders: Record<string, string>;
let anna: ReturnType<typeof as>;

beforeAll(async () => {
  c = await startCollector();
  other = await createOtherAdministration(c);
  const signedIn = await personWith(c, 'anna@valdoria.example.org', [grant.administration(VALDORIA)]);
  annaHeaders = signedIn.headers;
  anna = as(c.app, signedIn);
  const admin = as(c.app, c.admin);
  const made = await Promise.all([
    admin.post(apiPaths.users, { email: 'shared@example.org', name: 'Sara Condivisa', password: TEST_PASSWORD, grants: [grant.viewer(VALDORIA), grant.viewer(other.administrationId)] }),
    anna.post(apiPaths.users, { email: 'carla@valdoria.example.org', name: 'Carla Verdi', password: TEST_PASSWORD, grants: [grant.viewer(VALDORIA)] }),
    anna.post(apiPaths.users, { email: 'dino@valdoria.example.org', name: 'Dino Neri', password: TEST_PASSWORD, grants: [grant.viewer(VALDORIA)] }),
  ]);
  expect(made.map((m) => m.status)).toEqual([201, 201, 201]);
  expect((await anna.patch(apiPaths.user(made[2]!.body.id), { disabled: true })).status).toBe(200);
});
afterAll(async () => c?.close());

/** Anna adds a viewer of Valdoria with `email`, in `language`. */
async function annaAdds(email: string, language = 'en') {
  const res = await c.app.inject({
    method: 'POST',
    url: apiPaths.users,
    headers: { ...annaHeaders, 'accept-language': language },
    payload: { email, name: 'Nuova Persona', password: TEST_PASSWORD, grants: [grant.viewer(VALDORIA)] },
  });
  return { status: res.statusCode, body: res.json() };
}

const countUsers = async () => (await c.store.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('a new person\'s e-mail that is already someone\'s', () => {
  const outOfScope = () => [`viewer@${other.administrationId}.example.org`, 'shared@example.org', ADMIN_EMAIL, `VIEWER@${other.administrationId.toUpperCase()}.example.org`];

  it('beyond the admin\'s scope: one answer, the same whoever owns it, naming nobody and no place', async () => {
    for (const language of ['en', 'it']) {
      const before = await countUsers();
      const answers = [];
      for (const email of outOfScope()) answers.push(await annaAdds(email, language));
      expect(Number(await countUsers())).toBe(Number(before));
      for (const a of answers) {
        expect(a.status).toBe(409);
        // Byte for byte the same: nothing tells another administration's person from a shared one or an installation admin.
        expect(a).toEqual(answers[0]);
        const text = JSON.stringify(a.body);
        for (const leak of [other.administrationId, 'Viewer', 'Sara', 'Test admin', '@', 'exist', 'esiste']) expect(text.toLowerCase()).not.toContain(leak.toLowerCase());
      }
      expect(answers[0]!.body.error.code).toBe('conflict');
      expect(answers[0]!.body.error.problems).toEqual([{ field: '/email', reason: language === 'en' ? 'cannot be used for a new person here' : 'non si può usare per una nuova persona qui' }]);
    }
  });

  it('a person the admin manages: the answer names them, to open them instead (and says when they are disabled)', async () => {
    const carla = await annaAdds('Carla@Valdoria.example.org');
    expect(carla.status).toBe(409);
    expect(carla.body.error.message).toBe('carla@valdoria.example.org is already the e-mail of Carla Verdi, in your list of people: open them there to change their roles.');
    expect(carla.body.error.problems).toEqual([{ field: '/email', reason: 'already the e-mail of Carla Verdi' }]);
    const dino = await annaAdds('dino@valdoria.example.org', 'it');
    expect(dino.body.error.message).toBe('dino@valdoria.example.org è già l’e-mail di Dino Neri (disattivata), nel tuo elenco delle persone: aprila lì per cambiarne i ruoli o riattivarla.');
  });

  it('an installation admin, who manages everyone, is told whose it is', async () => {
    const res = await as(c.app, c.admin).post(apiPaths.users, { email: 'shared@example.org', name: 'Altra', password: TEST_PASSWORD, grants: [grant.viewer(VALDORIA)] });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('Sara Condivisa');
  });

  it('roles beyond the admin\'s scope are refused before the address is looked at: a taken one and a free one alike', async () => {
    const beyond = async (email: string) => {
      const res = await c.app.inject({
        method: 'POST',
        url: apiPaths.users,
        headers: annaHeaders,
        payload: { email, name: 'X', password: TEST_PASSWORD, grants: [grant.viewer(other.administrationId)] },
      });
      return { status: res.statusCode, body: res.json() };
    };
    const taken = await beyond(`viewer@${other.administrationId}.example.org`);
    expect(taken.status).toBe(403);
    expect(taken).toEqual(await beyond('nobody-yet@example.org'));
  });
});
