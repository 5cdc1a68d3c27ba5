// An administration's API keys bear names of their own among its live ones (server/admin/name-taken.ts):
// two keys called alike could not be told apart in the list, nor in the audit log, when one must be revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { startCollector, type TestCollector } from '../helpers/test-collector';
import { as, expectNamesTaken } from './admin-api';

const VALDORIA = DEMO.administration.id;

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

/** The keys stored, and their creations in the audit log. */
const stored = async () => ({
  keys: (await c.store.db.selectFrom('api_keys').select('id').execute()).length,
  audits: (await c.store.db.selectFrom('audit_log').select('id').where('action', '=', 'api-key.create').execute()).length,
});

describe('an API key\'s name', () => {
  it('is refused when a live key of the administration bears it, in another letter case or with spaces around it: 409 on /name naming that key, nothing stored', async () => {
    const admin = as(c.app, c.admin);
    const first = await admin.post(apiPaths.administrationApiKeys(VALDORIA), { name: 'Eliminacode atrio' });
    expect(first.status).toBe(201);
    const before = await stored();
    await expectNamesTaken(c, apiPaths.administrationApiKeys(VALDORIA), (name) => ({ name }), ['ELIMINACODE ATRIO', '  eliminacode Atrio\u200B '], first.body.id, {
      english: 'An API key is already called "Eliminacode atrio": choose a name that tells them apart, or revoke the other first.',
      italian: 'Esiste già una chiave API di nome «Eliminacode atrio»: scegli un nome che le distingua, o revoca prima l’altra.',
    });
    expect(await stored()).toEqual(before);
  });

  it('is free in another administration, and again once the key that bore it is revoked', async () => {
    const admin = as(c.app, c.admin);
    const first = await admin.post(apiPaths.administrationApiKeys(VALDORIA), { name: 'Eliminacode anagrafe' });
    expect(first.status).toBe(201);
    const other = await admin.post(apiPaths.administrations, { name: 'Comune di Pietrarossa' });
    expect(other.status).toBe(201);
    expect((await admin.post(apiPaths.administrationApiKeys(other.body.id), { name: 'Eliminacode anagrafe' })).status).toBe(201);

    expect((await admin.post(apiPaths.apiKeyRevoke(first.body.id))).status).toBe(200);
    const again = await admin.post(apiPaths.administrationApiKeys(VALDORIA), { name: 'eliminacode anagrafe' });
    expect(again.status).toBe(201);
    expect(again.body.name).toBe('eliminacode anagrafe');
    // The revoked key stays listed under its name, beside the live one.
    const listed = (await admin.get(apiPaths.administrationApiKeys(VALDORIA))).body as { id: string; name: string; revokedAt: string | null }[];
    const named = listed.filter((k) => k.name.toLowerCase() === 'eliminacode anagrafe');
    expect(named.map((k) => k.id).sort()).toEqual([first.body.id, again.body.id].sort());
    expect(named.find((k) => k.id === first.body.id)!.revokedAt).not.toBeNull();
    expect(named.find((k) => k.id === again.body.id)!.revokedAt).toBeNull();
  });
});
