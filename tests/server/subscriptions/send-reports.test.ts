// The scheduled-report job against a subscription stopped while it runs: a report built for someone who
// unsubscribed meanwhile («non riceverai più») is not queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptionPaths } from '../../../server/contract/subscriptions';
import { createOutbox } from '../../../server/delivery/deliver-outbox';
import { DEMO } from '../../../server/store/seed-demo';
import { sendDueReports } from '../../../server/subscriptions/send-reports';
import { cancelSubscription } from '../../../server/subscriptions/subscriptions';
import { as, grant } from '../admin/admin-api';
import { movableClock, personWith, startCollector, type TestCollector } from '../helpers/test-collector';

const OFFICE = DEMO.offices[0]!;
const VALDORIA = DEMO.administration.id;

describe('the report job', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z');
  let c: TestCollector;
  beforeAll(async () => {
    c = await startCollector({ now: clock.now, env: { SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL: 'https://gradimento.valdoria.example.org' } });
  });
  afterAll(async () => c?.close());

  it('queues nothing for a subscription stopped while its report was being built, and queues the others', async () => {
    const rita = await personWith(c, 'rita@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    const ugo = await personWith(c, 'ugo@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    const stopped = await as(c.app, rita).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    const kept = await as(c.app, ugo).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    expect([stopped.status, kept.status]).toEqual([201, 201]);
    clock.set('2026-03-11T06:30:00.000Z'); // 07:30 in Rome: the 10th's report is due
    const outbox = createOutbox({ db: c.store.db, mail: null, log: c.app.log, now: clock.now, live: false });
    let built = 0;
    const result = await sendDueReports(
      {
        db: c.store.db,
        minSample: 30,
        publicUrl: 'https://gradimento.valdoria.example.org',
        outbox,
        log: c.app.log,
        // The PDF is the slow part: Rita clicks the link in an earlier e-mail while hers is being made.
        pdfs: {
          office: async () => {
            built += 1;
            if (built === 1 || built === 2) await cancelSubscription(c.store.db, stopped.body.id, null, clock.now());
            return Buffer.from('%PDF-1.7 test');
          },
          administration: async () => Buffer.from('%PDF-1.7 test'),
        },
      },
      clock.now(),
    );
    await outbox.close();
    expect(built).toBe(2);
    expect(result.queued).toBe(1);
    const queued = await c.store.db.selectFrom('outbox').select('recipient').where('source', '=', 'subscription').execute();
    expect(queued.map((r) => r.recipient)).toEqual(['ugo@valdoria.example.org']);
    // Nor is the period recorded as sent to her.
    const recorded = await c.store.db.selectFrom('subscription_deliveries').select('subscription_id').execute();
    expect(recorded.map((r) => r.subscription_id)).toEqual([kept.body.id]);
  });
});
