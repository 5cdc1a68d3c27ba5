// The demo installation's way in: the start-up lines give working sign-ins and pairing links whose codes enrol.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths, PAGES } from '../../server/contract/api';
import { revokeTerminal } from '../../server/auth/terminal-tokens';
import { createDemoPeople, demoAccessLines } from '../../server/demo-access';
import { DEMO } from '../../server/store/seed-demo';
import { asTerminal, signInAs, startCollector, type TestCollector } from './helpers/test-collector';

const PUBLIC_URL = 'http://gradimento.local:3000';

let c: TestCollector;
beforeEach(async () => {
  c = await startCollector({ noAdmin: true, enrolTerminals: false });
  await createDemoPeople(c.store.db, c.dir, new Date());
});
afterEach(async () => c?.close());

const lines = () => demoAccessLines(c.store.db, c.dir, PUBLIC_URL, new Date());

function signIns(text: string[]) {
  return text.flatMap((l) => {
    const m = /Sign in:\s+(\S+)\s+(\S+)\s+\((\w+)\)/.exec(l);
    return m ? [{ email: m[1]!, password: m[2]!, role: m[3]! }] : [];
  });
}

function pairingUrls(text: string[]) {
  return text.flatMap((l) => {
    const m = /Terminal:\s+(\S+\?pair=\S+)/.exec(l);
    return m ? [new URL(m[1]!)] : [];
  });
}

describe('demo access', () => {
  it('prints a sign-in for the demo admin and the office manager, and both work with their roles', async () => {
    const people = signIns(await lines());
    expect(people.map((p) => p.role).sort()).toEqual(['installation_admin', 'office_manager']);
    for (const p of people) {
      const session = await signInAs(c.app, p.email, p.password);
      const me = await c.app.inject({ url: apiPaths.session, headers: { cookie: session.cookie } });
      expect(me.json().grants.map((g: { role: string }) => g.role)).toEqual([p.role]);
    }
  });

  it('keeps the passwords in a file only the owner may read', async () => {
    const file = path.join(c.dir, 'demo-credentials.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('prints a pairing link per demo terminal whose code enrols it', async () => {
    const urls = pairingUrls(await lines());
    expect(urls).toHaveLength(DEMO.terminals.length);
    const enrolled: string[] = [];
    for (const url of urls) {
      expect(`${url.origin}${url.pathname}`).toBe(`${PUBLIC_URL}${PAGES.terminal}`);
      const res = await c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code: url.searchParams.get('pair') } });
      expect(res.statusCode).toBe(200);
      const { terminalId, token } = res.json();
      enrolled.push(terminalId);
      expect((await c.app.inject({ url: apiPaths.terminalConfig(terminalId), headers: asTerminal(token) })).statusCode).toBe(200);
    }
    expect(enrolled.sort()).toEqual(DEMO.terminals.map((t) => t.id).sort());
  });

  it('says a terminal is enrolled instead of printing a link once it is', async () => {
    const [url] = pairingUrls(await lines());
    await c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code: url!.searchParams.get('pair') } });
    const next = await lines();
    expect(pairingUrls(next)).toHaveLength(DEMO.terminals.length - 1);
    expect(next.filter((l) => / is enrolled/.test(l))).toHaveLength(1);
  });

  it('prints no link for a demo terminal an admin revoked, and says so', async () => {
    await revokeTerminal(c.store.db, DEMO.terminals[0]!.id, new Date());
    const next = await lines();
    expect(pairingUrls(next)).toHaveLength(DEMO.terminals.length - 1);
    expect(next.filter((l) => l.includes(DEMO.terminals[0]!.name))).toEqual([expect.stringMatching(/was revoked/)]);
  });

  it('stops printing a sign-in once its password was changed', async () => {
    const [admin] = signIns(await lines()).filter((p) => p.role === 'installation_admin');
    const session = await signInAs(c.app, admin!.email, admin!.password);
    const res = await c.app.inject({ method: 'PUT', url: apiPaths.password, headers: session.headers, payload: { currentPassword: admin!.password, newPassword: 'a password only I know' } });
    expect(res.statusCode).toBe(204);
    const after = signIns(await lines());
    expect(after.map((p) => p.role)).toEqual(['office_manager']);
    expect((await lines()).join('\n')).not.toContain(admin!.password);
  });
});
