// The activity log as a manager reads it: names instead of ids, Italian instead of the collector's JSON keys; changes to alert rules and scheduled e-mails in words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { AuditEntry } from '../../../../server/contract/admin';
import { AUDIT_PAGE_SIZE, AuditPage } from '../../../../kiosk/dashboard/admin/audit-page';
import { json, stubCollector, type SeenRequest } from '../fixtures/fake-collector';

const entry = (id: string, action: string, targetType: string, targetId: string, details: Record<string, unknown>, actor: AuditEntry['actor'] = { id: 'u-maria', email: 'maria@aldeno.example.org' }): AuditEntry => ({
  id,
  at: `2024-06-0${9 - Number(id)}T10:00:00.000Z`,
  actor,
  administrationId: 'aldeno',
  action,
  targetType,
  targetId,
  details,
});

/** Newest first, as the collector sends them; only the terminal's creation is older than this page. */
const ENTRIES: AuditEntry[] = [
  entry('1', 'terminal.revoke', 'terminal', 'aldeno-sportello', { wasEnrolled: true }),
  entry('2', 'service.update', 'service', 'aldeno-tributi', { standard: { minPositivePct: 80 } }),
  entry('3', 'user.create', 'user', 'u-luca', { email: 'luca@aldeno.example.org', name: 'Luca Bianchi', grants: [{ role: 'office_manager', administrationId: 'aldeno', officeId: 'aldeno-centro' }], via: 'command line' }, null),
  entry('4', 'office.update', 'office', 'aldeno-centro', { openingHours: { mon: [{ from: '08:30', to: '12:30' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: ['2024-12-25'] }),
  entry('5', 'terminal.update', 'terminal', 'aldeno-totem', { name: 'Totem dell’atrio', mode: 'totem', serviceIds: ['aldeno-anagrafe', 'aldeno-tributi'], scale: 3 }),
  entry('6', 'reasons.update', 'administration', 'aldeno', { reasons: [{ id: 'aldeno-attesa', label: 'Tempo di attesa', dimension: 'timeliness' }], archived: ['aldeno-altro'] }),
  // Changed in place (issue 8): each setting that changed beside its value before.
  entry('7', 'alert-rule.update', 'alert-rule', 'r1', {
    name: 'Negativi in Sede',
    previousName: 'Troppi negativi',
    officeId: 'aldeno-centro',
    previousOfficeId: null,
    params: { kind: 'negative-share', lastVotes: 20, openAbovePct: 40, closeBelowPct: 25 },
    previousParams: { kind: 'negative-share', lastVotes: 20, openAbovePct: 30, closeBelowPct: 15 },
    notifyEmail: true,
    previousNotifyEmail: false,
    webhook: 'Centrale operativa',
    previousWebhook: null,
    language: 'en',
    previousLanguage: 'it',
    closedAlert: 'a1',
  }),
  entry('8', 'subscription.update', 'subscription', 's1', { userId: 'u-maria', officeId: 'aldeno-centro', frequency: 'daily', previousFrequency: 'weekly', language: 'en', previousLanguage: 'it' }),
];

/** The terminal ids a request for names asked for. */
const idsAsked = (r: SeenRequest) => new URL(r.url, 'http://x').searchParams.get('ids')?.split(',') ?? [];

const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
let seen: SeenRequest[];
let container: HTMLElement;

beforeEach(() => {
  seen = stubCollector({
    'GET /api/v1/audit': () => json(ENTRIES),
    'GET /api/v1/administrations': () => json([{ id: 'aldeno', name: 'Comune di Aldeno', createdAt: '2024-01-01T00:00:00Z', archivedAt: null }]),
    'GET /api/v1/administrations/aldeno/offices': () =>
      json([{ id: 'aldeno-centro', administrationId: 'aldeno', name: 'Sede centrale', address: '', timeZone: 'Europe/Rome', openingHours: CLOSED, holidays: [], archivedAt: null }]),
    'GET /api/v1/administrations/aldeno/services': () =>
      json([
        { id: 'aldeno-anagrafe', administrationId: 'aldeno', name: 'Anagrafe', standard: null, standards: [], archivedAt: null },
        { id: 'aldeno-tributi', administrationId: 'aldeno', name: 'Tributi', standard: null, standards: [], archivedAt: null },
      ]),
    'GET /api/v1/users': () => json([{ id: 'u-maria', email: 'maria@aldeno.example.org', name: 'Maria Rossi', grants: [], disabledAt: null, createdAt: '2024-01-01T00:00:00Z', lastSignInAt: null }]),
    'GET /api/v1/terminal-names': (r) => json(idsAsked(r).filter((id) => id === 'aldeno-sportello').map((id) => ({ id, name: 'Sportello Anagrafe' }))),
  });
  container = document.createElement('div');
  document.body.append(container);
  render(<AuditPage administrationId="aldeno" />, container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
});

const table = () => container.querySelector<HTMLElement>('[data-testid="audit-table"]');
const rowText = (i: number) => container.querySelectorAll<HTMLElement>('[data-testid="audit-row"]')[i]!.textContent!;

describe('audit page', () => {
  it('names people, offices, services and terminals instead of showing their ids', async () => {
    await vi.waitFor(() => expect(table()?.textContent).toContain('Sportello Anagrafe'));
    await vi.waitFor(() => expect(table()?.textContent).toContain('Maria Rossi'));
    const text = table()!.textContent!;
    expect(text).not.toMatch(/aldeno-|u-maria|u-luca/);
    expect(rowText(1)).toContain('Tributi');
    expect(rowText(2)).toContain('Responsabile d’ufficio · Comune di Aldeno · Sede centrale');
    expect(rowText(4)).toContain('Servizi: Anagrafe, Tributi');
    expect(rowText(5)).toContain('Comune di Aldeno');
  });

  it('writes what changed in Italian words, never the collector’s JSON keys', async () => {
    await vi.waitFor(() => expect(table()?.textContent).toContain('Sportello Anagrafe'));
    const text = table()!.textContent!;
    for (const key of ['wasEnrolled', 'standard:', 'minPositivePct', 'openingHours', 'holidays', 'serviceIds', 'officeId', 'grants', 'scale', 'via:', 'reasons', 'archived:', '{', '"', 'params', 'previous', 'notifyEmail', 'closedAlert', 'userId', 'frequency', 'alert-rule', 'subscription', 'negative-share']) {
      expect(text, key).not.toContain(key);
    }
    expect(rowText(0)).toContain('Era abbinato: sì');
    expect(rowText(1)).toContain('Standard della Carta dei servizi: almeno 80% positivi');
    expect(rowText(2)).toContain('Tramite: riga di comando');
    expect(rowText(3)).toContain('Orario di apertura: Lun 08:30–12:30');
    expect(rowText(3)).toContain('Giorni di chiusura: 25 dicembre 2024');
    expect(rowText(5)).toContain('Motivazioni: Tempo di attesa');
  });

  it('says how an alert rule changed, each setting before and after, and that its open alert closed', async () => {
    await vi.waitFor(() => expect(rowText(6)).toContain('Ufficio: Sede centrale'));
    for (const line of [
      'Regola di avviso modificata',
      'Negativi in Sede',
      'Nome precedente: Troppi negativi',
      'Ufficio precedente: —',
      'Soglie: Troppi giudizi negativi: negativi > 40% negli ultimi 20 giudizi; si chiude sotto 25%',
      'Soglie precedenti: Troppi giudizi negativi: negativi > 30% negli ultimi 20 giudizi; si chiude sotto 15%',
      'Avviso per e-mail: sì',
      'Avviso per e-mail, prima: no',
      'Webhook: Centrale operativa',
      'Webhook precedente: —',
      'Lingua delle e-mail: English',
      'Lingua delle e-mail precedente: Italiano',
      'Avviso aperto chiuso: sì',
    ]) {
      expect(rowText(6), line).toContain(line);
    }
  });

  it('says how a scheduled e-mail changed: whose, how often before and after, in which language', async () => {
    await vi.waitFor(() => expect(rowText(7)).toContain('Persona: Maria Rossi'));
    for (const line of ['Iscrizione alle e-mail modificata', 'Iscrizione alle e-mail', 'Ufficio: Sede centrale', 'Frequenza: Giornaliera', 'Frequenza precedente: Settimanale', 'Lingua delle e-mail: English', 'Lingua delle e-mail precedente: Italiano']) {
      expect(rowText(7), line).toContain(line);
    }
  });

  it('names alerts taken in hand, webhooks and deliveries in words too, never by their codes or ids', async () => {
    render(null, container);
    vi.unstubAllGlobals();
    const at = (day: number) => ({ at: `2024-05-${String(day).padStart(2, '0')}T10:00:00.000Z` });
    const entries: AuditEntry[] = [
      { ...entry('1', 'alert.acknowledge', 'alert', 'a-7f3c', { name: 'Troppi negativi', ruleId: 'r-91d2', comment: 'Sportello 2 chiuso per malattia' }), ...at(9) },
      { ...entry('2', 'webhook.create', 'webhook', 'w-55aa', { name: 'Centrale operativa', url: 'https://hooks.aldeno.example.org/gradimento' }), ...at(8) },
      { ...entry('3', 'webhook.delete', 'webhook', 'w-55aa', { name: 'Centrale operativa', url: 'https://hooks.aldeno.example.org/gradimento', rulesReleased: [] }), ...at(7) },
      { ...entry('4', 'delivery.fail', 'delivery', 'd-1b2c', { kind: 'email', source: 'subscription', recipient: 'luca@aldeno.example.org', subject: 'Gradimento: Sede centrale, maggio 2024', attempts: 1, error: '550 mailbox unavailable' }, null), ...at(6) },
      { ...entry('5', 'delivery.retry', 'delivery', 'd-1b2c', { kind: 'webhook', recipient: 'https://hooks.aldeno.example.org/gradimento', subject: null }), ...at(5) },
    ];
    stubCollector({
      'GET /api/v1/audit': () => json(entries),
      'GET /api/v1/administrations': () => json([{ id: 'aldeno', name: 'Comune di Aldeno', createdAt: '2024-01-01T00:00:00Z', archivedAt: null }]),
      'GET /api/v1/users': () => json([{ id: 'u-maria', email: 'maria@aldeno.example.org', name: 'Maria Rossi', grants: [], disabledAt: null, createdAt: '2024-01-01T00:00:00Z', lastSignInAt: null }]),
    });
    render(<AuditPage administrationId="aldeno" />, container);
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="audit-row"]')).toHaveLength(5));
    const expected = [
      ['Avviso preso in carico', 'Avviso', 'Troppi negativi', 'Commento: Sportello 2 chiuso per malattia'],
      ['Webhook aggiunto', 'Webhook', 'Centrale operativa', 'Indirizzo del webhook: https://hooks.aldeno.example.org/gradimento'],
      ['Webhook eliminato', 'Centrale operativa'],
      ['Invio abbandonato', 'Invio', 'Gradimento: Sede centrale, maggio 2024', 'Tipo di invio: e-mail', 'Origine: Rapporto in abbonamento', 'Destinatario: luca@aldeno.example.org', 'Tentativi: 1', 'Errore: 550 mailbox unavailable'],
      ['Invio ritentato a mano', 'Tipo di invio: webhook', 'Oggetto: —'],
    ];
    expected.forEach((lines, i) => {
      for (const line of lines) expect(rowText(i), line).toContain(line);
    });
    const text = table()!.textContent!;
    for (const code of ['alert.acknowledge', 'webhook.', 'delivery.', 'ruleId', 'r-91d2', 'a-7f3c', 'd-1b2c', 'recipient', 'attempts', 'subject', 'kind:']) expect(text, code).not.toContain(code);
  });

  it('searches by a part of an e-mail, a kind of item and a period of days', async () => {
    await vi.waitFor(() => expect(table()).not.toBeNull());
    const input = (testId: string, value: string) => {
      const el = container.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${testId}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    };
    input('audit-actor', ' Maria ');
    input('audit-what', 'terminal');
    input('audit-from', '2024-06-01');
    input('audit-to', '2024-05-31');
    // The period backwards: said next to «Al», nothing asked.
    await vi.waitFor(() => expect(container.querySelector('#audit-to-note')?.textContent).toBe('La data «Al» viene prima di «Dal».'));
    expect(container.querySelector<HTMLButtonElement>('[data-testid="audit-apply"]')!.disabled).toBe(true);
    input('audit-to', '2024-06-07');
    await vi.waitFor(() => expect(container.querySelector<HTMLButtonElement>('[data-testid="audit-apply"]')!.disabled).toBe(false));
    const before = seen.length;
    container.querySelector<HTMLButtonElement>('[data-testid="audit-apply"]')!.click();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(before));
    const asked = new URL(seen.filter((r) => r.url.startsWith('/api/v1/audit')).at(-1)!.url, 'http://x').searchParams;
    // The browser's days, from the first midnight to the one after the last day.
    expect(Object.fromEntries(asked)).toMatchObject({
      actor: 'Maria',
      targetType: 'terminal',
      after: new Date(2024, 5, 1).toISOString(),
      before: new Date(2024, 5, 8).toISOString(),
    });
  });

  it('asks for the next page after the oldest entry shown, by its instant and its id', async () => {
    render(null, container);
    vi.unstubAllGlobals();
    // A whole page written at one instant (an import, a set-up script): the next page must start among them.
    const sameInstant = Array.from({ length: AUDIT_PAGE_SIZE + 2 }, (_, i) => ({ ...entry('1', 'service.create', 'service', 'aldeno-anagrafe', { name: 'Anagrafe' }), id: `e${String(999 - i)}`, at: '2024-06-01T10:00:00.000Z' }));
    const asked = stubCollector({
      'GET /api/v1/audit': (r) => json(new URL(r.url, 'http://x').searchParams.has('before') ? sameInstant.slice(AUDIT_PAGE_SIZE) : sameInstant.slice(0, AUDIT_PAGE_SIZE)),
      'GET /api/v1/administrations': () => json([{ id: 'aldeno', name: 'Comune di Aldeno', createdAt: '2024-01-01T00:00:00Z', archivedAt: null }]),
      'GET /api/v1/administrations/aldeno/services': () => json([{ id: 'aldeno-anagrafe', administrationId: 'aldeno', name: 'Anagrafe', standard: null, standards: [], archivedAt: null }]),
    });
    render(<AuditPage administrationId="aldeno" />, container);
    const more = () => container.querySelector<HTMLButtonElement>('[data-testid="audit-more"]');
    await vi.waitFor(() => expect(more()).not.toBeNull());
    more()!.click();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="audit-row"]')).toHaveLength(AUDIT_PAGE_SIZE + 2));
    const next = new URL(asked.filter((r) => r.url.startsWith('/api/v1/audit')).at(-1)!.url, 'http://x').searchParams;
    expect([next.get('before'), next.get('beforeId')]).toEqual(['2024-06-01T10:00:00.000Z', sameInstant[AUDIT_PAGE_SIZE - 1]!.id]);
    expect(more()).toBeNull();
  });

  it('asks only for what the entries do not name already', async () => {
    await vi.waitFor(() => expect(table()?.textContent).toContain('Sportello Anagrafe'));
    const asked = seen.map((r) => r.url);
    // The totem's name is in its own entry; the revoked counter's is not.
    const terminals = seen.filter((r) => r.url.startsWith('/api/v1/terminal-names'));
    expect(terminals.map(idsAsked)).toEqual([['aldeno-sportello']]);
    expect(asked.filter((u) => u === '/api/v1/administrations/aldeno/services')).toHaveLength(1);
  });

  it('asks for the names of the 76 terminals an entry mentions in one request, not one each', async () => {
    render(null, container);
    const terminals = Array.from({ length: 76 }, (_, i) => `aldeno-totem-${i}`);
    const asked = stubCollector({
      'GET /api/v1/audit': () => json([entry('1', 'service.archive', 'service', 'aldeno-tributi', { terminals })]),
      'GET /api/v1/administrations': () => json([{ id: 'aldeno', name: 'Comune di Aldeno', createdAt: '2024-01-01T00:00:00Z', archivedAt: null }]),
      'GET /api/v1/administrations/aldeno/services': () => json([{ id: 'aldeno-tributi', administrationId: 'aldeno', name: 'Tributi', standard: null, standards: [], archivedAt: null }]),
      'GET /api/v1/users': () => json([{ id: 'u-maria', email: 'maria@aldeno.example.org', name: 'Maria Rossi', grants: [], disabledAt: null, createdAt: '2024-01-01T00:00:00Z', lastSignInAt: null }]),
      'GET /api/v1/terminal-names': (r) => json(idsAsked(r).map((id) => ({ id, name: `Totem ${id.slice('aldeno-totem-'.length)}` }))),
    });
    render(<AuditPage administrationId="aldeno" />, container);
    await vi.waitFor(() => expect(table()?.textContent).toContain('Totem 75'));
    const names = asked.filter((r) => r.url.startsWith('/api/v1/terminal-names'));
    expect(names.map(idsAsked)).toEqual([terminals]);
    expect(asked.filter((r) => r.url.startsWith('/api/v1/terminals/'))).toEqual([]);
  });
});
