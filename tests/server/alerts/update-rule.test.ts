// Changing an alert rule in place (PUT /alert-rules/:id): the whole rule, checked as a new one, answered as listed,
// audited with what changed before and after. Thresholds, name, notices, language and webhook leave the open alert
// open and the next evaluation judges it by the new thresholds; a new kind, office or service closes it, live and
// without a notice. Every refusal names its field and changes nothing (another live rule's name too: 409 on /name);
// other people get what DELETE gives them.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { alertPaths, type AlertRule } from '../../../server/contract/alerts';
import { deliveryPaths } from '../../../server/contract/delivery';
import { sweepOutbox } from '../../../server/delivery/deliveries';
import { DEMO } from '../../../server/store/seed-demo';
import { as, createOtherAdministration, grant } from '../admin/admin-api';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { next, settle, socketClients } from '../helpers/sockets';
import { listen, makeVote, movableClock, personWith, postVotes, startCollector, TOTEM, type SignedIn, type TestCollector } from '../helpers/test-collector';
import { RECEIVER_ENV, startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

vi.setConfig({ hookTimeout: 30_000 });

const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!; // the totem's office
const OTHER_OFFICE = DEMO.offices[1]!;
const SERVICE = TOTEM.services[0]!;
const OTHER_SERVICE = TOTEM.services[1]!;
const MINUTE = 60_000;
const MAIL = (sink: SmtpSink) => ({ SMTP_URL: sink.url, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL: 'https://gradimento.valdoria.example.org' });
const SHARE = { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 } as const;

/** Votes with these faces on the totem's first service, 20 s apart, ending a minute before the clock. */
async function votes(c: TestCollector, now: Date, positive: number, negative: number) {
  const faces = [...Array<string>(positive).fill('positivo'), ...Array<string>(negative).fill('negativo')];
  const start = now.getTime() - MINUTE - faces.length * 20_000;
  const batch = faces.map((face, i) => makeVote({ castAt: new Date(start + i * 20_000).toISOString(), face: face as 'positivo', serviceId: SERVICE }));
  expect((await postVotes(c, batch)).status).toBe(200);
}

const ruleRow = (c: TestCollector, id: string) => c.store.db.selectFrom('alert_rules').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const alertsOf = (c: TestCollector, ruleId: string) => c.store.db.selectFrom('alerts').selectAll().where('rule_id', '=', ruleId).orderBy('opened_at').execute();
const updates = (c: TestCollector, ruleId: string) => c.store.db.selectFrom('audit_log').select(['details', 'actor_email']).where('target_id', '=', ruleId).where('action', '=', 'alert-rule.update').execute();

/** An open alert of the rule, stored as the evaluation stores one (the measure opening it is tested in alerts.test.ts). */
async function openAlert(c: TestCollector, rule: AlertRule): Promise<string> {
  const id = randomUUID();
  await c.store.db
    .insertInto('alerts')
    .values({ id, rule_id: rule.id, open_key: rule.id, administration_id: VALDORIA, office_id: rule.officeId, service_id: rule.serviceId, kind: rule.params.kind, status: 'open', opened_at: new Date().toISOString(), opened_value: 0.4, last_value: 0.4, message: 'Giudizi negativi: 40% degli ultimi 20 (soglia 30%).' })
    .execute();
  return id;
}

describe('changing a rule', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // Tuesday, 10:00 in Rome
  let sink: SmtpSink;
  let receiver: WebhookReceiver;
  let c: TestCollector;
  let base = '';
  const sockets = socketClients(() => base);
  let admin: SignedIn;
  let hook = { id: '', name: 'Centrale' };
  afterEach(() => sockets.closeAll());

  beforeAll(async () => {
    sink = await startSmtpSink();
    receiver = await startWebhookReceiver();
    c = await startCollector({ now: clock.now, env: { ...MAIL(sink), ...RECEIVER_ENV } });
    base = await listen(c);
    admin = await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    const made = await as(c.app, admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name: hook.name, url: receiver.url });
    receiver.setSecret(made.body.secret);
    hook = { id: made.body.id, name: hook.name };
  }, 30_000);
  afterAll(async () => {
    sockets.closeAll();
    await c?.close();
    await sink?.close();
    await receiver?.close();
  });

  const create = async (body: object = {}): Promise<AlertRule> => {
    const res = await as(c.app, admin).post(alertPaths.administrationRules(VALDORIA), { name: 'Troppi negativi', officeId: OFFICE.id, params: SHARE, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  /** The rule as the PUT body writes it: the whole rule. */
  const whole = (r: AlertRule) => ({ name: r.name, officeId: r.officeId, serviceId: r.serviceId, params: r.params, notifyEmail: r.notifyEmail, webhookId: r.webhookId, language: r.language });

  it('is changed whole by an admin: the answer is the rule as listed, with its id; updated and audited with before and after', async () => {
    const rule = await create();
    clock.advance(MINUTE);
    const res = await as(c.app, admin).put(alertPaths.rule(rule.id), { ...whole(rule), name: 'Negativi in Sede', params: { ...SHARE, openAbovePct: 40, closeBelowPct: 25 }, notifyEmail: true, webhookId: hook.id, language: 'en' });
    expect(res.status).toBe(200);
    // The list adds how many people the rule's e-mail reaches and whether it judges now; the rest is the same rule.
    const { emailRecipients, judgement, ...listed } = (await as(c.app, admin).get(alertPaths.administrationRules(VALDORIA))).body.find((r: AlertRule) => r.id === rule.id);
    expect(emailRecipients).toBeTypeOf('number');
    expect(judgement).toEqual({ state: 'too-few-votes', votes: 0, needed: 20 });
    expect(res.body).toEqual(listed);
    expect(res.body).toMatchObject({ id: rule.id, name: 'Negativi in Sede', officeId: OFFICE.id, notifyEmail: true, webhookId: hook.id, language: 'en', createdAt: rule.createdAt, params: { openAbovePct: 40, closeBelowPct: 25 } });
    expect((await ruleRow(c, rule.id)).updated_at).toBe(clock.now().toISOString());
    expect(res.body.updatedAt).toBe(clock.now().toISOString());
    const changedAt = res.body.updatedAt;
    const [entry] = await updates(c, rule.id);
    expect(entry!.actor_email).toBe('aa@valdoria.example.org');
    // Only what changed, each with its value before; the webhook by its name.
    expect(JSON.parse(entry!.details)).toEqual({
      name: 'Negativi in Sede',
      previousName: 'Troppi negativi',
      params: { ...SHARE, openAbovePct: 40, closeBelowPct: 25 },
      previousParams: SHARE,
      notifyEmail: true,
      previousNotifyEmail: false,
      webhook: 'Centrale',
      previousWebhook: null,
      language: 'en',
      previousLanguage: 'it',
    });
    // The same rule again (its thresholds in another key order): nothing to change, nothing more audited.
    const { kind, ...rest } = res.body.params;
    clock.advance(MINUTE);
    const same = await as(c.app, admin).put(alertPaths.rule(rule.id), { ...whole(res.body), params: { ...rest, kind } });
    expect([same.status, same.body]).toEqual([200, res.body]);
    expect(same.body.updatedAt).toBe(changedAt);
    expect(await updates(c, rule.id)).toHaveLength(1);
  });

  it('keeps the open alert open on new thresholds, and the next evaluation judges it by them', async () => {
    const rule = await create({ name: 'Soglie', notifyEmail: true, webhookId: hook.id });
    await votes(c, clock.now(), 11, 9); // 45% negative of the last 20: opens
    clock.advance(10 * MINUTE);
    await c.scheduler.tick();
    const [opened] = await alertsOf(c, rule.id);
    expect(opened).toMatchObject({ status: 'open' });
    await votes(c, clock.now(), 16, 4); // 20%: above 15%, stays open
    clock.advance(10 * MINUTE);
    await c.scheduler.tick();
    const open = await alertsOf(c, rule.id);
    expect(open.map((a) => [a.id, a.status, Number(a.last_value)])).toEqual([[opened!.id, 'open', 0.2]]);

    const watcher = await sockets.connect({ cookie: admin.cookie });
    await watcher.emitWithAck('alerts:watch', {});
    let heard = 0;
    watcher.on('alert:changed', () => (heard += 1));
    const res = await as(c.app, admin).put(alertPaths.rule(rule.id), { ...whole(rule), params: { ...SHARE, closeBelowPct: 25 } });
    expect(res.status).toBe(200);
    await settle();
    expect(heard).toBe(0);
    expect(await alertsOf(c, rule.id)).toEqual(open);
    expect(JSON.parse((await updates(c, rule.id))[0]!.details)).not.toHaveProperty('closedAlert');

    // The same 20%, now under the new closing threshold of 25%: the next evaluation closes the same alert.
    clock.advance(10 * MINUTE);
    await c.scheduler.tick();
    expect((await alertsOf(c, rule.id)).map((a) => [a.id, a.status, a.closed_at, a.closed_because])).toEqual([[opened!.id, 'closed', clock.now().toISOString(), 'recovered']]);
    // Closed by its measure: announced to the webhook, as always.
    await vi.waitFor(() => expect(receiver.calls.filter((x) => JSON.parse(x.body).rule.id === rule.id).map((x) => x.headers['x-gradimento-event'])).toEqual(['alert.opened', 'alert.closed']));
  });

  it('keeps the open alert open on a new name, notices, language or webhook', async () => {
    const changes: [string, (r: AlertRule) => object][] = [
      ['name', (r) => ({ ...whole(r), name: 'Altro nome' })],
      ['notices', (r) => ({ ...whole(r), notifyEmail: !r.notifyEmail })],
      ['language', (r) => ({ ...whole(r), language: 'en' })],
      ['webhook', (r) => ({ ...whole(r), webhookId: hook.id })],
    ];
    for (const [what, change] of changes) {
      const rule = await create({ name: `Regola: ${what}` });
      const alert = await openAlert(c, rule);
      expect((await as(c.app, admin).put(alertPaths.rule(rule.id), change(rule))).status, what).toBe(200);
      expect((await alertsOf(c, rule.id)).map((a) => [a.id, a.status, a.open_key, a.closed_because]), what).toEqual([[alert, 'open', rule.id, null]]);
    }
    // A renamed rule's alerts show its new name.
    const open = (await as(c.app, admin).get(alertPaths.administrationAlerts(VALDORIA))).body;
    expect(open.filter((a: { ruleName: string }) => a.ruleName.startsWith('Regola: name') || a.ruleName === 'Altro nome').map((a: { ruleName: string }) => a.ruleName)).toEqual(['Altro nome']);
  });

  it('sends the close of an alert to the webhook that heard its open, though the rule\'s webhook was changed or taken off meanwhile', async () => {
    const other = await as(c.app, admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name: 'Nuovo gestionale', url: `${receiver.url}/nuovo` });
    expect(other.status).toBe(201);
    for (const [what, webhookId] of [['another webhook', other.body.id as string], ['no webhook', null]] as const) {
      const rule = await create({ name: `Cambio: ${what}`, webhookId: hook.id });
      await votes(c, clock.now(), 11, 9); // 45%: opens
      clock.advance(10 * MINUTE);
      await c.scheduler.tick();
      const [opened] = await alertsOf(c, rule.id);
      expect(opened, what).toMatchObject({ status: 'open' });
      expect((await as(c.app, admin).put(alertPaths.rule(rule.id), { ...whole(rule), webhookId })).status, what).toBe(200);
      await votes(c, clock.now(), 20, 0); // 0%: closes
      clock.advance(10 * MINUTE);
      await c.scheduler.tick();
      expect((await alertsOf(c, rule.id)).map((a) => a.status), what).toEqual(['closed']);
      const calls = await c.store.db.selectFrom('outbox').select(['dedupe_key', 'webhook_id']).where('dedupe_key', 'like', `alert:${opened!.id}:%`).orderBy('dedupe_key').execute();
      expect(calls, what).toEqual([
        { dedupe_key: `alert:${opened!.id}:alert.closed`, webhook_id: hook.id },
        { dedupe_key: `alert:${opened!.id}:alert.opened`, webhook_id: hook.id },
      ]);
    }
  });

  it('sends the close of an alert open for months to the webhook that heard its open: the outbox keeps that call while the alert is open', async () => {
    const other = await as(c.app, admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name: 'Gestionale dopo', url: `${receiver.url}/dopo` });
    const rule = await create({ name: 'Aperto a lungo', webhookId: hook.id });
    await votes(c, clock.now(), 11, 9); // 45%: opens
    clock.advance(10 * MINUTE);
    await c.scheduler.tick();
    const [opened] = await alertsOf(c, rule.id);
    expect(opened).toMatchObject({ status: 'open' });
    const openCall = () => c.store.db.selectFrom('outbox').select(['status', 'webhook_id']).where('dedupe_key', '=', `alert:${opened!.id}:alert.opened`).execute();
    await expect.poll(async () => (await openCall()).map((r) => r.status)).toEqual(['sent']);
    expect((await as(c.app, admin).put(alertPaths.rule(rule.id), { ...whole(rule), webhookId: other.body.id })).status).toBe(200);
    // Sixty days of sweeps while the alert is open: the sent call that told of it stays.
    await sweepOutbox(c.store.db, new Date(clock.now().getTime() + 60 * 86_400_000));
    expect(await openCall()).toEqual([{ status: 'sent', webhook_id: hook.id }]);
    await votes(c, clock.now(), 20, 0); // 0%: closes
    clock.advance(10 * MINUTE);
    await c.scheduler.tick();
    const close = await c.store.db.selectFrom('outbox').select('webhook_id').where('dedupe_key', '=', `alert:${opened!.id}:alert.closed`).execute();
    expect(close).toEqual([{ webhook_id: hook.id }]);
    // Closed, the call goes like any other sent one.
    await sweepOutbox(c.store.db, new Date(clock.now().getTime() + 60 * 86_400_000));
    expect(await openCall()).toEqual([]);
  });

  it('closes the open alert on a new kind, office or service: live, to the webhook the rule had, without an e-mail, noted in the audit', async () => {
    const changes: [string, object, (r: AlertRule) => object][] = [
      ['office', {}, (r) => ({ ...whole(r), officeId: OTHER_OFFICE.id })],
      ['service', { serviceId: SERVICE }, (r) => ({ ...whole(r), serviceId: OTHER_SERVICE })],
      // Its webhook dropped in the same change: the one that heard of the opening still hears of the close.
      ['kind', {}, (r) => ({ ...whole(r), webhookId: undefined, params: { kind: 'low-index', windowHours: 24, minVotes: 10, openBelow: 50, closeAbove: 60 } })],
    ];
    for (const [what, extra, change] of changes) {
      const rule = await create({ name: `Regola: ${what}`, notifyEmail: true, webhookId: hook.id, ...extra });
      const alert = await openAlert(c, rule);
      const watcher = await sockets.connect({ cookie: admin.cookie });
      await watcher.emitWithAck('alerts:watch', {});
      const heard = next(watcher, 'alert:changed');
      const queued = (await c.store.db.selectFrom('outbox').select('id').execute()).map((r) => r.id);
      const res = await as(c.app, admin).put(alertPaths.rule(rule.id), change(rule));
      expect(res.status, what).toBe(200);
      // Not a problem gone away: the alert says its rule changed.
      expect(await heard, what).toMatchObject({ id: alert, ruleId: rule.id, status: 'closed', closedAt: clock.now().toISOString(), closedBecause: 'rule-changed' });
      expect((await alertsOf(c, rule.id)).map((a) => [a.id, a.status, a.open_key, a.closed_because]), what).toEqual([[alert, 'closed', null, 'rule-changed']]);
      const added = (await c.store.db.selectFrom('outbox').select(['id', 'kind', 'dedupe_key', 'webhook_id', 'payload']).execute()).filter((r) => !queued.includes(r.id));
      expect(added.map((r) => [r.kind, r.dedupe_key, r.webhook_id]), what).toEqual([['webhook', `alert:${alert}:alert.closed`, hook.id]]);
      expect(JSON.parse(JSON.parse(added[0]!.payload).body).alert, what).toMatchObject({ id: alert, closedBecause: 'rule-changed' });
      expect(JSON.parse((await updates(c, rule.id))[0]!.details), what).toMatchObject({ closedAlert: alert });
      // Its history stays the rule's.
      const history = (await as(c.app, admin).get(`${alertPaths.administrationAlerts(VALDORIA)}?status=closed`)).body;
      expect(history.find((a: { id: string }) => a.id === alert), what).toMatchObject({ ruleId: rule.id, ruleName: `Regola: ${what}`, closedBecause: 'rule-changed' });
      sockets.closeAll();
    }
  });
});

describe('changing a rule: refusals', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  it('names the field of each problem, as creating does, and changes nothing', async () => {
    const admin = as(c.app, c.admin);
    const rule: AlertRule = (await admin.post(alertPaths.administrationRules(VALDORIA), { name: 'Negativi', officeId: OFFICE.id, params: SHARE })).body;
    const alert = await openAlert(c, rule);
    const before = await ruleRow(c, rule.id);
    const base = { name: 'x', officeId: OFFICE.id, params: SHARE };
    const cases: [unknown, string][] = [
      [{ name: 'x', params: SHARE }, '/officeId'],
      [{ ...base, params: { ...SHARE, closeBelowPct: 30 } }, '/params/closeBelowPct'],
      [{ ...base, params: { kind: 'low-index', windowHours: 24, minVotes: 10, openBelow: 60, closeAbove: 50 } }, '/params/closeAbove'],
      [{ name: 'x', serviceId: SERVICE, params: { kind: 'silence', hours: 2 } }, '/officeId'],
      [{ ...base, params: { kind: 'charter-at-risk', minVotes: 20 } }, '/serviceId'],
      [{ ...base, officeId: 'altrove-sede' }, '/officeId'],
      [{ ...base, webhookId: 'nessuno' }, '/webhookId'],
      [{ ...base, language: 'de' }, '/language'],
      [{ ...base, params: { ...SHARE, lastVotes: 2 } }, '/params'],
      [{ ...base, name: '' }, '/name'],
      [{ ...base, extra: 1 }, '/extra'],
      [{ officeId: OFFICE.id, params: SHARE }, '/name'],
      [{ ...base, name: '   ' }, '/name'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.put(alertPaths.rule(rule.id), body);
      expect([res.status, res.body.error.code], JSON.stringify(body)).toEqual([400, 'validation_failed']);
      expect(res.body.error.problems.map((p: { field: string }) => p.field).some((f: string) => f.startsWith(field)), JSON.stringify(body)).toBe(true);
    }
    // An unknown kind is named as such, not as every other kind's missing fields.
    const weird = await admin.put(alertPaths.rule(rule.id), { ...base, params: { kind: 'weird', lastVotes: 20 } });
    expect(weird.status).toBe(400);
    expect(weird.body.error.problems).toEqual([{ field: '/params/kind', reason: 'must be one of: negative-share, low-index, silence, charter-at-risk' }]);
    // E-mail asked for while e-mail is off.
    const off = await admin.put(alertPaths.rule(rule.id), { ...base, notifyEmail: true });
    expect([off.status, off.body.error.code]).toEqual([409, 'conflict']);
    expect(off.body.error.message).toMatch(/SMTP_URL/);
    expect(await ruleRow(c, rule.id)).toEqual(before);
    expect((await alertsOf(c, rule.id)).map((a) => [a.id, a.status])).toEqual([[alert, 'open']]);
    expect(await updates(c, rule.id)).toEqual([]);
  });

  it('refuses another live rule\'s name, in another letter case or with spaces around it (409 on /name naming that rule, nothing changed); takes its own name, and a deleted rule\'s', async () => {
    const admin = as(c.app, c.admin);
    const make = async (name: string): Promise<AlertRule> => {
      const res = await admin.post(alertPaths.administrationRules(VALDORIA), { name, officeId: OFFICE.id, params: SHARE });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const taken = await make('Allarme sede');
    const rule = await make('Allarme URP');
    const alert = await openAlert(c, rule);
    const before = await ruleRow(c, rule.id);
    for (const name of ['ALLARME SEDE', '  allarme Sede\u200B ']) {
      const res = await admin.put(alertPaths.rule(rule.id), { name, officeId: OFFICE.id, params: { ...SHARE, openAbovePct: 40 } });
      expect(res.status, name).toBe(409);
      expect(res.body.error, name).toEqual({
        code: 'conflict',
        message: 'An alert rule is already called "Allarme sede": choose a name that tells them apart, or delete the other first.',
        problems: [{ field: '/name', reason: 'already in use' }],
      });
    }
    expect(await ruleRow(c, rule.id)).toEqual(before);
    expect((await alertsOf(c, rule.id)).map((a) => [a.id, a.status])).toEqual([[alert, 'open']]);
    expect(await updates(c, rule.id)).toEqual([]);

    // Its own name: kept with new thresholds, or written in another letter case.
    const kept = await admin.put(alertPaths.rule(rule.id), { name: 'Allarme URP', officeId: OFFICE.id, params: { ...SHARE, openAbovePct: 40 } });
    expect([kept.status, kept.body.name, kept.body.params.openAbovePct]).toEqual([200, 'Allarme URP', 40]);
    const recased = await admin.put(alertPaths.rule(rule.id), { name: '  ALLARME urp ', officeId: OFFICE.id, params: { ...SHARE, openAbovePct: 40 } });
    expect([recased.status, recased.body.name]).toEqual([200, 'ALLARME urp']);
    // A deleted rule's name is free.
    expect((await admin.call('DELETE', alertPaths.rule(taken.id))).status).toBe(204);
    const freed = await admin.put(alertPaths.rule(rule.id), { name: 'allarme sede', officeId: OFFICE.id, params: { ...SHARE, openAbovePct: 40 } });
    expect([freed.status, freed.body.name]).toEqual([200, 'allarme sede']);
    expect(await updates(c, rule.id)).toHaveLength(3);
  });

  it('lets two rules called alike from before the rule existed be changed, each keeping its name', async () => {
    const admin = as(c.app, c.admin);
    const make = async (name: string): Promise<AlertRule> => (await admin.post(alertPaths.administrationRules(VALDORIA), { name, officeId: OFFICE.id, params: SHARE })).body;
    const first = await make('Doppione');
    const second = await make('Doppione bis');
    // As an older version stored them.
    await c.store.db.updateTable('alert_rules').set({ name: 'doppione' }).where('id', '=', second.id).execute();
    const changed = await admin.put(alertPaths.rule(second.id), { name: 'doppione', officeId: OFFICE.id, params: { ...SHARE, openAbovePct: 45 } });
    expect([changed.status, changed.body.name, changed.body.params.openAbovePct]).toEqual([200, 'doppione', 45]);
    // A new name is still checked: not the other's.
    expect((await admin.put(alertPaths.rule(first.id), { name: 'Doppione bis', officeId: OFFICE.id, params: SHARE })).status).toBe(200);
    expect((await admin.put(alertPaths.rule(second.id), { name: 'DOPPIONE BIS', officeId: OFFICE.id, params: SHARE })).status).toBe(409);
  });

  it('answers 404 for an unknown or deleted rule, and to another administration\'s admin (the id tells them nothing); 403 to an office manager, as DELETE does', async () => {
    const admin = as(c.app, c.admin);
    const body = { name: 'x', officeId: OFFICE.id, params: SHARE };
    const rule: AlertRule = (await admin.post(alertPaths.administrationRules(VALDORIA), { ...body, name: 'Da non toccare' })).body;
    const before = await ruleRow(c, rule.id);
    const other = await createOtherAdministration(c);
    const stranger = as(c.app, await personWith(c, 'aa@montalto.example.org', [grant.administration(other.administrationId)]));
    const manager = as(c.app, await personWith(c, 'om@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]));
    for (const [who, status] of [[stranger, 404], [manager, 403]] as const) {
      expect((await who.put(alertPaths.rule(rule.id), body)).status).toBe(status);
      expect((await who.call('DELETE', alertPaths.rule(rule.id))).status).toBe(status);
    }
    expect(await ruleRow(c, rule.id)).toEqual(before);
    expect((await admin.put(alertPaths.rule('nessuna'), body)).status).toBe(404);
    expect((await admin.call('DELETE', alertPaths.rule(rule.id))).status).toBe(204);
    const gone = await admin.put(alertPaths.rule(rule.id), body);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'not_found']);
    expect((await ruleRow(c, rule.id)).name).toBe('Da non toccare');
  });
});
