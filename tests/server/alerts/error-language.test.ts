// The refusals of alerts, e-mail subscriptions, webhooks, deliveries and QR codes in the language the request
// asks for: Italian with Accept-Language: it (what the dashboard in Italian shows), and without it the English
// the API always answered, word for word. Field reasons follow the message's language.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { alertPaths } from '../../../server/contract/alerts';
import { channelPaths } from '../../../server/contract/channel-points';
import { deliveryPaths } from '../../../server/contract/delivery';
import { subscriptionPaths } from '../../../server/contract/subscriptions';
import { DEMO } from '../../../server/store/seed-demo';
import { as } from '../admin/admin-api';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { startCollector, type SignedIn, type TestCollector } from '../helpers/test-collector';
import { RECEIVER_ENV } from '../helpers/webhook-receiver';

vi.setConfig({ hookTimeout: 30_000 });

const VALDORIA = DEMO.administration.id;
const inItalian = (who: SignedIn): SignedIn => ({ ...who, headers: { ...who.headers, 'accept-language': 'it-IT,it;q=0.9' } });

describe('error answers of alerts, subscriptions, deliveries and channels', () => {
  let sink: SmtpSink;
  let c: TestCollector;
  beforeAll(async () => {
    sink = await startSmtpSink();
    c = await startCollector({ env: { SMTP_URL: sink.url, MAIL_FROM: 'gradimento <noreply@valdoria.example.org>', PUBLIC_URL: 'https://gradimento.valdoria.example.org', ...RECEIVER_ENV } });
  }, 30_000);
  afterAll(async () => {
    await c?.close();
    await sink?.close();
  });

  it('an alert rule that cannot be saved: the message and each field\'s reason', async () => {
    const rule = { name: 'Troppi negativi', officeId: 'nessuno', params: { kind: 'negative-share', lastVotes: 20, openAbovePct: 15, closeBelowPct: 30 } };
    const italian = await as(c.app, inItalian(c.admin)).post(alertPaths.administrationRules(VALDORIA), rule);
    expect(italian.status).toBe(400);
    expect(italian.headers['content-language']).toBe('it');
    expect(italian.body.error).toEqual({
      code: 'validation_failed',
      message: 'La regola non si può salvare così com’è. Vedi i problemi indicati.',
      problems: [
        { field: '/params/closeBelowPct', reason: 'deve essere minore della soglia «Si apre sopra» (openAbovePct): lo scarto tra le due soglie evita che un avviso si apra e si chiuda a ogni giudizio' },
        { field: '/officeId', reason: 'nessun ufficio «nessuno» in questa amministrazione' },
      ],
    });

    const english = await as(c.app, c.admin).post(alertPaths.administrationRules(VALDORIA), rule);
    expect(english.status).toBe(400);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.error).toEqual({
      code: 'validation_failed',
      message: 'The rule cannot be saved as it is. See the problems listed.',
      problems: [
        { field: '/params/closeBelowPct', reason: 'must be lower than openAbovePct: the gap keeps an alert from opening and closing at every vote' },
        { field: '/officeId', reason: 'no office "nessuno" in this administration' },
      ],
    });
  });

  it('subscribing twice to the same report at the same frequency, and subscribing someone who does not exist', async () => {
    const report = { administrationId: VALDORIA, frequency: 'weekly' };
    expect((await as(c.app, c.admin).post(subscriptionPaths.subscriptions, report)).status).toBe(201);
    const italian = await as(c.app, inItalian(c.admin)).post(subscriptionPaths.subscriptions, report);
    expect(italian.status).toBe(409);
    expect(italian.body.error).toEqual({ code: 'conflict', message: 'Questa persona riceve già questo report con questa frequenza.' });
    const english = await as(c.app, c.admin).post(subscriptionPaths.subscriptions, report);
    expect(english.status).toBe(409);
    expect(english.body.error).toEqual({ code: 'conflict', message: 'This person already receives this report at this frequency.' });

    const nobody = { userId: 'nessuno', frequency: 'weekly' };
    const italianNobody = await as(c.app, inItalian(c.admin)).post(subscriptionPaths.administrationSubscriptions(VALDORIA), nobody);
    expect(italianNobody.status).toBe(400);
    expect(italianNobody.body.error).toEqual({ code: 'validation_failed', message: 'Questa persona non esiste.', problems: [{ field: '/userId', reason: 'nessuna persona «nessuno»' }] });
    const englishNobody = await as(c.app, c.admin).post(subscriptionPaths.administrationSubscriptions(VALDORIA), nobody);
    expect(englishNobody.body.error).toEqual({ code: 'validation_failed', message: 'There is no such person.', problems: [{ field: '/userId', reason: 'no person "nessuno"' }] });
  });

  it('a webhook refused for its address, and a delivery that is not failed sent again', async () => {
    const ftp = { name: 'Centrale', url: 'ftp://hooks.example.it/gradimento' };
    const italian = await as(c.app, inItalian(c.admin)).post(deliveryPaths.administrationWebhooks(VALDORIA), ftp);
    expect(italian.status).toBe(400);
    expect(italian.body.error).toEqual({
      code: 'validation_failed',
      message: 'Il webhook non è stato creato: vedi i problemi indicati.',
      problems: [{ field: '/url', reason: 'deve iniziare con https:// (o http://), non con ftp://' }],
    });
    const english = await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), ftp);
    expect(english.body.error).toEqual({
      code: 'validation_failed',
      message: 'The webhook was not created: see the problems listed.',
      problems: [{ field: '/url', reason: 'must start with https:// (or http://), not ftp://' }],
    });
    const metadata = { name: 'Centrale', url: 'http://169.254.169.254/latest/meta-data/' };
    expect((await as(c.app, inItalian(c.admin)).post(deliveryPaths.administrationWebhooks(VALDORIA), metadata)).body.error.problems).toEqual([
      { field: '/url', reason: 'non deve portare in una rete privata o locale: 169.254.169.254, un indirizzo di loopback, link-local o riservato, che i webhook non raggiungono mai' },
    ]);
    expect((await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), metadata)).body.error.problems).toEqual([
      { field: '/url', reason: 'must not lead into a private or local network: 169.254.169.254, a loopback, link-local or reserved address, which webhooks never reach' },
    ]);

    // The test collector sends nothing between ticks of its jobs: the ping stays queued.
    const hook = await as(c.app, c.admin).post(deliveryPaths.administrationWebhooks(VALDORIA), { name: 'Centrale', url: 'http://127.0.0.1:9/gradimento' });
    expect(hook.status).toBe(201);
    const ping = await as(c.app, c.admin).post(deliveryPaths.webhookTest(hook.body.id));
    expect(ping.status).toBe(202);
    const italianRetry = await as(c.app, inItalian(c.admin)).post(deliveryPaths.deliveryRetry(ping.body.deliveryId));
    expect(italianRetry.status).toBe(409);
    expect(italianRetry.body.error).toEqual({ code: 'conflict', message: 'Questo messaggio è ancora in corso di invio: si può inviare di nuovo solo un messaggio non riuscito.' });
    const englishRetry = await as(c.app, c.admin).post(deliveryPaths.deliveryRetry(ping.body.deliveryId));
    expect(englishRetry.body.error).toEqual({ code: 'conflict', message: 'This message is still being tried: only a failed one can be sent again.' });
  });

  it('an unknown QR code, on the public mobile page\'s request', async () => {
    const lookup = (headers: Record<string, string>) => c.app.inject({ method: 'POST', url: `${channelPaths.mobileVotes}/codice`, headers, payload: { code: 'A'.repeat(22) } });
    const italian = await lookup({ 'accept-language': 'it' });
    expect(italian.statusCode).toBe(404);
    expect(italian.json().error).toEqual({ code: 'not_found', message: 'Questo codice non è valido: verifica di aver inquadrato il codice QR per intero.' });
    const english = await lookup({});
    expect(english.json().error).toEqual({ code: 'not_found', message: 'This code is not valid: check that the whole QR code was scanned.' });
  });
});
