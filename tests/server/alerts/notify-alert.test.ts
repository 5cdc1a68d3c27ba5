// An alert's e-mail in its rule's language, through the outbox to a real SMTP server on 127.0.0.1: an English
// rule's in English from subject to link, a rule stored before languages could be chosen in Italian, as it always was.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { alertPaths, type AlertRule, type ListedAlertRule } from '../../../server/contract/alerts';
import { DEMO } from '../../../server/store/seed-demo';
import { as, grant } from '../admin/admin-api';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { ADMIN_EMAIL, makeVote, movableClock, personWith, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

vi.setConfig({ hookTimeout: 30_000 });

const VALDORIA = DEMO.administration.id;
const OFFICE = DEMO.offices[0]!; // the totem's office
const PUBLIC_URL = 'https://gradimento.valdoria.example.org';
// The link opens the dashboard in the e-mail's language, on the alert's administration (a reader of several lands on it).
const DASHBOARD_EN = `${PUBLIC_URL}/dashboard/?administration=${VALDORIA}&lang=en#/alerts`;
const DASHBOARD_IT = `${PUBLIC_URL}/dashboard/?administration=${VALDORIA}&lang=it#/alerts`;
/** The HTML body of an alert e-mail: a whole document in its language, as the report e-mails are. */
const document = (lang: string, subject: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${subject}</title></head><body style="font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.45; max-width: 40em; margin: 0 auto; padding: 1em;">${body}</body></html>`;
const SHARE = { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 } as const;
const to = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : '');

describe('an alert rule\'s e-mails', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // Tuesday, 10:00 in Rome
  let sink: SmtpSink;
  let c: TestCollector;

  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ now: clock.now, env: { SMTP_URL: sink.url, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL } });
    await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    await personWith(c, 'om@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
  });
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it('are in English for a rule in English, and in Italian, as before, for a rule stored before languages could be chosen', async () => {
    const admin = as(c.app, c.admin);
    const english = await admin.post(alertPaths.administrationRules(VALDORIA), { name: 'Too many negatives', officeId: OFFICE.id, params: SHARE, notifyEmail: true, language: 'en' });
    expect([english.status, english.body.language]).toEqual([201, 'en']);
    // As migration 026 left a rule made before it: no language written, the column's default.
    const at = clock.now().toISOString();
    await c.store.db
      .insertInto('alert_rules')
      .values({ id: 'old-rule', administration_id: VALDORIA, office_id: OFFICE.id, service_id: null, kind: 'negative-share', name: 'Troppi negativi', params: JSON.stringify(SHARE), notify_email: 1, webhook_id: null, created_at: at, created_by: 'aa@valdoria.example.org', updated_at: at, deleted_at: null })
      .execute();
    const listed: AlertRule[] = (await admin.get(alertPaths.administrationRules(VALDORIA))).body;
    expect(Object.fromEntries(listed.map((r) => [r.name, r.language]))).toEqual({ 'Too many negatives': 'en', 'Troppi negativi': 'it' });

    // The last 20 votes: 9 negative, 45%.
    const start = clock.now().getTime() - 60_000 - 20 * 20_000;
    const faces = [...Array<string>(11).fill('positivo'), ...Array<string>(9).fill('negativo')];
    expect((await postVotes(c, faces.map((face, i) => makeVote({ castAt: new Date(start + i * 20_000).toISOString(), face: face as 'positivo', serviceId: TOTEM.services[0]! })))).status).toBe(200);
    clock.advance(10 * 60_000);
    await c.scheduler.tick();
    // The English rule's author, the installation's admin, is told too: two e-mails each to the admin and the manager, one to the author.
    const mails = await sink.waitFor(5);
    const opened = async (ruleId: string) => (await c.store.db.selectFrom('alerts').select('opened_at').where('rule_id', '=', ruleId).executeTakeFirstOrThrow()).opened_at;
    // Both opened at the tick, 09:10 UTC: told in the office's wall-clock time, its zone named.
    expect([await opened(english.body.id), await opened('old-rule')]).toEqual(['2026-03-10T09:10:00.000Z', '2026-03-10T09:10:00.000Z']);

    const inEnglish = mails.filter((m) => m.subject === `Satisfaction alert: Too many negatives (${OFFICE.name})`);
    expect(inEnglish.map(to).sort()).toEqual(['aa@valdoria.example.org', ADMIN_EMAIL, 'om@valdoria.example.org'].sort());
    const openedAt = '10 March 2026 at 10:10 (Europe/Rome)';
    for (const mail of inEnglish) {
      expect(mail.text).toBe(
        [
          'Negative votes: 45% of the last 20 (threshold 30%).',
          '',
          'Rule: Too many negatives',
          `Where: ${OFFICE.name}`,
          `Opened on: ${openedAt}`,
          '',
          `See and acknowledge the alert in the dashboard: ${DASHBOARD_EN}`,
          '',
        ].join('\n'),
      );
      expect(mail.html).toBe(
        document(
          'en',
          `Satisfaction alert: Too many negatives (${OFFICE.name})`,
          `<p><strong>Negative votes: 45% of the last 20 (threshold 30%).</strong></p><p>Rule: Too many negatives<br>Where: ${OFFICE.name}<br>Opened on: ${openedAt}</p><p><a href="${DASHBOARD_EN.replace('&', '&amp;')}" style="color: #0b4f8a;">See and acknowledge the alert in the dashboard</a></p>`,
        ),
      );
      // No Italian word left, the alert's Italian sentence included.
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(/Giudizi|soglia|Regola|Dove|Aperto|cruscotto|Avviso/);
    }

    // The Italian e-mail, word for word as before languages could be chosen, but for the time, now the office's, the link, which names its language, and the whole document around the body.
    const inItalian = mails.filter((m) => m.subject === `Avviso gradimento: Troppi negativi (${OFFICE.name})`);
    expect(inItalian.map(to).sort()).toEqual(['aa@valdoria.example.org', 'om@valdoria.example.org']);
    const italianAt = '10 marzo 2026 alle ore 10:10 (Europe/Rome)';
    for (const mail of inItalian) {
      expect(mail.text).toBe(
        ['Giudizi negativi: 45% degli ultimi 20 (soglia 30%).', '', 'Regola: Troppi negativi', `Dove: ${OFFICE.name}`, `Aperto il: ${italianAt}`, '', `Vedi e conferma l’avviso nel cruscotto: ${DASHBOARD_IT}`, ''].join('\n'),
      );
      expect(mail.html).toBe(
        document(
          'it',
          `Avviso gradimento: Troppi negativi (${OFFICE.name})`,
          `<p><strong>Giudizi negativi: 45% degli ultimi 20 (soglia 30%).</strong></p><p>Regola: Troppi negativi<br>Dove: ${OFFICE.name}<br>Aperto il: ${italianAt}</p><p><a href="${DASHBOARD_IT.replace('&', '&amp;')}" style="color: #0b4f8a;">Vedi e conferma l’avviso nel cruscotto</a></p>`,
        ),
      );
    }
    // The alert keeps its Italian sentence as stored, whatever the rule's language; the API and the webhook write it in theirs from the facts.
    expect((await c.store.db.selectFrom('alerts').select('message').where('rule_id', '=', english.body.id).executeTakeFirstOrThrow()).message).toBe('Giudizi negativi: 45% degli ultimi 20 (soglia 30%).');
  });

  it('are counted in the rules list: whom the e-mail reaches now, and 0 when nobody would get it', async () => {
    const author = await personWith(c, 'ia@valdoria.example.org', [grant.installation()]);
    const made = await as(c.app, author).post(alertPaths.administrationRules(VALDORIA), { name: 'Indice basso', officeId: OFFICE.id, params: { kind: 'low-index', windowHours: 24, minVotes: 10, openBelow: 50, closeAbove: 60 }, notifyEmail: true });
    expect(made.status).toBe(201);
    const count = async () => ((await as(c.app, c.admin).get(alertPaths.administrationRules(VALDORIA))).body as ListedAlertRule[]).find((r) => r.id === made.body.id)!.emailRecipients;
    // The administration's admin, the office's manager and the author.
    expect(await count()).toBe(3);
    // The author loses their role (moved to another comune, say): no longer told of this one's figures.
    const authorId = (await c.store.db.selectFrom('users').select('id').where('email', '=', 'ia@valdoria.example.org').executeTakeFirstOrThrow()).id;
    const grants = await c.store.db.selectFrom('grants').selectAll().where('user_id', '=', authorId).execute();
    await c.store.db.deleteFrom('grants').where('user_id', '=', authorId).execute();
    expect(await count()).toBe(2);
    await c.store.db.insertInto('grants').values(grants).execute();
    expect(await count()).toBe(3);
    // Nobody left: the admin and the manager lose their grants' users, the author is disabled.
    await c.store.db.updateTable('users').set({ disabled_at: clock.now().toISOString() }).where('email', 'in', ['aa@valdoria.example.org', 'om@valdoria.example.org', 'ia@valdoria.example.org']).execute();
    expect(await count()).toBe(0);
  });
});
