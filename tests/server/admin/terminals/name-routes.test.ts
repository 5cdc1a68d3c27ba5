// Several terminals' names in one request (the audit log's names), each within the reader's scope as GET /terminals/:id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, MAX_TERMINAL_NAMES } from '../../../../server/contract/api';
import { DEMO } from '../../../../server/store/seed-demo';
import { COUNTER, personWith, startCollector, TOTEM, type TestCollector } from '../../helpers/test-collector';
import { as, createOtherAdministration, grant, type OtherAdministration } from '../admin-api';

const VALDORIA = DEMO.administration.id;
let c: TestCollector;
let other: OtherAdministration;
beforeAll(async () => {
  c = await startCollector();
  other = await createOtherAdministration(c);
});
afterAll(async () => c?.close());

const namesOf = (ids: string[]) => `${apiPaths.terminalNames}?ids=${ids.map(encodeURIComponent).join(',')}`;
const ALL = [TOTEM.id, COUNTER.id, 'nessuno'];

describe('GET /terminal-names', () => {
  it('names only the terminals the reader may manage: another comune\'s and a missing one are left out alike', async () => {
    const admin = as(c.app, await personWith(c, 'aa@example.org', [grant.administration(VALDORIA)]));
    const res = await admin.get(namesOf([...ALL, other.terminalId]));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: COUNTER.id, name: COUNTER.name },
      { id: TOTEM.id, name: TOTEM.name },
    ]);
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, TOTEM.officeId)]));
    expect((await manager.get(namesOf(ALL))).body).toEqual([{ id: TOTEM.id, name: TOTEM.name }]);
    expect((await as(c.app, c.admin).get(namesOf([other.terminalId]))).body).toEqual([{ id: other.terminalId, name: 'Totem' }]);
  });

  it('names archived terminals too, refuses whoever may manage no terminal, and a longer list than one request takes', async () => {
    const admin = as(c.app, c.admin);
    expect((await admin.post(apiPaths.terminalArchive(other.terminalId))).status).toBe(200);
    expect((await admin.get(namesOf([other.terminalId]))).body).toEqual([{ id: other.terminalId, name: 'Totem' }]);
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]));
    expect((await viewer.get(namesOf([TOTEM.id]))).status).toBe(403);
    // As many of the longest ids as the dashboard sends at once fit; a longer address is refused.
    const many = Array.from({ length: MAX_TERMINAL_NAMES }, (_, i) => `${i}`.padStart(64, 't'));
    expect((await admin.get(namesOf(many))).status).toBe(200);
    expect((await admin.get(namesOf([...many, 'x']))).status).toBe(400);
    expect((await admin.get(apiPaths.terminalNames)).body).toEqual([]);
  });
});
