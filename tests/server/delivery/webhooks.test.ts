// Server-side request forgery: a webhook may not lead into the installation's own network
// (WEBHOOK_PRIVATE_NETWORKS), judged when it is saved and again on the address each call connects to.
// And its name: no two live webhooks of an administration share one (server/admin/name-taken.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { deliveryPaths } from '../../../server/contract/delivery';
import { DEMO } from '../../../server/store/seed-demo';
import { as, expectNamesTaken } from '../admin/admin-api';
import { movableClock, startCollector, type TestCollector } from '../helpers/test-collector';
import { RECEIVER_ENV, startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

const VALDORIA = DEMO.administration.id;
const REFUSED = 'the address 127.0.0.1 is in a private or local network, which this installation does not allow webhooks to reach (WEBHOOK_PRIVATE_NETWORKS)';

/** Two live webhooks of an administration may not share a name: a test that keeps two names them. */
const create = (c: TestCollector, url: string, name = 'Ricevitore') => as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name, url });
const reasons = (res: { body: { error?: { problems?: { field: string; reason: string }[] } } }) => res.body.error?.problems ?? [];

describe('saving a webhook, by default (deny)', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  it.each([
    'http://127.0.0.1:3978/api/v1/session',
    'http://[::1]:8080/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://localhost:3978/hook',
  ])('refuses %s with a 400 on /url, storing nothing', async (url) => {
    const res = await create(c, url);
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
    expect(reasons(res)).toEqual([{ field: '/url', reason: expect.stringMatching(/^must not lead into a private or local network: /) }]);
    expect(await c.store.db.selectFrom('webhooks').select('id').where('url', '=', url).execute()).toEqual([]);
  });

  it('names the address a host name resolves to, and tells the admin whom to ask for a private network', async () => {
    expect(reasons(await create(c, 'http://localhost:3978/hook'))[0]!.reason).toMatch(/^must not lead into a private or local network: localhost resolves to (127\.0\.0\.1|::1), a loopback/);
    expect(reasons(await create(c, 'http://10.0.0.1/hook'))[0]!.reason).toBe(
      'must not lead into a private or local network: 10.0.0.1, which this installation does not allow webhooks to reach (WEBHOOK_PRIVATE_NETWORKS): give a public address, or ask the administrator of the installation',
    );
  });

  it('takes a public address (only saved here: the tests have no way out to the internet)', async () => {
    expect((await create(c, 'https://93.184.215.14/hook')).status).toBe(201);
  });
});

describe('a webhook\'s name: one live webhook of the administration bears it', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector();
  });
  afterAll(async () => c?.close());

  // Public addresses written as such: no name to resolve (the tests have no way out to the internet).
  const TICKETS = 'https://93.184.215.14/ticket';
  const stored = async () => ({
    webhooks: (await c.store.db.selectFrom('webhooks').select('id').execute()).length,
    audits: (await c.store.db.selectFrom('audit_log').select('id').where('action', '=', 'webhook.create').execute()).length,
  });

  it('refuses a second one called alike, in another letter case or with spaces around it: 409 on /name naming the first, nothing stored', async () => {
    const first = await create(c, TICKETS, 'Sistema ticket');
    expect(first.status).toBe(201);
    const before = await stored();
    await expectNamesTaken(c, deliveryPaths.administrationWebhooks(VALDORIA), (name) => ({ name, url: 'https://93.184.215.15/other' }), ['SISTEMA TICKET', '  sistema Ticket\u200B '], first.body.id, {
      english: 'A webhook is already called "Sistema ticket": choose a name that tells them apart, or delete the other first.',
      italian: 'Esiste già un webhook di nome «Sistema ticket»: scegli un nome che li distingua, o elimina prima l’altro.',
    });
    expect(await stored()).toEqual(before);
  });

  it('lets another administration use the name, and a deleted webhook free it', async () => {
    const admin = as(c.app, c.admin);
    const first = await create(c, TICKETS, 'Centrale operativa');
    expect(first.status).toBe(201);
    const other = await admin.post(apiPaths.administrations, { name: 'Comune di Pietrarossa' });
    expect(other.status).toBe(201);
    expect((await admin.post(deliveryPaths.administrationWebhooks(other.body.id), { name: 'Centrale operativa', url: TICKETS })).status).toBe(201);

    expect((await admin.call('DELETE', deliveryPaths.webhook(first.body.id))).status).toBe(204);
    const again = await create(c, TICKETS, 'centrale operativa');
    expect(again.status).toBe(201);
    expect((await admin.get(deliveryPaths.administrationWebhooks(VALDORIA))).body.map((w: { name: string }) => w.name)).toContain('centrale operativa');
  });
});

describe('saving a webhook with WEBHOOK_PRIVATE_NETWORKS=allow', () => {
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector({ env: { WEBHOOK_PRIVATE_NETWORKS: 'allow' } });
  });
  afterAll(async () => c?.close());

  it('takes an intranet address, never loopback or link-local', async () => {
    expect((await create(c, 'http://10.0.0.1/ticket', 'Protocollo')).status).toBe(201);
    expect((await create(c, 'https://192.168.10.20/ticket', 'Segnalazioni')).status).toBe(201);
    for (const url of ['http://127.0.0.1/hook', 'http://169.254.169.254/latest/meta-data/']) {
      const res = await create(c, url);
      expect(res.status, url).toBe(400);
      expect(reasons(res)[0]!.reason, url).toMatch(/a loopback, link-local or reserved address, which webhooks never reach$/);
    }
  });
});

describe('a webhook saved where loopback was allowed, called by a collector that denies it', () => {
  const clock = movableClock('2026-03-10T08:00:00.000Z');
  let receiver: WebhookReceiver;
  let before: TestCollector;
  let after: TestCollector;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    before = await startCollector({ now: clock.now, env: RECEIVER_ENV });
  });
  afterAll(async () => {
    await after?.close();
    await before?.close();
    await receiver?.close();
  });

  it('fails at the first attempt, not retried, with the reason in lastError, and the receiver hears nothing', async () => {
    // Saved by address, and by a name that resolves to it (the lookup of each call refuses that one).
    const literal = await create(before, receiver.url, 'Per indirizzo');
    const named = await create(before, receiver.url.replace('127.0.0.1', 'localhost'), 'Per nome');
    expect([literal.status, named.status]).toEqual([201, 201]);
    const queued: string[] = [];
    for (const hook of [literal, named]) queued.push((await as(before.app, before.admin).post(deliveryPaths.webhookTest(hook.body.id))).body.deliveryId);

    // The same store, now with the default setting (a restart with the setting changed, or DNS that changed).
    after = await startCollector({ now: clock.now, dir: before.dir, enrolTerminals: false });
    clock.advance(31_000);
    await after.scheduler.tick();

    const rows = await after.store.db.selectFrom('outbox').select(['id', 'status', 'attempts', 'last_error']).where('id', 'in', queued).execute();
    expect(rows.map((r) => [r.status, Number(r.attempts)])).toEqual([
      ['failed', 1],
      ['failed', 1],
    ]);
    const listed = (await as(after.app, after.admin).get(`${deliveryPaths.administrationDeliveries(VALDORIA)}?status=failed`)).body as { id: string; lastError: string }[];
    expect(listed.find((d) => d.id === queued[0])!.lastError).toBe(REFUSED);
    // localhost may resolve to ::1 first: either way the address is named and the setting too.
    expect(listed.find((d) => d.id === queued[1])!.lastError).toMatch(/^the address (127\.0\.0\.1|::1) is in a private or local network, .*\(WEBHOOK_PRIVATE_NETWORKS\)$/);
    expect(receiver.calls).toEqual([]);
  });
});
