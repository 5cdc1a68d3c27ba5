// The refusals of management, signing in and terminals come in the request's language: Italian when it
// asks for it (the dashboard and the terminal do), and word for word the English of before when it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_LABEL } from '../../../kiosk/dashboard/admin/admin-labels';
import { apiPaths } from '../../../server/contract/api';
import { grantProblem, ROLES, type Grant } from '../../../server/contract/permissions';
import { ERROR_WORDS } from '../../../server/http/words/error-words';
import { createUser } from '../../../server/store/create-user';
import { DEMO } from '../../../server/store/seed-demo';
import { ADMIN_EMAIL, asTerminal, personWith, startCollector, TEST_PASSWORD, type TestCollector } from '../helpers/test-collector';
import { grant } from './admin-api';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const MUNICIPIO = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!.id;

interface Answer {
  status: number;
  language: string | undefined;
  error: { code: string; message: string; problems?: { field: string; reason: string }[] };
}

/** One request, in Italian or naming no language; `signed` are the headers of a person's session or of a terminal. */
async function ask(language: 'it' | undefined, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, signed: Record<string, string>, payload?: object): Promise<Answer> {
  const res = await c.app.inject({ method, url, headers: { ...signed, ...(language ? { 'accept-language': language } : {}) }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, language: res.headers['content-language'] as string | undefined, error: res.json().error };
}

const byField = (problems: { field: string; reason: string }[] = []) => [...problems].sort((a, b) => a.field.localeCompare(b.field));

describe('management refusals', () => {
  it('an office\'s fields: the message and every field\'s reason', async () => {
    const payload = {
      timeZone: 'Europe/Valdoria',
      openingHours: { mon: [], tue: [{ from: '08:00', to: '12:00' }, { from: '11:30', to: '13:00' }], wed: [], thu: [{ from: '15:00', to: '09:00' }], fri: [], sat: [], sun: [] },
      holidays: ['2026-02-30'],
    };
    const it_ = await ask('it', 'PATCH', apiPaths.office(MUNICIPIO), c.admin.headers, payload);
    expect(it_.status).toBe(400);
    expect(it_.language).toBe('it');
    expect(it_.error.code).toBe('validation_failed');
    expect(it_.error.message).toBe('Alcuni campi dell’ufficio non sono validi: vedi i problemi indicati.');
    expect(byField(it_.error.problems)).toEqual([
      { field: '/holidays/0', reason: '«2026-02-30» non è una data del calendario' },
      { field: '/openingHours/thu/0', reason: 'apre alle 15:00 ma chiude alle 09:00: l’apertura deve precedere la chiusura' },
      { field: '/openingHours/tue/1', reason: 'la fascia 11:30-13:00 si sovrappone alla fascia 08:00-12:00' },
      { field: '/timeZone', reason: '«Europe/Valdoria» non è un fuso orario IANA (per esempio Europe/Rome)' },
    ]);

    const en = await ask(undefined, 'PATCH', apiPaths.office(MUNICIPIO), c.admin.headers, payload);
    expect(en.language).toBe('en');
    expect(en.error.message).toBe('Some office fields are invalid: see the problems listed.');
    expect(byField(en.error.problems)).toEqual([
      { field: '/holidays/0', reason: '"2026-02-30" is not a calendar date' },
      { field: '/openingHours/thu/0', reason: 'opens at 15:00 but closes at 09:00: the opening must come before the closing' },
      { field: '/openingHours/tue/1', reason: '11:30-13:00 overlaps 08:00-12:00' },
      { field: '/timeZone', reason: '"Europe/Valdoria" is not an IANA time zone (e.g. Europe/Rome)' },
    ]);
  });

  it('an e-mail that is not one, refused by the collector\'s own validator in the catalogue\'s words, not the validator\'s', async () => {
    const person = { email: 'not-an-email', name: 'Rita', password: TEST_PASSWORD, grants: [{ role: 'viewer', administrationId: VALDORIA, officeId: null }] };
    const it_ = await ask('it', 'POST', apiPaths.users, c.admin.headers, person);
    expect([it_.status, it_.error.problems]).toEqual([400, [{ field: '/email', reason: 'non è un indirizzo e-mail (nome@esempio.it)' }]]);
    const en = await ask(undefined, 'POST', apiPaths.users, c.admin.headers, person);
    expect(en.error.problems).toEqual([{ field: '/email', reason: 'is not an e-mail address (name@example.org)' }]);
    const long = await ask('it', 'POST', apiPaths.users, c.admin.headers, { ...person, email: 'rita@valdoria.example.org', name: 'x'.repeat(201) });
    expect(long.error.problems).toEqual([{ field: '/name', reason: 'può avere al massimo 200 caratteri' }]);
  });

  it('a blank name', async () => {
    const it_ = await ask('it', 'POST', apiPaths.administrations, c.admin.headers, { name: '   ' });
    expect(it_.error).toEqual({ code: 'validation_failed', message: 'Alcuni campi non sono validi: vedi i problemi indicati.', problems: [{ field: '/name', reason: 'non può essere vuoto' }] });
    const en = await ask(undefined, 'POST', apiPaths.administrations, c.admin.headers, { name: '   ' });
    expect(en.error.problems).toEqual([{ field: '/name', reason: 'must not be blank' }]);
  });

  it('an archived office, named with its own gender in Italian', async () => {
    expect((await ask(undefined, 'POST', apiPaths.officeArchive(SAN_ROCCO), c.admin.headers)).status).toBe(200);
    const it_ = await ask('it', 'PATCH', apiPaths.office(SAN_ROCCO), c.admin.headers, { name: 'Di nuovo' });
    expect(it_.status).toBe(409);
    expect(it_.error.message).toMatch(/^Questo ufficio è stato archiviato il \d{4}-\d{2}-\d{2}: conserva i suoi giudizi ma non si può più modificare\.$/);
    const en = await ask(undefined, 'PATCH', apiPaths.office(SAN_ROCCO), c.admin.headers, { name: 'Di nuovo' });
    expect(en.error.message).toMatch(/^This office was archived on \d{4}-\d{2}-\d{2}: it keeps its votes but can no longer be changed\.$/);
  });

  it('roles: a malformed one, and one beyond the giver\'s scope, named as the dashboard names roles', async () => {
    const person = (grants: Grant[]) => ({ email: 'nuova@example.org', name: 'Nuova', password: 'a long enough password', grants });
    const malformed = person([{ role: 'office_manager', administrationId: VALDORIA, officeId: null }]);
    const it_ = await ask('it', 'POST', apiPaths.users, c.admin.headers, malformed);
    expect(it_.error).toEqual({
      code: 'validation_failed',
      message: 'Alcuni ruoli non sono ben formati: vedi i problemi indicati.',
      problems: [{ field: '/grants/0', reason: 'il ruolo «Responsabile d’ufficio» richiede un’amministrazione e un ufficio: scegli l’ufficio' }],
    });
    const en = await ask(undefined, 'POST', apiPaths.users, c.admin.headers, malformed);
    expect(en.error).toEqual({
      code: 'validation_failed',
      message: 'Some roles are malformed: see the problems listed.',
      problems: [{ field: '/grants/0', reason: 'office_manager needs an administrationId and an officeId' }],
    });

    const administrationAdmin = await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]);
    const beyond = person([grant.installation()]);
    const refusedIt = await ask('it', 'POST', apiPaths.users, administrationAdmin.headers, beyond);
    expect(refusedIt.status).toBe(403);
    expect(refusedIt.error.message).toBe('Puoi assegnare ruoli solo entro ciò che amministri; non consentiti: Amministratore dell’installazione.');
    const refusedEn = await ask(undefined, 'POST', apiPaths.users, administrationAdmin.headers, beyond);
    expect(refusedEn.error.message).toBe('You may hand out roles only within what you administer: not installation_admin over the installation.');
  });
});

describe('signing in and terminals', () => {
  it('a wrong password, at sign-in and when changing one\'s own', async () => {
    const signIn = { email: ADMIN_EMAIL, password: 'not the password' };
    expect((await ask('it', 'POST', apiPaths.session, {}, signIn)).error).toEqual({ code: 'unauthenticated', message: 'E-mail o password errate.' });
    expect((await ask(undefined, 'POST', apiPaths.session, {}, signIn)).error).toEqual({ code: 'unauthenticated', message: 'Wrong e-mail or password.' });

    const change = { currentPassword: `${TEST_PASSWORD} no`, newPassword: 'another long enough password' };
    expect((await ask('it', 'PUT', apiPaths.password, c.admin.headers, change)).error).toEqual({
      code: 'validation_failed',
      message: 'La password attuale è errata.',
      problems: [{ field: '/currentPassword', reason: 'non corrisponde' }],
    });
    expect((await ask(undefined, 'PUT', apiPaths.password, c.admin.headers, change)).error).toEqual({
      code: 'validation_failed',
      message: 'The current password is wrong.',
      problems: [{ field: '/currentPassword', reason: 'does not match' }],
    });
  });

  it('no session', async () => {
    expect((await ask('it', 'GET', apiPaths.users, {})).error.message).toBe('Accedi prima (la sessione potrebbe essere scaduta).');
    expect((await ask(undefined, 'GET', apiPaths.users, {})).error.message).toBe('Sign in first (your session may have expired).');
  });

  it('a wrong pairing code, and a token the collector does not know', async () => {
    const code = { code: 'ABCDEFGH' };
    expect((await ask('it', 'POST', apiPaths.enrolment, {}, code)).error).toEqual({ code: 'pairing_code_invalid', message: ERROR_WORDS.it.pairingCodeInvalid });
    expect((await ask(undefined, 'POST', apiPaths.enrolment, {}, code)).error.message).toBe(
      'This pairing code is wrong, used or expired: ask for a new one in the dashboard (Terminali > Abbina).',
    );

    const config = apiPaths.terminalConfig(DEMO.terminals[0]!.id);
    const stranger = asTerminal('not-a-token');
    expect((await ask('it', 'GET', config, stranger)).error.message).toBe('Questo terminale non è abilitato (o il suo token è stato revocato): abbinalo di nuovo con un codice generato dal cruscotto.');
    expect((await ask(undefined, 'GET', config, stranger)).error.message).toBe('This terminal is not enrolled (or its token was revoked): pair it again with a code from the dashboard.');
  });
});

describe('the words behind them', () => {
  it('say a malformed role in English exactly as grantProblem does (the command line prints that one)', () => {
    // A grant with nothing set is malformed for every role but installation_admin; that one is malformed with an office.
    for (const role of ROLES) {
      const bad: Grant = role === 'installation_admin' ? { role, administrationId: null, officeId: 'x' } : { role, administrationId: null, officeId: null };
      expect(ERROR_WORDS.en.malformedGrant[role]).toBe(grantProblem(bad));
      expect(ERROR_WORDS.it.malformedGrant[role]).toContain(`«${ROLE_LABEL[role]}»`);
    }
  });

  it('leave an error\'s message in English, for the log', async () => {
    await expect(createUser(c.store.db, { email: 'x@example.org', name: 'X', password: 'a long enough password', grants: [] }, null, new Date())).rejects.toMatchObject({
      code: 'validation_failed',
      message: 'A person needs at least one role.',
    });
  });
});
