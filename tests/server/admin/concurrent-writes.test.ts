// The same write sent two or three times at once (a double click, a retry racing the first send), and two
// conflicting writes at once: each answer says what happened (never a 500), and the store holds one result.
// On SQLite writes queue; on PostgreSQL (server-pg) their transactions interleave, which is what this is for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { alertPaths } from '../../../server/contract/alert-kinds';
import { deliveryPaths } from '../../../server/contract/delivery-paths';
import { subscriptionPaths } from '../../../server/contract/subscription-paths';
import { issuePairingCode } from '../../../server/auth/terminal-tokens';
import { DEMO } from '../../../server/store/seed-demo';
import { personWith, startCollector, type TestCollector } from '../helpers/test-collector';
import { MATRIX_MAIL_ENV } from '../helpers/subscription-items';
import { alertItems } from '../helpers/alert-items';
import { deliveryItems } from '../helpers/delivery-items';
import { as, grant } from './admin-api';

const VALDORIA = DEMO.administration.id;

let c: TestCollector;
let admin: ReturnType<typeof as>;
// One collector for every case (each makes its own items): e-mail on, for the subscriptions.
beforeAll(async () => {
  c = await startCollector({ env: MATRIX_MAIL_ENV });
  admin = as(c.app, c.admin);
});
afterAll(async () => c?.close());

interface Answer {
  status: number;
  body: any;
}
let serial = 0;

/** The same call `n` times at once; the answers' statuses, sorted, after checking that none is a 500 and every refusal has words. */
async function atOnce(...calls: (() => Promise<Answer>)[]): Promise<number[]> {
  const answers = await Promise.all(calls.map((call) => call()));
  for (const a of answers) {
    expect(a.status, JSON.stringify(a.body)).toBeLessThan(500);
    if (a.status >= 400) expect(a.body.error.message).toBeTruthy();
  }
  return answers.map((a) => a.status).sort();
}
const times = (n: number, call: () => Promise<Answer>) => Array.from({ length: n }, () => call);

async function made(p: Promise<Answer>): Promise<string> {
  const r = await p;
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id as string;
}
const newOffice = () => made(admin.post(apiPaths.offices, { administrationId: VALDORIA, name: `Sede ${++serial}` }));
const newService = () => made(admin.post(apiPaths.services, { administrationId: VALDORIA, name: `Servizio ${++serial}` }));
const newTotem = async (officeId: string, serviceIds: string[]) => made(admin.post(apiPaths.terminals, { officeId, name: `Totem ${++serial}`, mode: 'totem', serviceIds }));
const audits = async (action: string, targetId: string) =>
  (await c.store.db.selectFrom('audit_log').select('id').where('action', '=', action).where('target_id', '=', targetId).execute()).length;

describe('the same write sent again at once', () => {
  it('archives an administration, an office, a service, a terminal and a channel point once, with one audit entry', async () => {
    const administrationId = await made(admin.post(apiPaths.administrations, { name: `Comune ${++serial}` }));
    const officeId = await newOffice();
    const serviceId = await newService();
    const terminalId = await newTotem(await newOffice(), [await newService(), await newService()]);
    const pointId = await made(admin.post(apiPaths.officeChannelPoints(await newOffice()), { kind: 'phone' }));
    const cases = [
      ['administration.archive', administrationId, apiPaths.administrationArchive(administrationId)],
      ['office.archive', officeId, apiPaths.officeArchive(officeId)],
      ['service.archive', serviceId, apiPaths.serviceArchive(serviceId)],
      ['terminal.archive', terminalId, apiPaths.terminalArchive(terminalId)],
      ['channel-point.archive', pointId, apiPaths.channelPointArchive(pointId)],
    ] as const;
    for (const [action, id, url] of cases) {
      expect(await atOnce(...times(3, () => admin.post(url))), action).toEqual([200, 200, 200]);
      expect(await audits(action, id), action).toBe(1);
    }
  });

  it('creates terminals called alike, each with an id of its own (the id made from the name collided: 500)', async () => {
    // In three offices: within one, a second terminal of that name is refused (refuse-taken-terminal-name.test.ts); the ids are made per administration.
    const officeIds = [await newOffice(), await newOffice(), await newOffice()];
    const body = { name: `Totem ${++serial}`, mode: 'totem', serviceIds: [await newService(), await newService()] };
    expect(await atOnce(...officeIds.map((officeId) => () => admin.post(apiPaths.terminals, { ...body, officeId })))).toEqual([201, 201, 201]);
    expect((await c.store.db.selectFrom('terminals').select('id').where('office_id', 'in', officeIds).execute()).length).toBe(3);
  });

  it('stores a terminal\'s services once when the same list is saved three times (500 on the service rows)', async () => {
    const [a, b] = [await newService(), await newService()];
    const terminalId = await newTotem(await newOffice(), [a, b]);
    expect(await atOnce(...times(3, () => admin.patch(apiPaths.terminal(terminalId), { serviceIds: [b, a] })))).toEqual([200, 200, 200]);
    const rows = await c.store.db.selectFrom('terminal_services').select('service_id').where('terminal_id', '=', terminalId).orderBy('position').execute();
    expect(rows.map((r) => r.service_id)).toEqual([b, a]);
  });

  it('saves the same reason list three times: the list sent stays live, once (500 on the reason codes)', async () => {
    const labels = [`Motivo ${++serial}`, `Motivo ${++serial}`];
    const body = { reasons: labels.map((label) => ({ label, dimension: 'timeliness' })) };
    expect(await atOnce(...times(3, () => admin.put(apiPaths.administrationReasons(VALDORIA), body)))).toEqual([200, 200, 200]);
    expect((await admin.get(apiPaths.administrationReasons(VALDORIA))).body.map((r: { label: string }) => r.label)).toEqual(labels);
  });

  it('creates one person for an e-mail sent three times, and answers the others 409 (500 on the unique e-mail)', async () => {
    const email = `p${++serial}@example.org`;
    const body = { email, name: 'P', password: 'a long enough password', grants: [grant.viewer(VALDORIA)] };
    expect(await atOnce(...times(3, () => admin.post(apiPaths.users, body)))).toEqual([201, 409, 409]);
    expect((await c.store.db.selectFrom('users').select('id').where('email', '=', email).execute()).length).toBe(1);
  });

  it('gives the same roles once when two admins grant them at once', async () => {
    const userId = await made(admin.post(apiPaths.users, { email: `g${++serial}@example.org`, name: 'G', password: 'a long enough password', grants: [grant.viewer(VALDORIA)] }));
    const grants = [grant.viewer(VALDORIA), grant.administration(VALDORIA)];
    expect(await atOnce(...times(3, () => admin.patch(apiPaths.user(userId), { grants })))).toEqual([200, 200, 200]);
    expect((await c.store.db.selectFrom('grants').select('role').where('user_id', '=', userId).execute()).length).toBe(2);
  });

  it('enrols one device with a pairing code sent three times; the others are refused like a used code (two devices got tokens)', async () => {
    const terminalId = await newTotem(await newOffice(), [await newService(), await newService()]);
    const { code } = await issuePairingCode(c.store.db, terminalId, new Date());
    const enrol = async () => {
      const res = await c.app.inject({ method: 'POST', url: apiPaths.enrolment, payload: { code } });
      return { status: res.statusCode, body: res.json() };
    };
    expect(await atOnce(...times(3, enrol))).toEqual([200, 400, 400]);
    expect(await audits('terminal.enrol', terminalId)).toBe(1);
  });

  it('revokes an API key, deletes a webhook and an alert rule, cancels a subscription once, with one audit entry', async () => {
    const apiKeyId = await made(admin.post(apiPaths.administrationApiKeys(VALDORIA), { name: `Eliminacode ${++serial}` }));
    expect(await atOnce(...times(3, () => admin.post(apiPaths.apiKeyRevoke(apiKeyId))))).toEqual([200, 200, 200]);
    expect(await audits('api-key.revoke', apiKeyId)).toBe(1);

    const { webhookId, deliveryId } = await deliveryItems(c, VALDORIA);
    expect(await atOnce(...times(3, () => admin.post(deliveryPaths.deliveryRetry(deliveryId))))).toEqual([200, 409, 409]);
    expect(await audits('delivery.retry', deliveryId)).toBe(1);
    // The first deletes it; the others find it deleted (404), or, come after, no webhook at all (404).
    expect((await atOnce(...times(3, () => admin.call('DELETE', deliveryPaths.webhook(webhookId)))))[0]).toBe(204);
    expect(await audits('webhook.delete', webhookId)).toBe(1);

    const { ruleId } = await alertItems(c, VALDORIA, await newOffice());
    expect(await atOnce(...times(3, () => admin.call('DELETE', alertPaths.rule(ruleId))))).toEqual([204, 404, 404]);
    expect(await audits('alert-rule.delete', ruleId)).toBe(1);

    const subscriptionId = await made(admin.post(subscriptionPaths.subscriptions, { officeId: await newOffice(), frequency: 'daily' }));
    expect((await atOnce(...times(3, () => admin.call('DELETE', subscriptionPaths.subscription(subscriptionId)))))[0]).toBe(204);
    expect(await audits('subscription.cancel', subscriptionId)).toBe(1);
  });

  it('creates one API key, webhook and alert rule of a name sent twice at once (in two letter cases), and answers the other 409 (both were stored)', async () => {
    const officeId = await newOffice();
    const cases = [
      ['api_keys', apiPaths.administrationApiKeys(VALDORIA), `Eliminacode ${++serial}`, {}],
      // A public address written as such: no name to resolve.
      ['webhooks', deliveryPaths.administrationWebhooks(VALDORIA), `Ricevitore ${++serial}`, { url: 'https://93.184.215.14/hook' }],
      ['alert_rules', alertPaths.administrationRules(VALDORIA), `Regola ${++serial}`, { officeId, params: { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 } }],
    ] as const;
    for (const [table, url, name, rest] of cases) {
      const answers = await atOnce(
        () => admin.post(url, { name, ...rest }),
        () => admin.post(url, { name: name.toUpperCase(), ...rest }),
      );
      expect(answers, table).toEqual([201, 409]);
      const rows = await c.store.db.selectFrom(table).select('id').where('administration_id', '=', VALDORIA).where('name', 'in', [name, name.toUpperCase()]).execute();
      expect(rows, table).toHaveLength(1);
    }
  });

  it('acknowledges an alert once and answers the others 409 (each was stored over the last)', async () => {
    const { alertId } = await alertItems(c, VALDORIA, await newOffice());
    expect(await atOnce(...times(3, () => admin.post(alertPaths.acknowledge(alertId), { comment: 'Visto' })))).toEqual([200, 409, 409]);
    expect(await audits('alert.acknowledge', alertId)).toBe(1);
  });

  it('subscribes a person once when the same subscription is sent three times (two were stored)', async () => {
    const userId = await made(admin.post(apiPaths.users, { email: `s${++serial}@example.org`, name: 'S', password: 'a long enough password', grants: [grant.viewer(VALDORIA)] }));
    expect(await atOnce(...times(3, () => admin.post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId, frequency: 'monthly' })))).toEqual([201, 409, 409]);
    expect((await c.store.db.selectFrom('subscriptions').select('id').where('user_id', '=', userId).where('cancelled_at', 'is', null).execute()).length).toBe(1);
  });
});

describe('two conflicting writes at once', () => {
  it('never leaves a live terminal in an archived office, or one on an archived service', async () => {
    const [a, b] = [await newService(), await newService()];
    const officeId = await newOffice();
    await atOnce(
      () => admin.post(apiPaths.officeArchive(officeId)),
      () => admin.post(apiPaths.terminals, { officeId, name: `Totem ${++serial}`, mode: 'totem', serviceIds: [a, b] }),
    );
    expect(await c.store.db.selectFrom('terminals').select('id').where('office_id', '=', officeId).where('archived_at', 'is', null).execute()).toEqual([]);

    // A counter on the service, or the service archived: one of the two, whichever came first.
    const serviceId = await newService();
    const counterOffice = await newOffice();
    const counter = await atOnce(
      () => admin.post(apiPaths.serviceArchive(serviceId)),
      () => admin.post(apiPaths.terminals, { officeId: counterOffice, name: `Sportello ${++serial}`, mode: 'counter', serviceIds: [serviceId] }),
    );
    // Archived, then the counter refused (400 on its service); or the counter made, then the archiving refused (409: its only service).
    expect([[200, 400], [201, 409]]).toContainEqual(counter);
    const live = await c.store.db.selectFrom('terminals').select('id').where('office_id', '=', counterOffice).where('archived_at', 'is', null).execute();
    const archived = (await c.store.db.selectFrom('services').select('archived_at').where('id', '=', serviceId).executeTakeFirstOrThrow()).archived_at;
    expect(live.length === 1 && archived !== null, 'a live counter on an archived service').toBe(false);

    const point = await atOnce(
      () => admin.post(apiPaths.serviceArchive(a)),
      () => admin.post(apiPaths.officeChannelPoints(counterOffice), { kind: 'web', serviceId: a }),
    );
    expect(point).toHaveLength(2);
    expect(await c.store.db.selectFrom('channel_points').select('id').where('service_id', '=', a).where('archived_at', 'is', null).execute()).toEqual([]);
  });

  it('archives one of the two services of a terminal, not both (the terminal was left with nothing to vote on)', async () => {
    const [a, b] = [await newService(), await newService()];
    await newTotem(await newOffice(), [a, b]);
    expect(await atOnce(() => admin.post(apiPaths.serviceArchive(a)), () => admin.post(apiPaths.serviceArchive(b)))).toEqual([200, 409]);
  });

  it('renames or archives, never renames what was archived meanwhile (an administration, an office, a service, a terminal)', async () => {
    const administrationId = await made(admin.post(apiPaths.administrations, { name: `Comune ${++serial}` }));
    const officeId = await newOffice();
    const serviceId = await newService();
    const terminalId = await newTotem(await newOffice(), [await newService(), await newService()]);
    const cases = [
      ['administration', apiPaths.administrationArchive(administrationId), apiPaths.administration(administrationId), 'administration.update', administrationId],
      ['office', apiPaths.officeArchive(officeId), apiPaths.office(officeId), 'office.update', officeId],
      ['service', apiPaths.serviceArchive(serviceId), apiPaths.service(serviceId), 'service.update', serviceId],
      ['terminal', apiPaths.terminalArchive(terminalId), apiPaths.terminal(terminalId), 'terminal.update', terminalId],
    ] as const;
    for (const [what, archive, item, action, id] of cases) {
      const name = `Nuovo nome ${++serial}`;
      const [archived, renamed] = await Promise.all([admin.post(archive), admin.patch(item, { name })]);
      expect(archived.status, what).toBe(200);
      expect([200, 409], what).toContain(renamed.status);
      // Renamed: before the archiving, which then shows the new name; refused: nothing recorded.
      if (renamed.status === 200) expect(archived.body.name, what).toBe(name);
      expect(await audits(action, id), what).toBe(renamed.status === 200 ? 1 : 0);
    }
  });

  it('audits two changes of one person\'s roles at once as a chain: each names as before what the other left', async () => {
    const start = [grant.viewer(VALDORIA)];
    const userId = await made(admin.post(apiPaths.users, { email: `catena${++serial}@example.org`, name: 'C', password: 'a long enough password', grants: start }));
    const officeId = await newOffice();
    const changes = [[grant.administration(VALDORIA)], [grant.office(VALDORIA, officeId)]];
    expect(await atOnce(...changes.map((grants) => () => admin.patch(apiPaths.user(userId), { grants })))).toEqual([200, 200]);
    const entries = await c.store.db.selectFrom('audit_log').select('details').where('action', '=', 'user.update').where('target_id', '=', userId).execute();
    const details = entries.map((e) => (typeof e.details === 'string' ? JSON.parse(e.details) : e.details) as { grants: unknown; previousGrants: unknown });
    expect(details).toHaveLength(2);
    // Whichever came first, the second's "before" is the first's roles, not the roles both first read.
    const first = details.filter((d) => JSON.stringify(d.previousGrants) === JSON.stringify(start));
    expect(first).toHaveLength(1);
    expect(details.find((d) => d !== first[0])!.previousGrants).toEqual(first[0]!.grants);
  });

  it('keeps an enabled installation admin when two of them take the role from each other at once', async () => {
    const other = await personWith(c, `installazione${++serial}@example.org`, [grant.installation()]);
    const me = (await admin.get(apiPaths.session)).body.user.id as string;
    const otherId = (await as(c.app, other).get(apiPaths.session)).body.user.id as string;
    // Last in this file: whoever wins, the other is no installation admin any more.
    expect(
      await atOnce(
        () => admin.patch(apiPaths.user(otherId), { grants: [grant.viewer(VALDORIA)] }),
        () => as(c.app, other).patch(apiPaths.user(me), { grants: [grant.viewer(VALDORIA)] }),
      ),
    ).toEqual([200, 409]);
    const admins = await c.store.db.selectFrom('grants').select('user_id').where('role', '=', 'installation_admin').execute();
    expect(admins.length).toBeGreaterThanOrEqual(1);
  });
});
