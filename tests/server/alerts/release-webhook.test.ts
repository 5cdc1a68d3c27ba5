// Deleting a webhook: the alert rules that called it go on without one, at once, and the deletion's audit entry names them;
// deleted rules and other webhooks' rules stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { alertPaths, type AlertRule } from '../../../server/contract/alerts';
import { deliveryPaths } from '../../../server/contract/delivery';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { movableClock, startCollector, type TestCollector } from '../helpers/test-collector';

const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!;
const SHARE = { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 } as const;

let c: TestCollector;
const clock = movableClock('2026-11-03T10:00:00.000Z');
beforeAll(async () => {
  c = await startCollector({ now: clock.now });
});
afterAll(async () => c?.close());

const webhook = async (name: string) => (await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name, url: 'https://ticket.valdoria.example.org/hook' })).body as { id: string };
const rule = async (name: string, webhookId: string | null) => {
  const res = await as(c.app, c.admin).post(alertPaths.administrationRules(VALDORIA), { name, officeId: OFFICE.id, params: SHARE, webhookId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as AlertRule;
};
const rules = async () => (await as(c.app, c.admin).get(alertPaths.administrationRules(VALDORIA))).body as AlertRule[];

describe('a deleted webhook', () => {
  it('leaves the rules that called it, which go on without one; the audit entry names them', async () => {
    const hook = await webhook('Ticket');
    const other = await webhook('Altro');
    const calling = [await rule('Negativi in sede', hook.id), await rule('Anche questa', hook.id)];
    const elsewhere = await rule('Con un altro webhook', other.id);
    const gone = await rule('Eliminata', hook.id);
    expect((await as(c.app, c.admin).call('DELETE', alertPaths.rule(gone.id))).status).toBe(204);

    clock.advance(60_000);
    expect((await as(c.app, c.admin).call('DELETE', deliveryPaths.webhook(hook.id))).status).toBe(204);

    const now = await rules();
    const released = now.filter((r) => calling.some((x) => x.id === r.id));
    expect(released.map((r) => r.webhookId)).toEqual([null, null]);
    // A change to each: its updatedAt says when.
    expect(released.map((r) => r.updatedAt)).toEqual([clock.now().toISOString(), clock.now().toISOString()]);
    expect(released.map((r) => r.createdAt)).toEqual(calling.map((r) => r.createdAt));
    expect(now.find((r) => r.id === elsewhere.id)!.webhookId).toBe(other.id);
    // A deleted rule is history: it keeps what it had.
    expect((await c.store.db.selectFrom('alert_rules').select('webhook_id').where('id', '=', gone.id).executeTakeFirstOrThrow()).webhook_id).toBe(hook.id);

    const audit = (await as(c.app, c.admin).get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).body as { action: string; targetId: string; details: Record<string, unknown> }[];
    expect(audit.find((e) => e.action === 'webhook.delete' && e.targetId === hook.id)!.details).toEqual({ name: 'Ticket', url: 'https://ticket.valdoria.example.org/hook', rulesReleased: ['Anche questa', 'Negativi in sede'] });
  });

  it('that no rule called is deleted with nothing more in its audit entry', async () => {
    const hook = await webhook('Mai usato');
    expect((await as(c.app, c.admin).call('DELETE', deliveryPaths.webhook(hook.id))).status).toBe(204);
    const audit = (await as(c.app, c.admin).get(`${apiPaths.audit}?administrationId=${VALDORIA}`)).body as { action: string; targetId: string; details: Record<string, unknown> }[];
    expect(audit.find((e) => e.action === 'webhook.delete' && e.targetId === hook.id)!.details).toEqual({ name: 'Mai usato', url: 'https://ticket.valdoria.example.org/hook' });
  });
});
