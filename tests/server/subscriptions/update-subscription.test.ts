// Changing a scheduled e-mail in place (PUT /subscriptions/mine/:id, PUT /subscriptions/:id), through a real SMTP
// server: a new frequency moves the next e-mail to that frequency's next report, once, without the archive and
// without losing the first report whose period starts on a day already sent; a new language leaves the schedule.
// Who may change one, and every refusal, which changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { subscriptionPaths } from '../../../server/contract/subscriptions';
import { DEMO } from '../../../server/store/seed-demo';
import { as, createOtherAdministration, grant } from '../admin/admin-api';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { makeVote, movableClock, personWith, postVotes, signInAs, startCollector, TEST_PASSWORD, TOTEM, type TestCollector } from '../helpers/test-collector';

vi.setConfig({ hookTimeout: 30_000 });

const OFFICE = DEMO.offices[0]!; // the totem's office
const VALDORIA = DEMO.administration.id;
const env = (sink: SmtpSink) => ({ SMTP_URL: sink.url, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL: 'https://gradimento.valdoria.example.org', REPORT_MIN_VOTES: '5' });
const HOUR = 3_600_000;
const RITA = 'rita@valdoria.example.org';

/** Ten votes on the totem from `start`, 20 s apart, so every report has something to say. */
async function vote(c: TestCollector, start: string) {
  const votes = Array.from({ length: 10 }, (_, i) => makeVote({ castAt: new Date(Date.parse(start) + i * 20_000).toISOString(), face: i < 7 ? 'positivo' : 'negativo', serviceId: TOTEM.services[0]! }));
  expect((await postVotes(c, votes)).status).toBe(200);
}

/** The period of each e-mail, from its PDF's name: gradimento-<office>-<from>-<to>.pdf. */
const periods = (sink: SmtpSink) => sink.messages.map((m) => m.attachments[0]!.filename!.replace(`gradimento-${OFFICE.id}-`, '').replace('.pdf', ''));

/** Rita, the office's manager, signed in again (the clock moves past a session's life) and calling on her own. */
const rita = async (c: TestCollector) => as(c.app, await signInAs(c.app, RITA, TEST_PASSWORD));

describe('weekly made daily on a Wednesday', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // Tuesday, 10:00 in Rome
  let sink: SmtpSink;
  let c: TestCollector;
  let id = '';
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ now: clock.now, env: env(sink) });
    await personWith(c, RITA, [grant.office(VALDORIA, OFFICE.id)]);
    const res = await (await rita(c)).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'weekly' });
    expect(res.status).toBe(201);
    id = res.body.id;
    await vote(c, '2026-03-09T08:00:00.000Z');
    await vote(c, '2026-03-10T08:00:00.000Z');
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it('sends the next morning\'s daily report, once, and not the days before the change', async () => {
    clock.set('2026-03-11T09:00:00.000Z'); // Wednesday, 10:00 in Rome
    const res = await (await rita(c)).put(subscriptionPaths.mineOne(id), { frequency: 'daily', language: 'it' });
    expect(res.status).toBe(200);
    // The same subscription, of the same person and report.
    expect(res.body).toMatchObject({ id, email: RITA, officeId: OFFICE.id, frequency: 'daily', language: 'it' });
    clock.advance(HOUR);
    await c.scheduler.tick();
    // Monday's and Tuesday's daily reports fell due before the change: nothing goes out today.
    expect(sink.messages).toHaveLength(0);

    clock.set('2026-03-12T05:30:00.000Z'); // Thursday, 06:30 in Rome
    await c.scheduler.tick();
    await sink.waitFor(1);
    clock.advance(HOUR);
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(periods(sink)).toEqual(['2026-03-11-2026-03-11']);
  });

  it('sends no weekly report on Monday: the old frequency sends nothing more', async () => {
    clock.set('2026-03-16T05:30:00.000Z'); // Monday, 06:30 in Rome: the week of 9-15 March would be due
    await c.scheduler.tick();
    await sink.waitFor(5);
    await new Promise((r) => setTimeout(r, 300));
    expect(periods(sink)).toEqual(['2026-03-11-2026-03-11', '2026-03-12-2026-03-12', '2026-03-13-2026-03-13', '2026-03-14-2026-03-14', '2026-03-15-2026-03-15']);
  });
});

describe('daily made weekly on a Wednesday', () => {
  const clock = movableClock('2026-03-09T07:00:00.000Z'); // Monday, 08:00 in Rome
  let sink: SmtpSink;
  let c: TestCollector;
  let id = '';
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ now: clock.now, env: env(sink) });
    await personWith(c, RITA, [grant.office(VALDORIA, OFFICE.id)]);
    const res = await (await rita(c)).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    id = res.body.id;
    await vote(c, '2026-03-09T08:00:00.000Z');
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it('sends the week on Monday, once, though its first day\'s daily report already went out', async () => {
    clock.set('2026-03-10T05:30:00.000Z');
    await c.scheduler.tick();
    clock.set('2026-03-11T05:30:00.000Z');
    await c.scheduler.tick();
    await sink.waitFor(2);
    expect(periods(sink)).toEqual(['2026-03-09-2026-03-09', '2026-03-10-2026-03-10']);

    clock.set('2026-03-11T09:00:00.000Z'); // Wednesday, 10:00 in Rome
    expect((await (await rita(c)).put(subscriptionPaths.mineOne(id), { frequency: 'weekly' })).status).toBe(200);
    for (const at of ['2026-03-12T05:30:00.000Z', '2026-03-13T05:30:00.000Z', '2026-03-15T05:30:00.000Z']) {
      clock.set(at);
      await c.scheduler.tick();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(2);

    clock.set('2026-03-16T05:30:00.000Z'); // Monday, 06:30 in Rome
    await c.scheduler.tick();
    await sink.waitFor(3);
    clock.advance(HOUR);
    await c.scheduler.tick();
    clock.set('2026-03-17T05:30:00.000Z');
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(periods(sink)).toEqual(['2026-03-09-2026-03-09', '2026-03-10-2026-03-10', '2026-03-09-2026-03-15']);
    const records = await c.store.db.selectFrom('subscription_deliveries').select(['period_from', 'period_to']).orderBy('created_at').execute();
    expect(records).toEqual([
      { period_from: '2026-03-09', period_to: '2026-03-09' },
      { period_from: '2026-03-10', period_to: '2026-03-10' },
      { period_from: '2026-03-09', period_to: '2026-03-15' },
    ]);
  });
});

describe('a new frequency while the old one owes a report', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // Tuesday, 10:00 in Rome
  let sink: SmtpSink;
  let c: TestCollector;
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ now: clock.now, env: env(sink) });
    await personWith(c, RITA, [grant.office(VALDORIA, OFFICE.id)]);
    await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });
  const row = (id: string) => c.store.db.selectFrom('subscriptions').select(['frequency', 'frequency_since']).where('id', '=', id).executeTakeFirstOrThrow();

  it('is refused (409) until the report is queued, naming it; then the change is made, and both reports go out once', async () => {
    const id = (await (await rita(c)).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' })).body.id as string;
    await vote(c, '2026-03-10T08:00:00.000Z');
    clock.set('2026-03-11T05:05:00.000Z'); // 06:05 in Rome: the 10th's daily report is due, the job has not looked yet
    const refused = await (await rita(c)).put(subscriptionPaths.mineOne(id), { frequency: 'weekly', language: 'it' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'conflict']);
    expect(refused.body.error.message).toBe('The report for 2026-03-10 is due and not sent yet: it goes out within 10 minutes. Change the frequency after that, so it is not lost.');
    expect(await row(id)).toEqual({ frequency: 'daily', frequency_since: null });
    expect(await c.store.db.selectFrom('audit_log').select('id').where('target_id', '=', id).where('action', '=', 'subscription.update').execute()).toEqual([]);

    clock.advance(5 * 60_000);
    await c.scheduler.tick();
    await sink.waitFor(1);
    expect((await (await rita(c)).put(subscriptionPaths.mineOne(id), { frequency: 'weekly', language: 'it' })).status).toBe(200);
    clock.set('2026-03-16T05:30:00.000Z'); // Monday, 06:30 in Rome
    await c.scheduler.tick();
    await sink.waitFor(2);
    clock.advance(HOUR);
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(periods(sink)).toEqual(['2026-03-10-2026-03-10', '2026-03-09-2026-03-15']);
  });

  it('is not refused for a person who may no longer read the report: nothing would be sent to her', async () => {
    clock.set('2026-03-16T09:00:00.000Z');
    const before = sink.messages.length;
    const id = (await (await rita(c)).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' })).body.id as string;
    clock.set('2026-03-17T05:05:00.000Z'); // the 16th's daily report is due
    const ritaId = (await c.store.db.selectFrom('users').select('id').where('email', '=', RITA).executeTakeFirstOrThrow()).id;
    await c.store.db.deleteFrom('grants').where('user_id', '=', ritaId).execute();
    const admin = as(c.app, await signInAs(c.app, 'aa@valdoria.example.org'));
    const res = await admin.put(subscriptionPaths.subscription(id), { frequency: 'monthly', language: 'it' });
    expect([res.status, res.body.frequency], JSON.stringify(res.body)).toEqual([200, 'monthly']);
    expect(sink.messages).toHaveLength(before);
  });

  it('is not refused for a disabled person, who keeps her roles but is sent nothing', async () => {
    clock.set('2026-03-18T09:00:00.000Z');
    const ugo = 'ugo@valdoria.example.org';
    await personWith(c, ugo, [grant.office(VALDORIA, OFFICE.id)]);
    const id = (await as(c.app, await signInAs(c.app, ugo)).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' })).body.id as string;
    clock.set('2026-03-19T05:05:00.000Z'); // the 18th's daily report is due
    await c.store.db.updateTable('users').set({ disabled_at: clock.now().toISOString() }).where('email', '=', ugo).execute();
    const admin = as(c.app, await signInAs(c.app, 'aa@valdoria.example.org'));
    const res = await admin.put(subscriptionPaths.subscription(id), { frequency: 'weekly', language: 'it' });
    expect([res.status, res.body.frequency], JSON.stringify(res.body)).toEqual([200, 'weekly']);
  });
});

describe('a new language alone', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z');
  let sink: SmtpSink;
  let c: TestCollector;
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ now: clock.now, env: env(sink) });
    await personWith(c, RITA, [grant.office(VALDORIA, OFFICE.id)]);
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it('leaves the schedule: the report due at 06:00 and not sent yet goes out at the next look, in the new language', async () => {
    const res = await (await rita(c)).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    await vote(c, '2026-03-10T08:00:00.000Z');
    clock.set('2026-03-11T05:05:00.000Z'); // 06:05 in Rome: the 10th's report is due, the job has not looked yet
    const changed = await (await rita(c)).put(subscriptionPaths.mineOne(res.body.id), { frequency: 'daily', language: 'en' });
    expect([changed.status, changed.body.language, changed.body.frequency]).toEqual([200, 'en', 'daily']);
    clock.advance(5 * 60_000);
    await c.scheduler.tick();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe(`Satisfaction: ${OFFICE.name}, 10 March 2026`);
  });
});

describe('who may change a subscription, and refusals', () => {
  let sink: SmtpSink;
  let c: TestCollector;
  let off: TestCollector;
  let omId = '';
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ env: env(sink) });
    off = await startCollector();
    await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    await personWith(c, 'om@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    omId = (await c.store.db.selectFrom('users').select('id').where('email', '=', 'om@valdoria.example.org').executeTakeFirstOrThrow()).id;
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await off?.close();
    await sink?.close();
  });

  const row = (id: string) => c.store.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const audits = async (id: string) => c.store.db.selectFrom('audit_log').select(['action', 'details', 'actor_email']).where('target_id', '=', id).where('action', '=', 'subscription.update').execute();

  it('lets the person change her own (Italian when no language is given), audited with before and after', async () => {
    const om = as(c.app, await signInAs(c.app, 'om@valdoria.example.org'));
    const made = await om.post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'weekly', language: 'en' });
    const res = await om.put(subscriptionPaths.mineOne(made.body.id), { frequency: 'monthly' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...made.body, frequency: 'monthly', language: 'it' });
    expect((await om.get(subscriptionPaths.mine)).body).toEqual([res.body]);
    const [entry] = await audits(made.body.id);
    expect(entry!.actor_email).toBe('om@valdoria.example.org');
    expect(JSON.parse(entry!.details)).toEqual({ userId: omId, officeId: OFFICE.id, frequency: 'monthly', previousFrequency: 'weekly', language: 'it', previousLanguage: 'en' });
    // The same again: nothing changes, nothing more is audited.
    expect((await om.put(subscriptionPaths.mineOne(made.body.id), { frequency: 'monthly', language: 'it' })).status).toBe(200);
    expect(await audits(made.body.id)).toHaveLength(1);
    expect((await om.call('DELETE', subscriptionPaths.mineOne(made.body.id))).status).toBe(204);
  });

  it('lets an admin of the report change someone\'s, as she may stop it; others get 403 or 404, as when stopping it', async () => {
    const admin = as(c.app, await signInAs(c.app, 'aa@valdoria.example.org'));
    const made = await admin.post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: omId, officeId: OFFICE.id, frequency: 'weekly' });
    expect(made.status).toBe(201);
    const before = await row(made.body.id);
    const body = { frequency: 'daily', language: 'en' };

    const manager = as(c.app, await signInAs(c.app, 'om@valdoria.example.org'));
    const other = await createOtherAdministration(c);
    const stranger = as(c.app, await personWith(c, 'aa@montalto.example.org', [grant.administration(other.administrationId)]));
    // Through the admins' address: the office's manager is refused, and to another administration's admin it is not there, as for DELETE.
    for (const [who, status] of [[manager, 403], [stranger, 404]] as const) {
      expect((await who.put(subscriptionPaths.subscription(made.body.id), body)).status).toBe(status);
      expect((await who.call('DELETE', subscriptionPaths.subscription(made.body.id))).status).toBe(status);
    }
    // Through one's own: someone else's subscription is not there, for an admin too.
    for (const who of [admin, stranger]) {
      expect((await who.put(subscriptionPaths.mineOne(made.body.id), body)).status).toBe(404);
      expect((await who.call('DELETE', subscriptionPaths.mineOne(made.body.id))).status).toBe(404);
    }
    expect(await row(made.body.id)).toEqual(before);

    const res = await admin.put(subscriptionPaths.subscription(made.body.id), body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: made.body.id, userId: omId, officeId: OFFICE.id, frequency: 'daily', language: 'en', createdBy: 'aa@valdoria.example.org' });
    const [entry] = await audits(made.body.id);
    expect(entry!.actor_email).toBe('aa@valdoria.example.org');
    // The new frequency counts from now; the subscription's own date stays.
    const after = await row(made.body.id);
    expect(after.created_at).toBe(before.created_at);
    expect(after.frequency_since).not.toBeNull();

    // Stopped, or never there: 404.
    expect((await admin.call('DELETE', subscriptionPaths.subscription(made.body.id))).status).toBe(204);
    expect((await admin.put(subscriptionPaths.subscription(made.body.id), body)).status).toBe(404);
    expect((await admin.put(subscriptionPaths.subscription('nothing'), body)).status).toBe(404);
    expect((await manager.put(subscriptionPaths.mineOne('nothing'), body)).status).toBe(404);
  });

  it('names the field of bad input and changes nothing', async () => {
    const om = as(c.app, await signInAs(c.app, 'om@valdoria.example.org'));
    const made = await om.post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'weekly' });
    const before = await row(made.body.id);
    const cases: [unknown, string][] = [
      [{}, '/frequency'],
      [{ frequency: 'hourly' }, '/frequency'],
      [{ frequency: 'daily', language: 'de' }, '/language'],
      [{ frequency: 'daily', language: '' }, '/language'],
      // The report and the person are not changed here: another report is another subscription.
      [{ frequency: 'daily', officeId: DEMO.offices[1]!.id }, '/officeId'],
      [{ frequency: 'daily', userId: 'someone' }, '/userId'],
    ];
    for (const [body, field] of cases) {
      for (const url of [subscriptionPaths.mineOne(made.body.id), subscriptionPaths.subscription(made.body.id)]) {
        const res = await (url.includes('/mine/') ? om : as(c.app, c.admin)).put(url, body);
        expect([res.status, res.body.error.code], JSON.stringify(body)).toEqual([400, 'validation_failed']);
        expect(res.body.error.problems.map((p: { field: string }) => p.field), JSON.stringify(body)).toContain(field);
      }
    }
    expect(await row(made.body.id)).toEqual(before);
    expect(await audits(made.body.id)).toEqual([]);
  });

  it('refuses (409) a frequency at which the person already receives the report, and changes nothing', async () => {
    const om = as(c.app, await signInAs(c.app, 'om@valdoria.example.org'));
    const own = await om.post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'monthly' });
    const daily = await om.post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    expect([own.status, daily.status]).toEqual([201, 201]);
    const before = await row(own.body.id);
    const res = await om.put(subscriptionPaths.mineOne(own.body.id), { frequency: 'daily' });
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
    expect(await row(own.body.id)).toEqual(before);
  });

  it('refuses (409) a subscription of an archived office, saying so', async () => {
    const admin = as(c.app, c.admin);
    const office = (await admin.post(apiPaths.offices, { administrationId: VALDORIA, name: 'Sede da chiudere' })).body.id as string;
    const made = await admin.post(subscriptionPaths.subscriptions, { officeId: office, frequency: 'weekly' });
    expect(made.status).toBe(201);
    expect((await admin.post(apiPaths.officeArchive(office))).status).toBe(200);
    const before = await row(made.body.id);
    const res = await admin.put(subscriptionPaths.mineOne(made.body.id), { frequency: 'daily' });
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
    expect(res.body.error.message).toMatch(/archived/);
    expect(await row(made.body.id)).toEqual(before);
  });

  it('is refused (409) while e-mail is off, saying what to set', async () => {
    const user = (await off.store.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
    const id = 'made-while-e-mail-was-on';
    await off.store.db.insertInto('subscriptions').values({ id, user_id: user, administration_id: VALDORIA, office_id: null, frequency: 'weekly', created_at: new Date().toISOString(), created_by: null }).execute();
    const res = await as(off.app, off.admin).put(subscriptionPaths.mineOne(id), { frequency: 'daily' });
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
    expect(res.body.error.message).toMatch(/SMTP_URL/);
    expect((await off.store.db.selectFrom('subscriptions').select('frequency').where('id', '=', id).executeTakeFirstOrThrow()).frequency).toBe('weekly');
    // Listed as paused, not as if its reports went out.
    expect((await as(off.app, off.admin).get(subscriptionPaths.mine)).body).toMatchObject([{ id, paused: 'email-off' }]);
    expect((await as(off.app, off.admin).get(subscriptionPaths.administrationSubscriptions(VALDORIA))).body).toMatchObject([{ id, paused: 'email-off' }]);
  });
});
