// The outbox against a real SMTP server and a real webhook receiver on 127.0.0.1: stored before
// sending, sent once, retried with backoff, and when given up reported to the administration.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { deliveryPaths, MAX_DELIVERY_ATTEMPTS, WEBHOOK_HEADERS } from '../../../server/contract/delivery';
import { retryDelayMs } from '../../../server/delivery/backoff';
import { createOutbox } from '../../../server/delivery/deliver-outbox';
import { mailSender } from '../../../server/delivery/mail-transport';
import { enqueue, type OutgoingMessage } from '../../../server/delivery/outbox';
import { verifyWebhook } from '../../../server/delivery/webhook-signature';
import { DEMO } from '../../../server/store/seed-demo';
import { as, grant } from '../admin/admin-api';
import { freePort, startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { addAltrove, ADMIN_EMAIL, ALTROVE, movableClock, personWith, signInAs, startCollector, type TestCollector } from '../helpers/test-collector';
import { RECEIVER_ENV, startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

const VALDORIA = DEMO.administration.id;
const MAIL_ENV = { MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL: 'https://gradimento.valdoria.example.org' };
const START = '2026-03-10T08:00:00.000Z';
/** The office's manager the test reports go to: a person of the installation, as every report's recipient is. */
const RITA = 'rita@valdoria.example.org';

let serial = 0;
function email(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  serial += 1;
  return {
    kind: 'email',
    source: 'subscription',
    dedupeKey: `test:${serial}`,
    administrationId: VALDORIA,
    officeId: DEMO.offices[0]!.id,
    email: {
      to: RITA,
      subject: `Report ${serial}`,
      text: 'Giudizi positivi: 80%',
      html: '<p>Giudizi positivi: <strong>80%</strong></p>',
      attachments: [{ filename: 'report.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7 test').toString('base64') }],
    },
    ...overrides,
  } as OutgoingMessage;
}

/** The admin signed in again: hours of retries outlast a session (8 hours idle). */
const admin = async (c: TestCollector) => as(c.app, await signInAs(c.app, ADMIN_EMAIL));

async function outboxRow(c: TestCollector, id: string) {
  return c.store.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Moves the collector's clock past the wait after `attempts` failures, then runs the jobs. */
async function nextAttempt(c: TestCollector, clock: ReturnType<typeof movableClock>, attempts: number) {
  clock.advance(retryDelayMs(attempts)! + 1000);
  await c.scheduler.tick();
}

describe('e-mail through a real SMTP server', () => {
  let sink: SmtpSink;
  let c: TestCollector;
  const clock = movableClock(START);
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ now: clock.now, env: { SMTP_URL: sink.url, ...MAIL_ENV } });
    await personWith(c, RITA, [grant.office(VALDORIA, DEMO.offices[0]!.id)]);
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it('says e-mail is on, with its sender', async () => {
    const res = await as(c.app, c.admin).get(deliveryPaths.status);
    expect(res.body).toEqual({ email: true, from: MAIL_ENV.MAIL_FROM });
  });

  it('stores a message before sending it, sends it at the next tick, and never queues the same key twice', async () => {
    const message = email();
    const id = await enqueue(c.store.db, message, clock.now());
    expect(id).toBeTruthy();
    expect(await enqueue(c.store.db, message, clock.now())).toBeNull();
    expect((await outboxRow(c, id!)).status).toBe('pending');
    expect(sink.messages).toHaveLength(0);

    clock.advance(60_000);
    await c.scheduler.tick();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe(message.kind === 'email' ? message.email.subject : '');
    expect(mail!.from?.text).toContain('noreply@valdoria.example.org');
    expect(mail!.text?.trim()).toBe('Giudizi positivi: 80%');
    expect(mail!.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([['report.pdf', 'application/pdf', '%PDF-1.7 test']]);
    const row = await outboxRow(c, id!);
    expect([row.status, Number(row.attempts)]).toEqual(['sent', 1]);

    clock.advance(60_000);
    await c.scheduler.tick();
    expect(sink.messages).toHaveLength(1);
  });

  it('tries a message the server defers (4xx) again after 1, then 2 minutes, and delivers it once the server takes it', async () => {
    const before = sink.messages.length;
    sink.refuseNext(2, 451);
    const id = (await enqueue(c.store.db, email(), clock.now()))!;
    clock.advance(31_000);
    await c.scheduler.tick();
    let row = await outboxRow(c, id);
    expect([row.status, Number(row.attempts)]).toEqual(['pending', 1]);
    expect(Date.parse(row.next_attempt_at) - clock.now().getTime()).toBe(60_000);
    expect(row.last_error).toMatch(/451/);

    // Not before its time.
    clock.advance(31_000);
    await c.scheduler.tick();
    expect(Number((await outboxRow(c, id)).attempts)).toBe(1);

    await nextAttempt(c, clock, 1);
    row = await outboxRow(c, id);
    expect([row.status, Number(row.attempts)]).toEqual(['pending', 2]);
    expect(Date.parse(row.next_attempt_at) - clock.now().getTime()).toBe(120_000);

    await nextAttempt(c, clock, 2);
    await sink.waitFor(before + 1);
    row = await outboxRow(c, id);
    expect([row.status, Number(row.attempts), row.last_error]).toEqual(['sent', 3, null]);
  });

  it('gives up at once when the server refuses for good (5xx), and reports it to the administration', async () => {
    sink.refuseNext(1, 550);
    const id = (await enqueue(c.store.db, email({ dedupeKey: 'refused-for-good' }), clock.now()))!;
    clock.advance(31_000);
    await c.scheduler.tick();
    const row = await outboxRow(c, id);
    expect([row.status, Number(row.attempts)]).toEqual(['failed', 1]);
    const problems = await as(c.app, c.admin).get(deliveryPaths.administrationDeliveries(VALDORIA));
    expect(problems.body.find((d: { id: string }) => d.id === id)).toMatchObject({ status: 'failed', kind: 'email', recipient: 'rita@valdoria.example.org', lastError: expect.stringMatching(/550/) });
  });

  // The list's summary: "by default those that failed or are being retried"; the filter's: "failed, and pending after a failed attempt".
  it('does not send a report to someone disabled, or who lost the role, since it was queued: failed with the reason, and not sent again on retry', async () => {
    const api = await admin(c);
    const rita = await c.store.db.selectFrom('users').select('id').where('email', '=', RITA).executeTakeFirstOrThrow();
    const grants = await c.store.db.selectFrom('grants').selectAll().where('user_id', '=', rita.id).execute();
    const before = sink.messages.length;
    const lost = await enqueue(c.store.db, email(), clock.now());
    await c.store.db.deleteFrom('grants').where('user_id', '=', rita.id).execute();
    clock.advance(31_000);
    await c.scheduler.tick();
    expect(await outboxRow(c, lost!)).toMatchObject({ status: 'failed', last_error: expect.stringContaining('may no longer read the reports of this office') });
    expect((await api.post(deliveryPaths.deliveryRetry(lost!))).body.error.message).toContain('may no longer read these reports');
    await c.store.db.insertInto('grants').values(grants).execute();

    const disabled = await enqueue(c.store.db, email(), clock.now());
    await c.store.db.updateTable('users').set({ disabled_at: clock.now().toISOString() }).where('id', '=', rita.id).execute();
    clock.advance(31_000);
    await c.scheduler.tick();
    expect(await outboxRow(c, disabled!)).toMatchObject({ status: 'failed', last_error: expect.stringContaining('was disabled or removed') });
    const retried = await api.post(deliveryPaths.deliveryRetry(disabled!));
    expect(retried.status).toBe(409);
    await c.store.db.updateTable('users').set({ disabled_at: null }).where('id', '=', rita.id).execute();
    // Enabled again: the failed report may go, once an admin asks.
    expect((await api.post(deliveryPaths.deliveryRetry(disabled!))).status).toBe(200);
    clock.advance(31_000);
    await c.scheduler.tick();
    await sink.waitFor(before + 1);
    expect(sink.messages.length).toBe(before + 1);
  });

  it('keeps its claim while a slow relay takes longer than the claim: another collector does not send the message again', async () => {
    const real = mailSender({ smtpUrl: sink.url, from: MAIL_ENV.MAIL_FROM });
    // A relay that takes 1.5 s to accept, against claims of 0.4 s renewed every 0.1 s.
    const slow = { send: async (m: Parameters<typeof real.send>[0]) => (await new Promise((r) => setTimeout(r, 1500)), real.send(m)), close: () => real.close() };
    const realTime = () => new Date();
    const a = createOutbox({ db: c.store.db, mail: slow, log: c.app.log, now: realTime, live: false, claimMs: 400 });
    const b = createOutbox({ db: c.store.db, mail: real, log: c.app.log, now: realTime, live: false, claimMs: 400 });
    const id = (await enqueue(c.store.db, email({ dedupeKey: 'slow-relay' }), new Date(Date.now() - 1000)))!;
    const before = sink.messages.length;
    const sending = a.deliverDue(new Date());
    // B looks for due messages while A is still talking to the relay, past A's first claim.
    await new Promise((r) => setTimeout(r, 800));
    expect(await b.deliverDue(new Date())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sending).toMatchObject({ sent: 1 });
    await a.close();
    await b.close();
    real.close();
    await sink.waitFor(before + 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.messages.length).toBe(before + 1);
    expect((await outboxRow(c, id)).status).toBe('sent');
    // Sent at today's real time, not this describe's clock: out of the way of the clean-up test below.
    await c.store.db.deleteFrom('outbox').where('id', '=', id).execute();
  });

  it('lists by default only the messages that failed or are being retried: not those sent, nor one waiting for its first attempt', async () => {
    sink.refuseNext(1, 451);
    const retrying = (await enqueue(c.store.db, email({ dedupeKey: 'deferred-once' }), clock.now()))!;
    clock.advance(31_000);
    await c.scheduler.tick();
    expect([(await outboxRow(c, retrying)).status, Number((await outboxRow(c, retrying)).attempts)]).toEqual(['pending', 1]);
    const waiting = (await enqueue(c.store.db, email({ dedupeKey: 'not-tried-yet' }), clock.now()))!;
    const all = await c.store.db.selectFrom('outbox').select(['id', 'status', 'attempts']).where('administration_id', '=', VALDORIA).execute();
    expect(all.some((r) => r.status === 'sent')).toBe(true);
    expect(all.some((r) => r.status === 'failed')).toBe(true);
    const listed = (await as(c.app, c.admin).get(deliveryPaths.administrationDeliveries(VALDORIA))).body as { id: string; status: string; attempts: number }[];
    const expected = all.filter((r) => r.status === 'failed' || (r.status === 'pending' && Number(r.attempts) > 0)).map((r) => r.id);
    expect(listed.map((d) => d.id).sort()).toEqual([...expected].sort());
    expect(listed.map((d) => d.id)).toContain(retrying);
    expect(listed.map((d) => d.id)).not.toContain(waiting);
    // The totals by state, whatever the list's limit.
    const counts = (await as(c.app, c.admin).get(deliveryPaths.administrationDeliveryCounts(VALDORIA))).body;
    expect(counts).toEqual({
      failed: all.filter((r) => r.status === 'failed').length,
      retrying: all.filter((r) => r.status === 'pending' && Number(r.attempts) > 0).length,
      queued: all.filter((r) => r.status === 'pending' && Number(r.attempts) === 0).length,
      sent: all.filter((r) => r.status === 'sent').length,
    });
    expect(counts.queued).toBeGreaterThan(0);
  });

  // docs/privacy.md: "sent messages are deleted after 30 days. Failed ones stay 90 days after they were given up".
  it('deletes sent messages 30 days after they went, and failed ones 90 days after they were given up', async () => {
    const rows = async () => c.store.db.selectFrom('outbox').select(['id', 'status', 'sent_at']).where('administration_id', '=', VALDORIA).execute();
    const before = await rows();
    const sent = before.filter((r) => r.status === 'sent').map((r) => r.id);
    const failed = before.filter((r) => r.status === 'failed').map((r) => r.id);
    expect(sent.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    // Not before: 29 days on, every sent message is still there.
    clock.advance(29 * 86_400_000);
    await c.scheduler.tick();
    expect((await rows()).map((r) => r.id)).toEqual(expect.arrayContaining(sent));
    clock.advance(2 * 86_400_000);
    await c.scheduler.tick();
    const after = (await rows()).map((r) => r.id);
    for (const id of sent) expect(after).not.toContain(id);
    expect(after).toEqual(expect.arrayContaining(failed));
    // A failed message that can never go (its recipient disabled, its subscription cancelled) does not stay for ever.
    clock.advance(60 * 86_400_000);
    await c.scheduler.tick();
    const later = (await rows()).map((r) => r.id);
    for (const id of failed) expect(later).not.toContain(id);
  });
});

describe('an unreachable mail server', () => {
  let port: number;
  let c: TestCollector;
  let sink: SmtpSink | undefined;
  const clock = movableClock(START);
  beforeAll(async () => {
    port = await freePort();
    c = await startCollector({ now: clock.now, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, ...MAIL_ENV } });
    await addAltrove(c.store);
    await personWith(c, RITA, [grant.office(VALDORIA, DEMO.offices[0]!.id)]);
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it(`is tried ${MAX_DELIVERY_ATTEMPTS} times with growing waits, then reported to the administration's admins (dashboard and audit log), never to others`, async () => {
    const id = (await enqueue(c.store.db, email({ dedupeKey: 'nobody-listens' }), clock.now()))!;
    clock.advance(31_000);
    await c.scheduler.tick();
    const waits: number[] = [];
    for (let attempts = 1; attempts < MAX_DELIVERY_ATTEMPTS; attempts++) {
      const row = await outboxRow(c, id);
      expect([row.status, Number(row.attempts)]).toEqual(['pending', attempts]);
      waits.push(Date.parse(row.next_attempt_at) - clock.now().getTime());
      await nextAttempt(c, clock, attempts);
    }
    expect(waits.map((ms) => ms / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 240]);
    const row = await outboxRow(c, id);
    expect([row.status, Number(row.attempts)]).toEqual(['failed', MAX_DELIVERY_ATTEMPTS]);
    expect(row.last_error).toMatch(/ECONNREFUSED/);

    const admin = await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    const listed = await as(c.app, admin).get(deliveryPaths.administrationDeliveries(VALDORIA));
    expect(listed.status).toBe(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toContain(id);
    const audit = await as(c.app, admin).get(`${apiPaths.audit}?administrationId=${VALDORIA}`);
    expect(audit.body.find((e: { action: string; targetId: string }) => e.action === 'delivery.fail' && e.targetId === id)).toMatchObject({ actor: null });

    // Others see nothing of it: another administration's admin, and a manager of an office.
    const stranger = await personWith(c, 'aa@altrove.example.org', [grant.administration(ALTROVE.administrationId)]);
    // To another administration's admin, as if it did not exist.
    expect((await as(c.app, stranger).get(deliveryPaths.administrationDeliveries(VALDORIA))).status).toBe(404);
    expect((await as(c.app, stranger).post(deliveryPaths.deliveryRetry(id))).status).toBe(404);
    const manager = await personWith(c, 'om@valdoria.example.org', [grant.office(VALDORIA, DEMO.offices[0]!.id)]);
    expect((await as(c.app, manager).get(deliveryPaths.administrationDeliveries(VALDORIA))).status).toBe(403);
  });

  it('is sent when the admin retries after the server is back, and a sent message cannot be retried', async () => {
    const api = await admin(c);
    const [failed] = (await api.get(`${deliveryPaths.administrationDeliveries(VALDORIA)}?status=failed`)).body as { id: string }[];
    sink = await startSmtpSink(port);
    const retried = await api.post(deliveryPaths.deliveryRetry(failed!.id));
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
    clock.advance(31_000);
    await c.scheduler.tick();
    await sink.waitFor(1);
    expect((await outboxRow(c, failed!.id)).status).toBe('sent');
    const again = await api.post(deliveryPaths.deliveryRetry(failed!.id));
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    const audit = await api.get(`${apiPaths.audit}?administrationId=${VALDORIA}`);
    expect(audit.body.some((e: { action: string; targetId: string }) => e.action === 'delivery.retry' && e.targetId === failed!.id)).toBe(true);
  });
});

describe('with e-mail off (no SMTP_URL)', () => {
  let c: TestCollector;
  const clock = movableClock(START);
  beforeAll(async () => {
    c = await startCollector({ now: clock.now });
  });
  afterAll(async () => c?.close());

  it('says so, and a queued e-mail fails at once with the fix, reported rather than kept for ever', async () => {
    expect((await as(c.app, c.admin).get(deliveryPaths.status)).body).toEqual({ email: false, from: null });
    const id = (await enqueue(c.store.db, email(), clock.now()))!;
    clock.advance(31_000);
    await c.scheduler.tick();
    const row = await outboxRow(c, id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/SMTP_URL/);
  });
});

describe('webhooks against a real receiver', () => {
  let receiver: WebhookReceiver;
  let c: TestCollector;
  const clock = movableClock(START);
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    c = await startCollector({ now: clock.now, env: RECEIVER_ENV });
  });
  afterAll(async () => {
    await c?.close();
    await receiver?.close();
  });
  afterEach(() => receiver.failNext(0));

  it('creates a webhook whose secret is shown once, never listed', async () => {
    const created = await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name: 'Canale URP', url: receiver.url });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_.{32}$/);
    const listed = await as(c.app, c.admin).get(deliveryPaths.administrationWebhooks(VALDORIA));
    expect(listed.body).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    receiver.setSecret(created.body.secret);
  });

  it('signs each call (HMAC-SHA256 of timestamp and body), retries a failing receiver with backoff, and stops at its 2xx', async () => {
    const [hook] = (await as(c.app, c.admin).get(deliveryPaths.administrationWebhooks(VALDORIA))).body as { id: string }[];
    receiver.failNext(2);
    const queued = await as(c.app, c.admin).post(deliveryPaths.webhookTest(hook!.id));
    expect(queued.status).toBe(202);
    clock.advance(31_000);
    await c.scheduler.tick();
    await nextAttempt(c, clock, 1);
    await nextAttempt(c, clock, 2);
    const calls = await receiver.waitFor(3);
    expect(calls.map((x) => x.status)).toEqual([500, 500, 204]);
    expect(calls.every((x) => x.signatureValid)).toBe(true);
    // One delivery, one body; each attempt signed at its own time.
    expect(new Set(calls.map((x) => x.headers[WEBHOOK_HEADERS.delivery])).size).toBe(1);
    expect(new Set(calls.map((x) => x.body)).size).toBe(1);
    const stamps = calls.map((x) => Number(x.headers[WEBHOOK_HEADERS.timestamp]));
    expect(stamps[1]! - stamps[0]!).toBe(61);
    expect(stamps[2]! - stamps[1]!).toBe(121);
    expect(calls[0]!.headers[WEBHOOK_HEADERS.event]).toBe('ping');
    expect(JSON.parse(calls[0]!.body)).toMatchObject({ event: 'ping', webhook: { id: hook!.id } });
    const row = await outboxRow(c, queued.body.deliveryId);
    expect([row.status, Number(row.attempts)]).toEqual(['sent', 3]);

    // What a receiver checks: the signature under its secret, and a recent timestamp (a replay is old).
    const secret = (await c.store.db.selectFrom('webhooks').select('secret').where('id', '=', hook!.id).executeTakeFirstOrThrow()).secret;
    const last = calls[2]!;
    const sig = String(last.headers[WEBHOOK_HEADERS.signature]);
    expect(verifyWebhook(secret, sig, String(stamps[2]), last.body, stamps[2]!)).toBe(true);
    expect(verifyWebhook(secret, sig, String(stamps[2]), last.body, stamps[2]! + 600)).toBe(false);
    expect(verifyWebhook(secret, sig, String(stamps[2]), last.body.replace('ping', 'pong'), stamps[2]!)).toBe(false);
  });

  it('dates, signs and claims each call when it is made, not when a long run began', async () => {
    const [hook] = (await as(c.app, c.admin).get(deliveryPaths.administrationWebhooks(VALDORIA))).body as { id: string }[];
    const { deliveryId } = (await as(c.app, c.admin).post(deliveryPaths.webhookTest(hook!.id))).body;
    // A run that began five minutes before this call (a slow mail relay ahead of it in the queue).
    const began = clock.now();
    const later = new Date(began.getTime() + 5 * 60_000);
    const outbox = createOutbox({ db: c.store.db, mail: null, log: c.app.log, now: () => later, live: false, webhookPrivateNetworks: 'allow-loopback' });
    const before = receiver.calls.length;
    expect(await outbox.deliverDue(began)).toMatchObject({ sent: 1 });
    await outbox.close();
    const [call] = (await receiver.waitFor(before + 1)).slice(before);
    expect(Number(call!.headers[WEBHOOK_HEADERS.timestamp])).toBe(Math.floor(later.getTime() / 1000));
    expect((await outboxRow(c, deliveryId)).sent_at).toBe(later.toISOString());
  });

  it('sends an alert\'s close only after its open, when the open waits for a retry', async () => {
    const [hook] = (await as(c.app, c.admin).get(deliveryPaths.administrationWebhooks(VALDORIA))).body as { id: string; url: string }[];
    const call = (event: 'alert.opened' | 'alert.closed'): OutgoingMessage => ({
      kind: 'webhook', source: 'alert', dedupeKey: `alert:ordered-1:${event}`, administrationId: VALDORIA, officeId: null, webhookId: hook!.id, url: receiver.url, webhook: { event, body: JSON.stringify({ event }) },
    });
    const before = receiver.calls.length;
    receiver.failNext(1);
    await enqueue(c.store.db, call('alert.opened'), clock.now());
    clock.advance(31_000);
    await c.scheduler.tick();
    // The receiver was down: the open waits a minute. The alert closes meanwhile.
    await enqueue(c.store.db, call('alert.closed'), clock.now());
    clock.advance(31_000);
    await c.scheduler.tick();
    expect(receiver.calls.slice(before).map((x) => x.headers[WEBHOOK_HEADERS.event])).toEqual(['alert.opened']);
    const closed = await c.store.db.selectFrom('outbox').select(['status', 'attempts']).where('dedupe_key', '=', 'alert:ordered-1:alert.closed').executeTakeFirstOrThrow();
    // Held back, not tried: no attempt spent.
    expect([closed.status, Number(closed.attempts)]).toEqual(['pending', 0]);
    clock.advance(61_000);
    await c.scheduler.tick();
    clock.advance(31_000);
    await c.scheduler.tick();
    const calls = (await receiver.waitFor(before + 3)).slice(before);
    expect(calls.map((x) => [x.headers[WEBHOOK_HEADERS.event], x.status])).toEqual([['alert.opened', 500], ['alert.opened', 204], ['alert.closed', 204]]);
  });

  it('reports a receiver that never answers 2xx after the last attempt', async () => {
    const port = await freePort();
    const created = await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name: 'Spento', url: `http://127.0.0.1:${port}/x` });
    const { deliveryId } = (await as(c.app, c.admin).post(deliveryPaths.webhookTest(created.body.id))).body;
    clock.advance(31_000);
    await c.scheduler.tick();
    for (let attempts = 1; attempts < MAX_DELIVERY_ATTEMPTS; attempts++) await nextAttempt(c, clock, attempts);
    const row = await outboxRow(c, deliveryId);
    expect([row.status, Number(row.attempts)]).toEqual(['failed', MAX_DELIVERY_ATTEMPTS]);
    expect(row.last_error).toMatch(/cannot reach .*ECONNREFUSED/);
    const audit = await (await admin(c)).get(`${apiPaths.audit}?administrationId=${VALDORIA}`);
    expect(audit.body.some((e: { action: string; targetId: string }) => e.action === 'delivery.fail' && e.targetId === deliveryId)).toBe(true);
  });

  it('stops calling a deleted webhook: its queued calls fail with the reason', async () => {
    const api = await admin(c);
    const created = await api.post(deliveryPaths.administrationWebhooks(VALDORIA), { name: 'Da togliere', url: receiver.url });
    const { deliveryId } = (await api.post(deliveryPaths.webhookTest(created.body.id))).body;
    expect((await api.call('DELETE', deliveryPaths.webhook(created.body.id))).status).toBe(204);
    clock.advance(31_000);
    await c.scheduler.tick();
    const row = await outboxRow(c, deliveryId);
    expect([row.status, row.last_error]).toEqual(['failed', 'the webhook was deleted before this call could be made']);
    expect((await api.get(deliveryPaths.administrationWebhooks(VALDORIA))).body.map((w: { id: string }) => w.id)).not.toContain(created.body.id);
  });

  it('answers bad input with a 4xx in the shared shape and stores nothing', async () => {
    const count = async () => Number((await c.store.db.selectFrom('webhooks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const api = await admin(c);
    const cases: [unknown, string][] = [
      [{ name: 'X', url: 'ftp://files.example.org/hook' }, '/url'],
      [{ name: 'X', url: 'hooks.example.org' }, '/url'],
      [{ name: 'X', url: 'https://user:pw@hooks.example.org/' }, '/url'],
      [{ name: '   ', url: 'https://hooks.example.org/' }, '/name'],
      [{ url: 'https://hooks.example.org/' }, '/name'],
      [{ name: 'X', url: 'https://hooks.example.org/', secret: 'mine' }, '/secret'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post(deliveryPaths.administrationWebhooks(VALDORIA), body);
      expect([res.status, res.body.error.code], JSON.stringify(body)).toEqual([400, 'validation_failed']);
      expect(res.body.error.problems.map((p: { field: string }) => p.field), JSON.stringify(body)).toContain(field);
    }
    expect((await api.post(deliveryPaths.administrationWebhooks('nowhere'), { name: 'X', url: 'https://hooks.example.org/' })).status).toBe(404);
    expect(await count()).toBe(before);
    expect((await api.post(deliveryPaths.webhookTest('no-such-webhook'))).status).toBe(404);
    expect((await api.call('DELETE', deliveryPaths.webhook('no-such-webhook'))).status).toBe(404);
    expect((await api.post(deliveryPaths.deliveryRetry('no-such-delivery'))).status).toBe(404);
    for (const q of ['status=bogus', 'limit=0', 'limit=1000', 'limit=x']) {
      const res = await api.get(`${deliveryPaths.administrationDeliveries(VALDORIA)}?${q}`);
      expect([res.status, res.body.error.code], q).toEqual([400, 'validation_failed']);
    }
    // What the dashboard's «Consegne» page sends: a limit in the address is text, and must be taken.
    for (const q of ['limit=1', 'limit=50', 'limit=200', 'status=failed&limit=50']) {
      expect((await api.get(`${deliveryPaths.administrationDeliveries(VALDORIA)}?${q}`)).status, q).toBe(200);
    }
  });
});
