// Terminals: counter and totem set-ups checked, pairing codes that enrol once, revoking and archiving that stop the token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { DEMO } from '../../../server/store/seed-demo';
import { asTerminal, COUNTER, makeVote, personWith, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';
import { as, createOtherAdministration, grant } from './admin-api';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector();
});
afterEach(async () => c?.close());

const VALDORIA = DEMO.administration.id;
const MUNICIPIO = DEMO.offices[0]!.id;
const SAN_ROCCO = DEMO.offices[1]!.id;

describe('creating and changing terminals', () => {
  it('an office manager creates a counter for their office: channel sportello, scale 3, not enrolled yet', async () => {
    const manager = as(c.app, await personWith(c, 'm@example.org', [grant.office(VALDORIA, MUNICIPIO)]));
    const res = await manager.post(apiPaths.terminals, { officeId: MUNICIPIO, name: 'Sportello Tributi', mode: 'counter', serviceIds: ['valdoria-tributi'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 'valdoria-sportello-tributi', administrationId: VALDORIA, officeId: MUNICIPIO, mode: 'counter', channel: 'sportello', scale: 3, serviceIds: ['valdoria-tributi'], enrolledAt: null, revokedAt: null });
    const list = await manager.get(apiPaths.officeTerminals(MUNICIPIO));
    expect(list.body.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([TOTEM.id, res.body.id]));
    expect((await manager.post(apiPaths.terminals, { officeId: SAN_ROCCO, name: 'Not mine', mode: 'totem', serviceIds: ['valdoria-tributi'] })).status).toBe(403);
    expect((await manager.get(apiPaths.officeTerminals(SAN_ROCCO))).status).toBe(403);
  });

  it('refuses a counter with two services, an archived service and another administration\'s service', async () => {
    const other = await createOtherAdministration(c);
    const admin = as(c.app, c.admin);
    const two = await admin.post(apiPaths.terminals, { officeId: MUNICIPIO, name: 'T', mode: 'counter', serviceIds: ['valdoria-tributi', 'valdoria-urp'] });
    expect(two.status).toBe(400);
    expect(two.body.error.problems).toEqual([{ field: '/serviceIds', reason: expect.stringContaining('exactly one service') }]);
    const foreign = await admin.post(apiPaths.terminals, { officeId: MUNICIPIO, name: 'T', mode: 'totem', serviceIds: ['valdoria-tributi', other.serviceId] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.problems).toEqual([{ field: '/serviceIds/1', reason: expect.stringContaining('not a service of this office') }]);
    await admin.post(apiPaths.serviceArchive('valdoria-suap'));
    const archived = await admin.post(apiPaths.terminals, { officeId: MUNICIPIO, name: 'T', mode: 'totem', serviceIds: ['valdoria-suap'] });
    expect(archived.body.error.problems).toEqual([{ field: '/serviceIds/0', reason: expect.stringContaining('archived') }]);
    // Switching the totem (five services) to counter mode without choosing one is refused too.
    expect((await admin.patch(apiPaths.terminal(TOTEM.id), { mode: 'counter' })).status).toBe(400);
  });

  it('an update reaches the terminal\'s configuration: mode, services, scale and channel together', async () => {
    const res = await as(c.app, c.admin).patch(apiPaths.terminal(TOTEM.id), { mode: 'counter', serviceIds: ['valdoria-urp'], scale: 5, name: 'Sportello URP' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mode: 'counter', channel: 'sportello', scale: 5, serviceIds: ['valdoria-urp'], name: 'Sportello URP' });
    const config = (await c.app.inject({ url: apiPaths.terminalConfig(TOTEM.id), headers: asTerminal(c.tokens[TOTEM.id]!) })).json();
    expect(config).toMatchObject({ terminal: { mode: 'counter', channel: 'sportello', name: 'Sportello URP' }, scale: 5, services: [{ id: 'valdoria-urp' }] });
  });
});

describe('pairing, revoking, archiving', () => {
  it('builds the pairing link from the address the dashboard used, or from PUBLIC_URL when set', async () => {
    const viaLan = await c.app.inject({ method: 'POST', url: apiPaths.terminalPairingCode(COUNTER.id), headers: { ...c.admin.headers, host: '192.168.1.20:8080' } });
    expect(viaLan.json().url).toMatch(/^http:\/\/192\.168\.1\.20:8080\/terminal\/\?pair=[A-Z2-9]{8}$/);
    const withPublicUrl = await startCollector({ env: { PUBLIC_URL: 'https://gradimento.cst.example.org' } });
    try {
      const res = await withPublicUrl.app.inject({ method: 'POST', url: apiPaths.terminalPairingCode(COUNTER.id), headers: { ...withPublicUrl.admin.headers, host: '10.0.0.5:8080' } });
      expect(res.json().url).toMatch(/^https:\/\/gradimento\.cst\.example\.org\/terminal\/\?pair=[A-Z2-9]{8}$/);
    } finally {
      await withPublicUrl.close();
    }
  });

  it('a pairing code comes with the kiosk URL and a QR code, and enrols one device once', async () => {
    const res = await as(c.app, c.admin).post(apiPaths.terminalPairingCode(COUNTER.id));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { code, url, qrSvg, expiresAt } = res.body;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    // Without PUBLIC_URL the link uses the address the dashboard was reached at (inject's default host).
    expect(url).toBe(`http://localhost:80/terminal/?pair=${code}`);
    expect(qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const first = await c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code } });
    expect(first.statusCode).toBe(200);
    expect(first.json().terminalId).toBe(COUNTER.id);
    const again = await c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code } });
    expect(again.statusCode).toBe(400);
    // The new token works; the one it replaced does not.
    const token = first.json().token as string;
    const vote = makeVote({ serviceId: COUNTER.services[0]! });
    expect((await postVotes(c, [vote], COUNTER.id, token)).status).toBe(200);
    expect((await postVotes(c, [makeVote({ serviceId: COUNTER.services[0]! })], COUNTER.id)).status).toBe(401);
    const audit = await as(c.app, c.admin).get(`${apiPaths.audit}?administrationId=${VALDORIA}`);
    expect(JSON.stringify(audit.body)).not.toContain(code);
  });

  it('revoking stops the token at once (401 on votes), and re-enrolment works', async () => {
    const admin = as(c.app, c.admin);
    const res = await admin.post(apiPaths.terminalRevoke(TOTEM.id));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enrolledAt: null, revokedAt: expect.any(String) });
    const refused = await postVotes(c, [makeVote()]);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('terminal_not_enrolled');
    const { code } = (await admin.post(apiPaths.terminalPairingCode(TOTEM.id))).body;
    const token = (await c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code } })).json().token as string;
    expect((await postVotes(c, [makeVote()], TOTEM.id, token)).status).toBe(200);
    expect((await admin.get(apiPaths.terminal(TOTEM.id))).body).toMatchObject({ enrolledAt: expect.any(String), revokedAt: null });
  });

  it('archiving stops the token, keeps the votes, and refuses pairing codes afterwards', async () => {
    expect((await postVotes(c, [makeVote()])).status).toBe(200);
    const admin = as(c.app, c.admin);
    const res = await admin.post(apiPaths.terminalArchive(TOTEM.id));
    expect(res.status).toBe(200);
    expect(res.body.archivedAt).toEqual(expect.any(String));
    expect((await postVotes(c, [makeVote()])).status).not.toBe(200);
    expect((await admin.post(apiPaths.terminalPairingCode(TOTEM.id))).status).toBe(409);
    const report = await admin.get(`${apiPaths.officeReport(MUNICIPIO)}?from=2026-03-01&to=2026-03-31`);
    expect(report.body.totals.total).toBe(1);
  });
});
