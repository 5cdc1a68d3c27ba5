// Scheduled report e-mails through a real SMTP server on 127.0.0.1: the report's figures in the
// body, its PDF attached, a working unsubscribe link; each report once, missed ones caught up once,
// and once with two collectors on one database.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import type { OfficeReport } from '../../../server/contract/report';
import { subscriptionPaths } from '../../../server/contract/subscriptions';
import { deliveryPaths } from '../../../server/contract/delivery';
import { retryDelayMs } from '../../../server/delivery/backoff';
import { DEMO } from '../../../server/store/seed-demo';
import { as, grant } from '../admin/admin-api';
import { freePort, startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { ADMIN_EMAIL, makeVote, movableClock, personWith, postVotes, signInAs, startCollector, TEST_STORE, TOTEM, type SignedIn, type TestCollector } from '../helpers/test-collector';

const OFFICE = DEMO.offices[0]!; // the totem's office
const VALDORIA = DEMO.administration.id;
const PUBLIC_URL = 'https://gradimento.valdoria.example.org';
const env = (sink: SmtpSink) => ({ SMTP_URL: sink.url, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL, REPORT_MIN_VOTES: '5' });
const HOUR = 3_600_000;

/** Figures as a reader sees them: one decimal with a comma ("78,6%"), written here without the app's formatter. */
const pct = (x: number | null) => `${(Math.round(x! * 1000) / 10).toFixed(1).replace('.', ',')}%`;
const idx = (x: number | null) => (Math.round(x! * 10) / 10).toFixed(1).replace('.', ',');

/**
 * `positive` positive and `negative` negative votes on the totem's first two services, from `start`
 * on, 20 s apart: closer taps would be set aside as repeated presses.
 */
async function vote(c: TestCollector, start: string, positive: number, negative: number) {
  const faces = [...Array<string>(positive).fill('positivo'), ...Array<string>(negative).fill('negativo')];
  const votes = faces.map((face, i) => makeVote({ castAt: new Date(Date.parse(start) + i * 20_000).toISOString(), face: face as 'positivo', serviceId: TOTEM.services[i % 2]! }));
  const res = await postVotes(c, votes);
  expect(res.status).toBe(200);
}

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'gradimento-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A collector whose e-mails go to a real SMTP server on 127.0.0.1 (`env` above), the server first. */
async function startWithMail(now: () => Date): Promise<{ sink: SmtpSink; c: TestCollector }> {
  const sink = await startSmtpSink();
  try {
    return { sink, c: await startCollector({ now, env: env(sink) }) };
  } catch (error) {
    await sink.close();
    throw error;
  }
}

/** Stops what startWithMail started, the collector first (its last sends go to the server). */
async function stopWithMail(c: TestCollector | undefined, sink: SmtpSink | undefined) {
  await c?.close();
  await sink?.close();
}

const unsubscribeLink = (mail: ParsedMail) => /Per non riceverla più: (\S+)/.exec(mail.text ?? '')?.[1];
const tokenOf = (link: string) => decodeURIComponent(link.split('#/unsubscribe/')[1]!);

describe('a daily report e-mail', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // 10:00 in Rome
  let sink: SmtpSink;
  let c: TestCollector;
  let rita: SignedIn;

  beforeAll(async () => {
    ({ sink, c } = await startWithMail(clock.now));
    rita = await personWith(c, 'rita@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
  });
  afterAll(() => stopWithMail(c, sink));

  it('is subscribed to by the manager herself', async () => {
    const res = await as(c.app, rita).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    expect(res.status).toBe(201);
    // No language asked for: Italian, the e-mail and its PDF.
    expect(res.body).toMatchObject({ email: 'rita@valdoria.example.org', officeId: OFFICE.id, officeName: OFFICE.name, frequency: 'daily', language: 'it' });
    expect((await as(c.app, rita).get(subscriptionPaths.mine)).body).toHaveLength(1);
  });

  it('sends the two days missed while the collector was stopped, each once, when it ticks again', async () => {
    await vote(c, '2026-03-10T08:30:00.000Z', 14, 6);
    clock.set('2026-03-11T11:00:00.000Z');
    await vote(c, '2026-03-11T10:00:00.000Z', 9, 1);
    // No tick for two days; then 07:30 in Rome on the 12th.
    clock.set('2026-03-12T06:30:00.000Z');
    await c.scheduler.tick();
    const mails = await sink.waitFor(2);
    expect(mails.map((m) => m.subject)).toEqual([`Gradimento: ${OFFICE.name}, 10 marzo 2026`, `Gradimento: ${OFFICE.name}, 11 marzo 2026`]);
    expect(mails.every((m) => m.to && !Array.isArray(m.to) && m.to.text === 'rita@valdoria.example.org')).toBe(true);

    clock.advance(HOUR);
    await c.scheduler.tick();
    clock.advance(HOUR);
    await c.scheduler.tick();
    expect(sink.messages).toHaveLength(2);
  });

  it('carries the figures of the report the dashboard shows, in text and in HTML', async () => {
    const admin = await signInAs(c.app, ADMIN_EMAIL);
    const report: OfficeReport = (await as(c.app, admin).get(`${apiPaths.officeReport(OFFICE.id)}?from=2026-03-10&to=2026-03-10`)).body;
    expect(report.totals.total).toBe(20);
    const mail = sink.messages[0]!;
    const share = report.score.positiveShare;
    const lines = [
      'Giudizi: 20.',
      `Giudizi positivi: ${pct(share.value)} (intervallo al 95%: ${pct(share.low)} – ${pct(share.high)}).`,
      `Indice di soddisfazione: ${idx(report.score.index.value)} su 100.`,
    ];
    expect(lines[1]).toContain('70,0%');
    for (const line of lines) {
      expect(mail.text).toContain(line);
      expect(mail.html).toContain(line);
    }
    // The worst services, worst first, as ranked in the report.
    const worst = report.byService.filter((s) => s.total > 0 && !s.score.positiveShare.smallSample).slice(0, 3);
    expect(worst.length).toBeGreaterThan(0);
    let at = 0;
    for (const s of worst) {
      const line = `${s.name}: ${pct(s.score.positiveShare.value)} di positivi su ${s.total} giudizi.`;
      expect(mail.text!.indexOf(line), line).toBeGreaterThan(at);
      at = mail.text!.indexOf(line);
    }
    expect(mail.text).toMatch(/Rispetto al periodo precedente \(9 marzo 2026\): nessun giudizio in uno dei due periodi, nessun confronto\./);
    expect(mail.text).toContain('QUALITÀ DEI DATI');
    expect(mail.text).toContain(`${PUBLIC_URL}/dashboard/?office=${OFFICE.id}&from=2026-03-10&to=2026-03-10&lang=it`);
    // The second day's e-mail has its own figures, and compares with the first day.
    expect(sink.messages[1]!.text).toContain('Giudizi: 10.');
    expect(sink.messages[1]!.text).toContain('Giudizi positivi: 90,0%');
  });

  it('attaches the report as a PDF of that office and day', async () => {
    const mail = sink.messages[0]!;
    const [pdf] = mail.attachments;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: `gradimento-${OFFICE.id}-2026-03-10-2026-03-10.pdf` });
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf!.content);
    expect(text).toContain(OFFICE.name);
    expect(text).toContain(DEMO.administration.name);
    expect(text).toContain('Come stiamo andando');
    expect(pdf!.content.toString('latin1')).toContain('/Lang (it-IT)');
  });

  it('unsubscribes with its link, without signing in, and no report follows', async () => {
    const link = unsubscribeLink(sink.messages[1]!)!;
    expect(link.startsWith(`${PUBLIC_URL}/dashboard/?lang=it#/unsubscribe/`)).toBe(true);
    expect(sink.messages[1]!.html).toContain('Annulla l’iscrizione');
    const token = tokenOf(link);
    const check = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribeCheck, payload: { token } });
    expect(check.json()).toEqual({ frequency: 'daily', report: OFFICE.name, active: true });
    // Checking stops nothing (the check's summary: "nothing changes"): asked again, still active.
    expect((await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribeCheck, payload: { token } })).json().active).toBe(true);
    expect(await c.store.db.selectFrom('audit_log').select('id').where('action', '=', 'subscription.cancel').execute()).toEqual([]);
    const done = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribe, payload: { token } });
    expect([done.statusCode, done.json().active]).toEqual([200, false]);
    // Twice is harmless.
    expect((await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribe, payload: { token } })).statusCode).toBe(200);
    expect((await as(c.app, await signInAs(c.app, 'rita@valdoria.example.org')).get(subscriptionPaths.mine)).body).toEqual([]);

    clock.set('2026-03-13T06:30:00.000Z');
    await c.scheduler.tick();
    expect(sink.messages).toHaveLength(2);
    const audit = await as(c.app, await signInAs(c.app, ADMIN_EMAIL)).get(`${apiPaths.audit}?administrationId=${VALDORIA}`);
    expect(audit.body.find((e: { action: string }) => e.action === 'subscription.cancel')).toMatchObject({ actor: null, details: expect.objectContaining({ via: 'unsubscribe-link' }) });
  });

  it('refuses a forged or mangled token', async () => {
    const token = tokenOf(unsubscribeLink(sink.messages[0]!)!);
    for (const bad of [`${token.slice(0, -2)}xx`, `other-id.${token.split('.')[1]}`, 'abc']) {
      const res = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribe, payload: { token: bad } });
      expect([res.statusCode, res.json().error.code], bad).toEqual([400, 'validation_failed']);
    }
    const none = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribe, payload: {} });
    expect([none.statusCode, none.json().error.code]).toEqual([400, 'validation_failed']);
  });
});

describe('a report e-mail in English', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // 10:00 in Rome
  let sink: SmtpSink;
  let c: TestCollector;
  let mail: ParsedMail;
  /** As the English report files write figures: a decimal point. */
  const enPct = (x: number | null) => `${(Math.round(x! * 1000) / 10).toFixed(1)}%`;

  beforeAll(async () => {
    ({ sink, c } = await startWithMail(clock.now));
  });
  afterAll(() => stopWithMail(c, sink));

  it('is subscribed to in English and sent in English: subject, figures with a decimal point, British dates, links', async () => {
    const ann = await personWith(c, 'ann@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    const res = await as(c.app, ann).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily', language: 'en' });
    expect([res.status, res.body.language]).toEqual([201, 'en']);
    expect((await as(c.app, ann).get(subscriptionPaths.mine)).body.map((s: { language: string }) => s.language)).toEqual(['en']);
    await vote(c, '2026-03-10T08:30:00.000Z', 14, 6);
    clock.set('2026-03-11T06:30:00.000Z');
    await c.scheduler.tick();
    mail = (await sink.waitFor(1))[0]!;
    expect(mail!.subject).toBe(`Satisfaction: ${OFFICE.name}, 10 March 2026`);
    // Signed in again: the clock moved past the session's life.
    const report: OfficeReport = (await as(c.app, await signInAs(c.app, ADMIN_EMAIL)).get(`${apiPaths.officeReport(OFFICE.id)}?from=2026-03-10&to=2026-03-10`)).body;
    const share = report.score.positiveShare;
    expect(mail!.text).toContain(`Daily satisfaction report: ${OFFICE.name} (${DEMO.administration.name}), 10 March 2026.`);
    expect(mail!.html).toContain('<strong>Daily report, 10 March 2026</strong>');
    const lines = [
      'Votes: 20.',
      `Positive votes: ${enPct(share.value)} (95% interval: ${enPct(share.low)} – ${enPct(share.high)}).`,
      'Compared with the previous period (9 March 2026): no votes in one of the two periods, no comparison.',
      'The full report is in the attached PDF.',
    ];
    expect(lines[1]).toContain('70.0%');
    for (const line of lines) {
      expect(mail!.text).toContain(line);
      expect(mail!.html).toContain(line);
    }
    expect(mail!.text).toContain('HOW WE ARE DOING');
    // The dashboard opens in English too, whatever the browser chose before.
    expect(mail!.text).toContain(`Open the report in the dashboard: ${PUBLIC_URL}/dashboard/?office=${OFFICE.id}&from=2026-03-10&to=2026-03-10&lang=en`);
    expect(mail!.text).toContain('You receive this e-mail because you are subscribed to the daily report.');
    expect(mail!.html).toContain('<html lang="en">');
    expect(mail!.html).toMatch(/>Unsubscribe<\/a>/);
    // Not one Italian word of the e-mail's own (the office's and administration's names stay as typed).
    const own = `${mail!.subject}\n${mail!.text}\n${mail!.html}`.replaceAll(OFFICE.name, '').replaceAll(DEMO.administration.name, '');
    expect(own).not.toMatch(/[Gg]iudizi|Rispetto|Calcolato|[Ss]ervizi da|Qualità|cruscotto|iscritt|Annulla|marzo|Per non riceverla/);
  });

  it('attaches the report as an English PDF', async () => {
    const [pdf] = mail.attachments;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: `gradimento-${OFFICE.id}-2026-03-10-2026-03-10.pdf` });
    expect(pdf!.content.toString('latin1')).toContain('/Lang (en-GB)');
    const text = pdfText(pdf!.content).replace(/[ \t]+/g, ' ');
    expect(text).toContain('How we are doing');
    expect(text).toContain('10 March 2026');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toMatch(/Come stiamo andando|Pagina \d|marzo/);
  });

  it('gives an unsubscribe link that opens its page in English and works', async () => {
    const link = /To stop receiving it: (\S+)/.exec(mail.text ?? '')?.[1];
    expect(link?.startsWith(`${PUBLIC_URL}/dashboard/?lang=en#/unsubscribe/`)).toBe(true);
    const done = await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribe, payload: { token: tokenOf(link!) } });
    expect([done.statusCode, done.json().active]).toEqual([200, false]);
  });
});

describe('the one-click unsubscribe of mail programs (RFC 8058)', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z');
  let sink: SmtpSink;
  let c: TestCollector;
  beforeAll(async () => {
    ({ sink, c } = await startWithMail(clock.now));
  });
  afterAll(() => stopWithMail(c, sink));

  it('POSTs List-Unsubscribe=One-Click to the address in the List-Unsubscribe header, and it works', async () => {
    const rita = await personWith(c, 'rita@valdoria.example.org', [grant.viewer(VALDORIA)]);
    // A monthly e-mail of the administration's report, for someone who may read it.
    expect((await as(c.app, rita).post(subscriptionPaths.subscriptions, { administrationId: VALDORIA, frequency: 'monthly' })).status).toBe(201);
    await vote(c, '2026-03-10T08:30:00.000Z', 8, 2);
    clock.set('2026-04-01T05:00:00.000Z');
    await c.scheduler.tick();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe(`Gradimento: ${DEMO.administration.name}, marzo 2026`);
    expect(mail!.text).toContain('Giudizi: 10.');
    expect(mail!.text).toContain('UFFICI DA GUARDARE, DAL PEGGIORE');
    expect(mail!.attachments[0]!.filename).toBe(`gradimento-${VALDORIA}-2026-03-01-2026-03-31.pdf`);
    // The raw header lines (mailparser folds List-* headers into one object).
    const raw = (name: string) => mail!.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '');
    expect(raw('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const url = new URL(/^<(.+)>$/.exec(raw('list-unsubscribe') ?? '')![1]!);
    expect(url.origin).toBe(PUBLIC_URL);
    // Opened in a browser (a mail program without one-click): the page that asks to confirm, nothing stopped yet.
    const opened = await c.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(opened.statusCode).toBe(303);
    const token = url.searchParams.get('token')!;
    // In the e-mail's language, which the address carries: a browser that never chose would show Italian.
    expect(url.searchParams.get('lang')).toBe('it');
    expect(opened.headers.location).toBe(`/dashboard/?lang=it#/unsubscribe/${encodeURIComponent(token)}`);
    const inEnglish = await c.app.inject({ method: 'GET', url: `${url.pathname}?token=${encodeURIComponent(token)}&lang=en` });
    expect(inEnglish.headers.location).toBe(`/dashboard/?lang=en#/unsubscribe/${encodeURIComponent(token)}`);
    const unknown = await c.app.inject({ method: 'GET', url: `${url.pathname}?token=${encodeURIComponent(token)}&lang=xx` });
    expect(unknown.headers.location).toBe(`/dashboard/#/unsubscribe/${encodeURIComponent(token)}`);
    expect((await c.app.inject({ method: 'POST', url: subscriptionPaths.unsubscribeCheck, payload: { token } })).json().active).toBe(true);
    // As RFC 8058 says it SHOULD come: multipart/form-data.
    const boundary = '----gradimento-test';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    const res = await c.app.inject({ method: 'POST', url: `${url.pathname}${url.search}`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart });
    expect([res.statusCode, res.json().active]).toEqual([200, false]);
    // And as a urlencoded form, twice: harmless.
    const again = await c.app.inject({ method: 'POST', url: `${url.pathname}${url.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect([again.statusCode, again.json().active]).toEqual([200, false]);
  });
});

describe('a mail server nobody answers at', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z');
  let port: number;
  let sink: SmtpSink | undefined;
  let c: TestCollector;
  beforeAll(async () => {
    port = await freePort();
    c = await startCollector({ now: clock.now, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL } });
  });
  afterAll(() => stopWithMail(c, sink));

  it('keeps the report, shows the failed attempts to the administration\'s admins, and sends it once the server is back', { timeout: 60_000 }, async () => {
    const rita = await personWith(c, 'rita@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    expect((await as(c.app, rita).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' })).status).toBe(201);
    await vote(c, '2026-03-10T08:30:00.000Z', 8, 2);
    clock.set('2026-03-11T06:30:00.000Z');
    await c.scheduler.tick();
    const admin = await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    const problems = await as(c.app, admin).get(deliveryPaths.administrationDeliveries(VALDORIA));
    expect(problems.body).toMatchObject([{ kind: 'email', source: 'subscription', recipient: 'rita@valdoria.example.org', status: 'pending', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) }]);
    // Another attempt, still nobody: the report is not queued twice, the attempts grow.
    clock.advance(retryDelayMs(1)! + 1000);
    await c.scheduler.tick();
    const again = await as(c.app, await signInAs(c.app, 'aa@valdoria.example.org')).get(deliveryPaths.administrationDeliveries(VALDORIA));
    expect(again.body).toMatchObject([{ status: 'pending', attempts: 2 }]);
    sink = await startSmtpSink(port);
    clock.advance(retryDelayMs(2)! + 1000);
    await c.scheduler.tick();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe(`Gradimento: ${OFFICE.name}, 10 marzo 2026`);
    clock.advance(HOUR);
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(1);
  });
});

// «Non riceverai più e-mail»: what is still waiting in the outbox goes with the subscription.
describe('unsubscribing while a report waits for a mail server that does not answer', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z');
  let c: TestCollector;
  beforeAll(async () => {
    const port = await freePort();
    c = await startCollector({ now: clock.now, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL } });
  });
  afterAll(() => c?.close());

  it('drops the waiting report (said in the activity log), and refuses to send a failed one again', { timeout: 60_000 }, async () => {
    const subscribe = async (email: string) => {
      const person = await personWith(c, email, [grant.office(VALDORIA, OFFICE.id)]);
      const res = await as(c.app, person).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
      expect(res.status).toBe(201);
      return { email, id: res.body.id as string };
    };
    const rita = await subscribe('rita@valdoria.example.org');
    const dora = await subscribe('dora@valdoria.example.org');
    await vote(c, '2026-03-10T08:30:00.000Z', 8, 2);
    clock.set('2026-03-11T06:30:00.000Z');
    await c.scheduler.tick();
    const rows = () => c.store.db.selectFrom('outbox').select(['id', 'recipient', 'status']).where('source', '=', 'subscription').orderBy('recipient').execute();
    expect((await rows()).map((r) => [r.recipient, r.status])).toEqual([
      ['dora@valdoria.example.org', 'pending'],
      ['rita@valdoria.example.org', 'pending'],
    ]);
    // Dora's has given up for good; then both unsubscribe.
    const doraRow = (await rows()).find((r) => r.recipient === 'dora@valdoria.example.org')!;
    await c.store.db.updateTable('outbox').set({ status: 'failed', failed_at: clock.now().toISOString() }).where('id', '=', doraRow.id).execute();
    for (const { email, id } of [rita, dora]) expect((await as(c.app, await signInAs(c.app, email)).call('DELETE', subscriptionPaths.mineOne(id))).status).toBe(204);
    // Rita's waiting report is gone; Dora's failed one stays in the list of deliveries, for the record.
    expect((await rows()).map((r) => [r.recipient, r.status])).toEqual([['dora@valdoria.example.org', 'failed']]);
    const audit = await c.store.db.selectFrom('audit_log').select(['target_id', 'details']).where('action', '=', 'subscription.cancel').execute();
    const unsent = Object.fromEntries(audit.map((a) => [a.target_id, JSON.parse(String(a.details)).unsent]));
    expect(unsent).toEqual({ [rita.id]: 1, [dora.id]: 0 });
    // Sending Dora's again would write to someone who asked for no more e-mails.
    const retry = await as(c.app, await signInAs(c.app, ADMIN_EMAIL)).post(deliveryPaths.deliveryRetry(doraRow.id));
    expect([retry.status, retry.body.error.code]).toEqual([409, 'conflict']);
    expect(retry.body.error.message).toBe('This report was for a subscription since cancelled: whoever cancelled it asked for no more e-mails, so it is not sent again.');
    expect((await rows()).map((r) => r.status)).toEqual(['failed']);
  });
});

describe('two collectors on one database', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z');
  let sink: SmtpSink;
  let one: TestCollector;
  let two: TestCollector;
  beforeAll(async () => {
    sink = await startSmtpSink();
    one = await startCollector({ now: clock.now, env: env(sink) });
    two = await startCollector({ now: clock.now, env: env(sink), dir: one.dir, enrolTerminals: false });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await sink?.close();
  });

  /**
   * At the same moment on PostgreSQL, where several collector processes share a database. SQLite
   * serves one process (app.ts); two connections inside one test process would make one wait in
   * SQLite's busy handler, which blocks the whole process, the other's transaction included: there
   * the second collector ticks right after the first, which still shows it finds nothing left to send.
   */
  const bothTick = () => (TEST_STORE === 'postgres' ? Promise.all([one.scheduler.tick(), two.scheduler.tick()]) : one.scheduler.tick().then(() => two.scheduler.tick()));

  it('send each report once when both tick at the same moment', { timeout: 60_000 }, async () => {
    const rita = await personWith(one, 'rita@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    expect((await as(one.app, rita).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' })).status).toBe(201);
    expect((await as(one.app, rita).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'weekly' })).status).toBe(201);
    await vote(one, '2026-03-10T08:30:00.000Z', 7, 3);
    clock.set('2026-03-16T05:30:00.000Z'); // Monday, 06:30 in Rome: six days and a week are due
    await bothTick();
    clock.advance(HOUR);
    await bothTick();
    await sink.waitFor(7);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(7);
    expect(new Set(sink.messages.map((m) => m.subject)).size).toBe(7);
    const records = await one.store.db.selectFrom('subscription_deliveries').select(['period_from', 'period_to']).execute();
    expect(records).toHaveLength(7);
  });
});

// docs/subscriptions.md: a report goes only to someone "whose account is enabled, and whose office and
// administration are not archived". The job leaves the others out of what it reads (send-reports.ts,
// liveSubscriptions): nothing is queued, recorded or cancelled for them; the lists show them paused.
describe('reports due at once to a disabled person, on an archived office, and to an ordinary one', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // 10:00 in Rome
  const SAN_ROCCO = DEMO.offices[1]!;
  let sink: SmtpSink;
  let c: TestCollector;
  beforeAll(async () => {
    ({ sink, c } = await startWithMail(clock.now));
  });
  afterAll(() => stopWithMail(c, sink));

  it('sends only the ordinary one; the other two are sent nothing, stay subscribed, and are listed as paused with the reason', { timeout: 60_000 }, async () => {
    const subscribe = async (email: string, officeId: string) => {
      const person = await personWith(c, email, [grant.office(VALDORIA, officeId)]);
      const res = await as(c.app, person).post(subscriptionPaths.subscriptions, { officeId, frequency: 'daily' });
      expect(res.status, email).toBe(201);
      return res.body.id as string;
    };
    const disabled = await subscribe('dora@valdoria.example.org', OFFICE.id);
    const archived = await subscribe('sara@valdoria.example.org', SAN_ROCCO.id);
    const ordinary = await subscribe('rita@valdoria.example.org', OFFICE.id);
    await vote(c, '2026-03-10T08:30:00.000Z', 8, 2);

    const admin = as(c.app, c.admin);
    const dora = await c.store.db.selectFrom('users').select('id').where('email', '=', 'dora@valdoria.example.org').executeTakeFirstOrThrow();
    expect((await admin.patch(apiPaths.user(dora.id), { disabled: true })).status).toBe(200);
    expect((await admin.post(apiPaths.officeArchive(SAN_ROCCO.id))).status).toBe(200);

    // 07:30 in Rome on the 11th: the three reports of the 10th are due.
    clock.set('2026-03-11T06:30:00.000Z');
    await c.scheduler.tick();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe(`Gradimento: ${OFFICE.name}, 10 marzo 2026`);
    expect(mail!.to && !Array.isArray(mail!.to) && mail!.to.text).toBe('rita@valdoria.example.org');
    clock.advance(HOUR);
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(1);

    const queued = await c.store.db.selectFrom('outbox').select('recipient').where('source', '=', 'subscription').execute();
    expect(queued.map((q) => q.recipient)).toEqual(['rita@valdoria.example.org']);
    // Only the ordinary one is recorded as sent; the others are neither recorded nor ended.
    const delivered = await c.store.db.selectFrom('subscription_deliveries').select(['subscription_id', 'period_from', 'period_to']).execute();
    expect(delivered).toEqual([{ subscription_id: ordinary, period_from: '2026-03-10', period_to: '2026-03-10' }]);
    const left = await c.store.db.selectFrom('subscriptions').select(['id', 'cancelled_at']).where('id', 'in', [disabled, archived]).orderBy('id').execute();
    expect(left).toHaveLength(2);
    expect(left.every((s) => s.cancelled_at === null)).toBe(true);

    // Not silently: the admins' list, and the person's own, say why each sends nothing.
    // Signed in again: the clock has moved past the first session's end.
    const later = as(c.app, await signInAs(c.app, ADMIN_EMAIL));
    const listed = (await later.get(subscriptionPaths.administrationSubscriptions(VALDORIA))).body as { id: string; paused: string | null }[];
    const pausedOf = (id: string) => listed.find((l) => l.id === id)?.paused;
    expect([pausedOf(disabled), pausedOf(archived), pausedOf(ordinary)]).toEqual(['person-disabled', 'office-archived', null]);
    const sara = as(c.app, await signInAs(c.app, 'sara@valdoria.example.org'));
    expect(((await sara.get(subscriptionPaths.mine)).body as { id: string; paused: string | null }[]).map((l) => [l.id, l.paused])).toEqual([[archived, 'office-archived']]);
  });

  it('gives a person enabled again the next report due, not the ones that fell due while the account was off', { timeout: 60_000 }, async () => {
    const toDora = () => sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === 'dora@valdoria.example.org').map((m) => m.subject);
    // Four more mornings with dora disabled: nothing for her.
    clock.set('2026-03-15T06:30:00.000Z');
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(toDora()).toEqual([]);
    const admin = as(c.app, await signInAs(c.app, ADMIN_EMAIL));
    const dora = await c.store.db.selectFrom('users').select('id').where('email', '=', 'dora@valdoria.example.org').executeTakeFirstOrThrow();
    expect((await admin.patch(apiPaths.user(dora.id), { disabled: false })).status).toBe(200);
    // The same morning: the reports of the 10th to the 14th are not owed to her any more.
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(toDora()).toEqual([]);
    // The next morning: the 15th's, once.
    clock.set('2026-03-16T06:30:00.000Z');
    await c.scheduler.tick();
    await vi.waitFor(() => expect(toDora()).toEqual([`Gradimento: ${OFFICE.name}, 15 marzo 2026`]), { timeout: 10_000 });
    const again = as(c.app, await signInAs(c.app, ADMIN_EMAIL));
    const listed = (await again.get(subscriptionPaths.administrationSubscriptions(VALDORIA))).body as { userName: string; paused: string | null }[];
    expect(listed.filter((l) => l.paused === 'person-disabled')).toEqual([]);
  });
});

// A subscriber whose roles change so that they may no longer read the report: not silent either.
describe('reports due to someone who may no longer read them', () => {
  const clock = movableClock('2026-03-10T09:00:00.000Z'); // 10:00 in Rome
  const SAN_ROCCO = DEMO.offices[1]!;
  let sink: SmtpSink;
  let c: TestCollector;
  beforeAll(async () => {
    ({ sink, c } = await startWithMail(clock.now));
  });
  afterAll(() => stopWithMail(c, sink));

  it('sends nothing, lists the subscription paused for that reason, and gives the next report once the role is back, not the ones missed', { timeout: 60_000 }, async () => {
    const toLia = () => sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === 'lia@valdoria.example.org').map((m) => m.subject);
    const lia = await personWith(c, 'lia@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    const created = await as(c.app, lia).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    expect(created.status).toBe(201);
    await vote(c, '2026-03-10T08:30:00.000Z', 8, 2);
    // She moves to the other office: her grant on the Municipio goes.
    const liaId = (await c.store.db.selectFrom('users').select('id').where('email', '=', 'lia@valdoria.example.org').executeTakeFirstOrThrow()).id;
    const moved = await as(c.app, c.admin).patch(apiPaths.user(liaId), { grants: [grant.office(VALDORIA, SAN_ROCCO.id)] });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    // Three mornings: nothing for her, and the lists say why.
    for (const morning of ['2026-03-11', '2026-03-12', '2026-03-13']) {
      clock.set(`${morning}T06:30:00.000Z`);
      await c.scheduler.tick();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(toLia()).toEqual([]);
    const admin = as(c.app, await signInAs(c.app, ADMIN_EMAIL));
    const listed = (await admin.get(subscriptionPaths.administrationSubscriptions(VALDORIA))).body as { id: string; paused: string | null }[];
    expect(listed.find((l) => l.id === created.body.id)?.paused).toBe('no-read-access');
    const own = (await as(c.app, await signInAs(c.app, 'lia@valdoria.example.org')).get(subscriptionPaths.mine)).body as { id: string; paused: string | null }[];
    expect(own.map((l) => [l.id, l.paused])).toEqual([[created.body.id, 'no-read-access']]);

    // Back at the Municipio the same morning: the 10th to the 12th are not owed; the 13th's comes the next morning, once.
    expect((await admin.patch(apiPaths.user(liaId), { grants: [grant.office(VALDORIA, OFFICE.id)] })).status).toBe(200);
    await c.scheduler.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(toLia()).toEqual([]);
    clock.set('2026-03-14T06:30:00.000Z');
    await c.scheduler.tick();
    await vi.waitFor(() => expect(toLia()).toEqual([`Gradimento: ${OFFICE.name}, 13 marzo 2026`]), { timeout: 10_000 });
    const after = (await as(c.app, await signInAs(c.app, ADMIN_EMAIL)).get(subscriptionPaths.administrationSubscriptions(VALDORIA))).body as { id: string; paused: string | null }[];
    expect(after.find((l) => l.id === created.body.id)?.paused).toBeNull();
  });
});

describe('subscribing: who may, and bad input', () => {
  let sink: SmtpSink;
  let c: TestCollector;
  let off: TestCollector;
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ env: env(sink) });
    off = await startCollector();
  });
  afterAll(async () => {
    await c?.close();
    await off?.close();
    await sink?.close();
  });

  it('lets an admin subscribe a person of the administration who may read the report, and stop it', async () => {
    const admin = await personWith(c, 'aa@valdoria.example.org', [grant.administration(VALDORIA)]);
    await personWith(c, 'om@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    const om = await c.store.db.selectFrom('users').select('id').where('email', '=', 'om@valdoria.example.org').executeTakeFirstOrThrow();
    const created = await as(c.app, admin).post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: om.id, officeId: OFFICE.id, frequency: 'weekly', language: 'en' });
    expect([created.status, created.body.language]).toEqual([201, 'en']);
    expect(created.body.createdBy).toBe('aa@valdoria.example.org');
    const listed = await as(c.app, admin).get(`${subscriptionPaths.administrationSubscriptions(VALDORIA)}?officeId=${OFFICE.id}`);
    expect(listed.body.map((s: { email: string; language: string }) => [s.email, s.language])).toEqual([['om@valdoria.example.org', 'en']]);
    // The office manager may not read another office, nor the administration's report.
    const other = await as(c.app, admin).post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: om.id, officeId: DEMO.offices[1]!.id, frequency: 'weekly' });
    expect([other.status, other.body.error.problems[0].field]).toEqual([400, '/userId']);
    const whole = await as(c.app, admin).post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: om.id, frequency: 'weekly' });
    expect(whole.status).toBe(400);
    // Not someone she does not manage (the installation's admin, hidden from her people page): they subscribe themselves.
    const installationAdmin = await c.store.db.selectFrom('users').select('id').where('email', '=', ADMIN_EMAIL).executeTakeFirstOrThrow();
    const notHers = await as(c.app, admin).post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: installationAdmin.id, frequency: 'weekly' });
    expect([notHers.status, notHers.body.error.problems]).toEqual([400, [{ field: '/userId', reason: 'not a person you manage' }]]);
    expect(await c.store.db.selectFrom('subscriptions').select('id').where('user_id', '=', installationAdmin.id).execute()).toEqual([]);
    // Twice the same: refused.
    const again = await as(c.app, admin).post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: om.id, officeId: OFFICE.id, frequency: 'weekly' });
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    // A manager cannot subscribe others, nor stop someone else's e-mail through her own list.
    const manager = await signInAs(c.app, 'om@valdoria.example.org');
    expect((await as(c.app, manager).post(subscriptionPaths.administrationSubscriptions(VALDORIA), { userId: om.id, frequency: 'daily' })).status).toBe(403);
    const mine = (await as(c.app, manager).get(subscriptionPaths.mine)).body;
    expect(mine).toHaveLength(1);
    expect((await as(c.app, admin).call('DELETE', subscriptionPaths.mineOne(mine[0].id))).status).toBe(404);
    expect((await as(c.app, manager).call('DELETE', subscriptionPaths.subscription(mine[0].id))).status).toBe(403);
    expect((await as(c.app, manager).call('DELETE', subscriptionPaths.mineOne(mine[0].id))).status).toBe(204);
  });

  // POST /subscriptions: "a report one may read"; docs/subscriptions.md: "Subscribing ... audited (subscription.create)".
  it('lets a person subscribe herself only to a report she may read (403 otherwise), and audits it', async () => {
    await personWith(c, 'om2@valdoria.example.org', [grant.office(VALDORIA, OFFICE.id)]);
    const manager = as(c.app, await signInAs(c.app, 'om2@valdoria.example.org'));
    const count = async () => Number((await c.store.db.selectFrom('subscriptions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    for (const report of [{ officeId: DEMO.offices[1]!.id }, { administrationId: VALDORIA }]) {
      const res = await manager.post(subscriptionPaths.subscriptions, { ...report, frequency: 'daily' });
      expect(res.status, JSON.stringify(report)).toBe(403);
    }
    expect(await count()).toBe(before);
    const own = await manager.post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'monthly' });
    expect(own.status).toBe(201);
    const audit = await c.store.db.selectFrom('audit_log').select(['actor_email', 'details']).where('action', '=', 'subscription.create').where('target_id', '=', own.body.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_email).toBe('om2@valdoria.example.org');
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ officeId: OFFICE.id, frequency: 'monthly' });
  });

  it('answers bad input with a 4xx in the shared shape and stores nothing', async () => {
    const count = async () => Number((await c.store.db.selectFrom('subscriptions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const admin = as(c.app, c.admin);
    const cases: [unknown, number, string][] = [
      [{ frequency: 'daily' }, 400, '/officeId'],
      [{ officeId: OFFICE.id, administrationId: VALDORIA, frequency: 'daily' }, 400, '/administrationId'],
      [{ officeId: OFFICE.id, frequency: 'hourly' }, 400, '/frequency'],
      [{ officeId: OFFICE.id }, 400, '/frequency'],
      [{ officeId: OFFICE.id, frequency: 'daily', userId: 'someone' }, 400, '/userId'],
      [{ officeId: '', frequency: 'daily' }, 400, '/officeId'],
      // The e-mail's language: one the dashboard speaks.
      [{ officeId: OFFICE.id, frequency: 'daily', language: 'de' }, 400, '/language'],
    ];
    for (const [body, status, field] of cases) {
      const res = await admin.post(subscriptionPaths.subscriptions, body);
      expect([res.status, res.body.error.code], JSON.stringify(body)).toEqual([status, 'validation_failed']);
      expect(res.body.error.problems.map((p: { field: string }) => p.field), JSON.stringify(body)).toContain(field);
    }
    expect((await admin.post(subscriptionPaths.subscriptions, { officeId: 'nowhere', frequency: 'daily' })).status).toBe(404);
    const admins = subscriptionPaths.administrationSubscriptions(VALDORIA);
    expect((await admin.post(admins, { userId: 'nobody', frequency: 'daily' })).status).toBe(400);
    expect((await admin.post(admins, { frequency: 'daily' })).status).toBe(400);
    expect((await admin.post(admins, { userId: 'x', officeId: 'altrove-sede', frequency: 'daily' })).status).toBe(400);
    const german = await admin.post(admins, { userId: 'x', frequency: 'daily', language: 'de' });
    expect([german.status, german.body.error.problems[0].field]).toEqual([400, '/language']);
    expect((await admin.call('DELETE', subscriptionPaths.subscription('nothing'))).status).toBe(404);
    expect((await admin.post(subscriptionPaths.unsubscribeCheck, { token: 'x' })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('is refused while e-mail is off, saying what to set', async () => {
    const res = await as(off.app, off.admin).post(subscriptionPaths.subscriptions, { officeId: OFFICE.id, frequency: 'daily' });
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
    expect(res.body.error.message).toMatch(/SMTP_URL/);
  });
});
