// Reasons: the whole list replaced at once; kept ones by id, new ones get ids and codes, those left out archived (never deleted).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, makeVote, personWith, postVotes, REASON_IDS, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const url = apiPaths.administrationReasons(VALDORIA);

describe('reasons', () => {
  it('are read live and in order by anyone with a role in the administration', async () => {
    const viewer = as(c.app, await personWith(c, 'v@example.org', [grant.viewer(VALDORIA)]));
    const res = await viewer.get(url);
    expect(res.status).toBe(200);
    expect(res.body.map((r: { id: string }) => r.id)).toEqual([...REASON_IDS]);
    expect((await viewer.put(url, { reasons: [] })).status).toBe(403);
  });

  it('are replaced whole: reordered, relabelled, added, and left-out ones archived yet still valid for queued votes', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.put(url, {
      reasons: [
        { id: 'valdoria-servizio', label: 'Cortesia e competenza', dimension: 'effectiveness' },
        { label: 'Modulistica poco chiara', dimension: 'transparency' },
        { id: 'valdoria-attesa', label: 'Tempo di attesa', dimension: 'timeliness' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { label: string }) => r.label)).toEqual(['Cortesia e competenza', 'Modulistica poco chiara', 'Tempo di attesa']);
    expect(res.body.map((r: { position: number }) => r.position)).toEqual([0, 1, 2]);
    expect(res.body[1].id).toMatch(/^valdoria-[0-9a-f]{8}$/);
    const kept = await c.store.db.selectFrom('reasons').select(['id', 'code', 'archived_at']).where('administration_id', '=', VALDORIA).execute();
    expect(kept.find((r) => r.id === 'valdoria-altro')!.archived_at).not.toBeNull();
    expect(kept.find((r) => r.id === res.body[1].id)!.code).toBe('modulistica-poco-chiara');
    const config = (await c.app.inject({ url: apiPaths.terminalConfig(TOTEM.id), headers: asTerminal(c.tokens[TOTEM.id]!) })).json();
    expect(config.reasons.map((r: { id: string }) => r.id)).toEqual(res.body.map((r: { id: string }) => r.id));
    // A vote queued offline before the change still names the old reason: it is accepted.
    const vote = makeVote({ face: 'negativo', reasons: ['valdoria-altro'], followUp: 'chosen' });
    expect((await postVotes(c, [vote])).status).toBe(200);
    // Sent back with its id, an archived reason comes back.
    const back = await admin.put(url, { reasons: [...res.body.map((r: { id: string; label: string; dimension: string | null }) => ({ id: r.id, label: r.label, dimension: r.dimension })), { id: 'valdoria-altro', label: 'Altro', dimension: null }] });
    expect(back.body.map((r: { id: string }) => r.id)).toContain('valdoria-altro');
  });

  it('refuse unknown or repeated ids, repeated labels and an empty list, naming each field', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.put(url, {
      reasons: [
        { id: 'montalto-attesa', label: 'Attesa', dimension: null },
        { id: 'valdoria-attesa', label: 'Uno', dimension: null },
        { id: 'valdoria-attesa', label: 'uno', dimension: null },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.problems.map((p: { field: string }) => p.field)).toEqual(['/reasons/0/id', '/reasons/2/label', '/reasons/2/id']);
    expect((await admin.put(url, { reasons: [] })).body.error.problems[0].field).toBe('/reasons');
  });
});
