// The people-served page against a stubbed collector: the grid with votes and participation, saving only changed cells, refusals next to their cells, the CSV import, a phone's cards.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import '../../../../kiosk/dashboard/dashboard.css';
import '../../../../kiosk/dashboard/admin/admin.css';
import type { Service, Terminal } from '../../../../server/contract/admin';
import type { PeopleServedRow } from '../../../../server/contract/participation';
import type { OfficeSummary } from '../../../../server/contract/report';
import { PeopleServedPage } from '../../../../kiosk/dashboard/admin/people-served-page';
import { forgetSession, rememberSession } from '../../../../kiosk/dashboard/api';
import { apiError, json, session, stubCollector, type Route, type SeenRequest } from '../fixtures/fake-collector';

// Thursday 5 March 2026, 10:00 in Rome: Friday to Sunday of the week have not come yet.
const NOW = () => new Date('2026-03-05T09:00:00Z');
const ADMIN = [{ role: 'administration_admin' as const, administrationId: 'a', officeId: null }];
const MANAGER = [{ role: 'office_manager' as const, administrationId: 'a', officeId: 'o1' }];
const OFFICES: OfficeSummary[] = [
  { id: 'o1', name: 'Municipio', timeZone: 'Europe/Rome', administration: { id: 'a', name: 'Comune di Valdoria' } },
  { id: 'o2', name: 'Delegazione', timeZone: 'Europe/Rome', administration: { id: 'a', name: 'Comune di Valdoria' } },
];
const service = (id: string, name: string, archivedAt: string | null = null): Service => ({ id, administrationId: 'a', name, standard: null, standards: [], archivedAt });
const SERVICES = [service('anagrafe', 'Anagrafe e stato civile'), service('suap', 'SUAP'), service('tributi', 'Tributi'), service('vecchio', 'Ufficio chiuso', '2025-01-01T00:00:00Z')];
const TERMINALS: Terminal[] = [
  { id: 't1', administrationId: 'a', officeId: 'o1', name: 'Totem', mode: 'totem', channel: 'totem', scale: 3, serviceIds: ['anagrafe'], enrolledAt: null, revokedAt: null, lastSeenAt: null, archivedAt: null, sound: false, staffPinSet: false, health: null, redated: null, minIntervalSeconds: 3, burstPerMinute: 8 },
];
const row = (serviceId: string, day: string, served: number, votes: number, channel = 'sportello'): PeopleServedRow => ({ serviceId, day, channel, served, votes, source: 'dashboard', at: '2026-03-04T10:00:00Z', by: 'a@x' });
let rows: PeopleServedRow[];

let container: HTMLElement;
let seen: SeenRequest[];
let put: Route;
let csv: Route;
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const input = (serviceId: string, day: string) => container.querySelector<HTMLInputElement>(`[data-testid="served-input"][data-service-id="${serviceId}"][data-day="${day}"]`);
const cellOf = (serviceId: string, day: string) => input(serviceId, day)!.closest('td')!;
const columns = () => [...container.querySelectorAll('[data-testid="served-grid"] thead th')].map((th) => th.textContent);
const type = (el: HTMLInputElement, text: string) =>
  act(() => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const puts = () => seen.filter((r) => r.method === 'PUT');

function mount(grants: typeof ADMIN | typeof MANAGER = ADMIN, search = '?office=o1') {
  history.replaceState(null, '', `${location.pathname}${search}`);
  const info = session(grants);
  rememberSession(info);
  render(<PeopleServedPage session={info} now={NOW} />, container);
}

beforeEach(() => {
  rows = [row('anagrafe', '2026-03-02', 40, 6), row('anagrafe', '2026-03-03', 60, 4), row('tributi', '2026-03-02', 12, 1, 'telefono')];
  put = () => json({ stored: 3, removed: 1 });
  csv = () => json({ stored: 2, removed: 0, ignoredColumns: [] });
  seen = stubCollector({
    'GET /api/v1/offices': () => json(OFFICES),
    'GET /api/v1/administrations/a/services': () => json(SERVICES),
    'GET /api/v1/offices/o1/terminals': () => json(TERMINALS),
    'GET /api/v1/offices/o1/people-served': () => json(rows),
    'PUT /api/v1/offices/o1/people-served': (req) => put(req),
    'POST /api/v1/offices/o1/people-served.csv': (req) => csv(req),
  });
  container = document.createElement('div');
  container.className = 'page';
  document.body.append(container);
});
afterEach(async () => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
  forgetSession();
  history.replaceState(null, '', location.pathname);
  await page.viewport(1280, 800);
});

describe('people served: the grid', () => {
  it('shows the office’s services and those with figures, the figures with their votes and participation, and no box for days to come', async () => {
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-02')).not.toBeNull());
    // Anagrafe: offered by the office's totem. Tributi: a figure on the phone. SUAP: neither, so it waits in "add a service".
    expect(columns()).toEqual(['Giorno', 'Anagrafe e stato civile', 'Tributi']);
    expect($('served-period')!.textContent).toBe('2–8 marzo 2026');
    expect(input('anagrafe', '2026-03-02')!.value).toBe('40');
    const note = [...cellOf('anagrafe', '2026-03-02').querySelectorAll('[data-testid="served-note"] > span')].map((line) => line.textContent);
    expect(note).toEqual(['6 giudizi', 'partecipazione 15%']);
    expect(input('anagrafe', '2026-03-02')!.getAttribute('aria-label')).toBe('Anagrafe e stato civile, lunedì 2 marzo 2026, sportello: persone servite');
    expect(input('anagrafe', '2026-03-05')).not.toBeNull();
    expect(input('anagrafe', '2026-03-06')).toBeNull();
    const totals = [...container.querySelectorAll('[data-testid="served-total"]')].map((t) => t.textContent);
    expect(totals).toEqual(['100 persone10 giudizipartecipazione 10%', 'nessun numero']);
    expect($('served-next')!.hasAttribute('disabled')).toBe(true);

    act(() => $('served-channel-telefono')!.click());
    expect(input('tributi', '2026-03-02')!.value).toBe('12');
    expect(input('anagrafe', '2026-03-02')!.value).toBe('');

    // Another service of the administration, added by hand; archived ones are not offered.
    const add = $('served-add') as HTMLSelectElement;
    expect([...add.options].map((o) => o.value)).toEqual(['', 'suap']);
    act(() => {
      add.value = 'suap';
      add.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(columns()).toEqual(['Giorno', 'Anagrafe e stato civile', 'SUAP', 'Tributi']);
  });

  it('sends only the changed cells, null for a cleared one, then says what was saved and reloads', async () => {
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-02')).not.toBeNull());
    type(input('anagrafe', '2026-03-02')!, '40'); // typed again, unchanged
    type(input('anagrafe', '2026-03-03')!, ''); // cleared
    type(input('anagrafe', '2026-03-04')!, '1.250');
    act(() => $('served-channel-telefono')!.click());
    type(input('tributi', '2026-03-03')!, '9');
    expect($('served-channel-telefono')!.textContent).toBe('Telefono (1 da salvare)');
    expect($('served-status')!.textContent).toBe('3 modifiche da salvare');
    // Period and office stay put while figures are unsaved.
    expect(container.querySelector('fieldset.served-period')!.hasAttribute('disabled')).toBe(true);
    expect($('served-dirty')).not.toBeNull();

    const loads = () => seen.filter((r) => r.method === 'GET' && r.url.includes('people-served')).length;
    const before = loads();
    await act(async () => void $('served-save')!.click());
    await vi.waitFor(() => expect($('served-status')!.textContent).toBe('Salvati 3 numeri, tolto 1 numero.'));
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.body).toEqual({
      entries: [
        { serviceId: 'anagrafe', channel: 'sportello', day: '2026-03-03', served: null },
        { serviceId: 'anagrafe', channel: 'sportello', day: '2026-03-04', served: 1250 },
        { serviceId: 'tributi', channel: 'telefono', day: '2026-03-03', served: 9 },
      ],
    });
    expect(puts()[0]!.headers.get('x-csrf-token')).toBe('csrf-123');
    await vi.waitFor(() => expect(loads()).toBe(before + 1));
    await vi.waitFor(() => expect(container.querySelector('fieldset.served-period')!.hasAttribute('disabled')).toBe(false));
  });

  it('shows each refusal next to the cell it names, as the collector wrote it in the dashboard\'s language, and keeps what was typed', async () => {
    put = () =>
      apiError(400, 'validation_failed', '1 problema: non è stato salvato nulla.', {
        problems: [{ field: '/entries/1/day', reason: 'il 5 marzo 2026 non è ancora arrivato nel fuso orario dell’ufficio (oggi è il 4 marzo 2026)' }],
      });
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-04')).not.toBeNull());
    type(input('anagrafe', '2026-03-04')!, '10');
    type(input('anagrafe', '2026-03-05')!, '11');
    await act(async () => void $('served-save')!.click());
    await vi.waitFor(() => expect(cellOf('anagrafe', '2026-03-05').querySelector('[data-testid="served-problem"]')).not.toBeNull());
    const problem = cellOf('anagrafe', '2026-03-05').querySelector('[data-testid="served-problem"]')!;
    expect(problem.textContent).toBe('il 5 marzo 2026 non è ancora arrivato nel fuso orario dell’ufficio (oggi è il 4 marzo 2026)');
    expect(input('anagrafe', '2026-03-05')!.getAttribute('aria-invalid')).toBe('true');
    expect(input('anagrafe', '2026-03-05')!.getAttribute('aria-describedby')).toContain(problem.id);
    expect(cellOf('anagrafe', '2026-03-04').querySelector('[data-testid="served-problem"]')).toBeNull();
    expect($('served-error')!.textContent).toContain('Nessun numero è stato salvato');
    expect($('served-error')!.textContent).toContain('Anagrafe e stato civile, giovedì 5 marzo 2026, sportello: il 5 marzo 2026');
    expect(input('anagrafe', '2026-03-04')!.value).toBe('10');
    expect($('served-status')!.textContent).toBe('2 modifiche da salvare');
  });

  it('asks before a link of the navigation leaves figures unsaved', async () => {
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-04')).not.toBeNull());
    const link = document.createElement('a');
    link.href = '#/report';
    document.body.append(link);
    try {
      const confirm = vi.fn(() => false);
      vi.stubGlobal('confirm', confirm);
      type(input('anagrafe', '2026-03-04')!, '12');
      link.click();
      expect(confirm).toHaveBeenCalledWith('Ci sono persone servite non salvate: uscire comunque?');
      expect(location.hash).toBe('');
      // Saved, nothing to lose: no question.
      await act(async () => void $('served-save')!.click());
      await vi.waitFor(() => expect($('served-status')!.textContent).toBe('Salvati 3 numeri, tolto 1 numero.'));
      await vi.waitFor(() => expect($('served-discard')).toBeNull());
      expect(input('anagrafe', '2026-03-04')!.value).toBe('');
      link.click();
      expect(confirm).toHaveBeenCalledTimes(1);
      expect(location.hash).toBe('#/report');
    } finally {
      link.remove();
      history.replaceState(null, '', location.pathname);
    }
  });

  it('does not send a cell that is not a number, and says so by the cell', async () => {
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-04')).not.toBeNull());
    type(input('anagrafe', '2026-03-04')!, 'dieci');
    expect(cellOf('anagrafe', '2026-03-04').querySelector('[data-testid="served-problem"]')!.textContent).toBe('Scrivi un numero intero da 0 a 100.000, oppure lascia vuoto.');
    await act(async () => void $('served-save')!.click());
    expect($('served-invalid')!.textContent).toBe('Una casella non contiene un numero valido: correggila prima di salvare.');
    expect(document.activeElement).toBe(input('anagrafe', '2026-03-04'));
    expect(puts()).toHaveLength(0);
    act(() => $('served-discard')!.click());
    expect(input('anagrafe', '2026-03-04')!.value).toBe('');
  });

  it('moves down a column with Enter and the arrows, like a spreadsheet', async () => {
    mount();
    await vi.waitFor(() => expect(input('tributi', '2026-03-02')).not.toBeNull());
    input('tributi', '2026-03-02')!.focus();
    input('tributi', '2026-03-02')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(input('tributi', '2026-03-03'));
    input('tributi', '2026-03-03')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(input('tributi', '2026-03-02'));
    expect(puts()).toHaveLength(0);
  });

  it('steps by month, and opens the period the address names', async () => {
    mount(ADMIN, '?office=o1&served=2026-02');
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="served-grid"] tbody tr')).toHaveLength(28));
    expect($('served-period')!.textContent).toBe('febbraio 2026');
    expect(seen.some((r) => r.url === '/api/v1/offices/o1/people-served?from=2026-02-01&to=2026-02-28')).toBe(true);
    act(() => $('served-next')!.click());
    await vi.waitFor(() => expect($('served-period')!.textContent).toBe('marzo 2026'));
    expect(new URLSearchParams(location.search).get('served')).toBe('2026-03');
    act(() => $('served-kind-week')!.click());
    expect($('served-period')!.textContent).toBe('2–8 marzo 2026');
  });

  it('offers an office manager their own office only, and the keys page by name without a link', async () => {
    mount(MANAGER, '');
    await vi.waitFor(() => expect($('served-office-name')?.textContent).toBe('Ufficio: Municipio'));
    expect($('served-office')).toBeNull();
    // The office's name shows at once; the note below the grid once its services and figures are in.
    const feed = await vi.waitFor(() => {
      const note = $('served-feed');
      expect(note).not.toBeNull();
      return note!;
    });
    expect(feed.textContent).toContain('«Chiavi API»');
    expect(feed.textContent).toContain('PUT /api/v1/people-served');
    expect(feed.querySelector('a[href="/api/openapi.json"]')).not.toBeNull();
    expect(feed.querySelector('a[href="#/api-keys"]')).toBeNull();
  });
});

describe('people served: CSV import', () => {
  const file = (text: string) => new File([text], 'persone.csv', { type: 'application/vnd.ms-excel' });
  async function upload(text: string) {
    const field = $('served-csv') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(file(text));
    field.files = files.files;
    act(() => void field.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => void $('served-import-submit')!.click());
  }

  it('lists every bad line as "riga N: colonna — motivo" and says nothing was imported', async () => {
    csv = () =>
      apiError(400, 'validation_failed', '2 problemi nel file: non è stato importato nulla.', {
        problems: [
          { line: 4, field: '/servizio', reason: 'nessun servizio si chiama «Biblioteca» (scrivi il nome o l’identificativo del servizio)' },
          { line: 3, field: '/giorno', reason: '«31/02/2026» non è una data del calendario' },
        ],
      });
    mount();
    await vi.waitFor(() => expect($('served-import')).not.toBeNull());
    expect($('served-example')!.textContent).toContain('giorno;servizio;canale;persone');
    await upload('giorno;servizio;canale;persone\n2026-03-02;Anagrafe;;1\n31/02/2026;Anagrafe;;1\n2026-03-02;Biblioteca;;1\n');
    await vi.waitFor(() => expect($('served-import-error')).not.toBeNull());
    expect($('served-import-error')!.querySelector('p')!.textContent).toBe('Nessun numero è stato importato. Correggi nel file le righe indicate e importa di nuovo l’intero file:');
    expect([...$('served-import-problems')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'riga 3: giorno — «31/02/2026» non è una data del calendario',
      'riga 4: servizio — nessun servizio si chiama «Biblioteca» (scrivi il nome o l’identificativo del servizio)',
    ]);
    // Sent as the file's text, typed text/csv whatever the browser called the file.
    const sent = seen.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('content-type')).toBe('text/csv');
    expect(sent.body).toContain('31/02/2026;Anagrafe;;1');
  });

  it('says how many figures were stored, and reloads the grid', async () => {
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-02')).not.toBeNull());
    rows = [...rows, row('anagrafe', '2026-03-04', 30, 3)];
    await upload('giorno;servizio;persone\n2026-03-04;Anagrafe e stato civile;30\n2026-03-05;Tributi;5\n');
    await vi.waitFor(() => expect($('served-imported')?.textContent).toBe('Importati 2 numeri per l’ufficio «Municipio».'));
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-04')!.value).toBe('30'));
    expect(($('served-csv') as HTMLInputElement).value).toBe('');
    expect($('served-import-ignored')).toBeNull();
  });

  it('names the columns the collector did not read, beside the figures it stored', async () => {
    csv = () => json({ stored: 2, removed: 0, ignoredColumns: [{ column: 3, name: 'canali' }, { column: 5, name: '' }] });
    mount();
    await vi.waitFor(() => expect($('served-import')).not.toBeNull());
    await upload('giorno;servizio;canali;persone;\n2026-03-04;Anagrafe e stato civile;telefono;30;x\n');
    await vi.waitFor(() => expect($('served-imported')?.textContent).toBe('Importati 2 numeri per l’ufficio «Municipio».'));
    const ignored = $('served-import-ignored')!;
    expect(ignored.getAttribute('role')).toBe('status');
    expect(ignored.querySelector('p')!.textContent).toBe('2 colonne del file non sono state lette:');
    expect([...ignored.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['«canali» (colonna 3)', 'colonna 5, senza nome']);
    expect(ignored.textContent).toContain('correggi il suo nome nella prima riga e importa di nuovo il file');
    // A new file clears it with the rest of the last result.
    const field = $('served-csv') as HTMLInputElement;
    act(() => void field.dispatchEvent(new Event('change', { bubbles: true })));
    expect($('served-import-ignored')).toBeNull();
  });
});

describe('people served on a phone', () => {
  it('draws each day as a card: every box on screen, each service named beside its box', async () => {
    await page.viewport(390, 844);
    mount();
    await vi.waitFor(() => expect(input('anagrafe', '2026-03-02')).not.toBeNull());
    const root = document.documentElement;
    const wide = [...container.querySelectorAll<HTMLElement>('*')].filter((el) => el.getBoundingClientRect().right > root.clientWidth).map((el) => `${el.tagName}.${el.className} ${el.getBoundingClientRect().right}`);
    expect(wide).toEqual([]);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const card = container.querySelector('.served-card')!.getBoundingClientRect();
    for (const box of container.querySelectorAll('[data-testid="served-input"], button')) {
      const r = box.getBoundingClientRect();
      expect(r.right, box.outerHTML.slice(0, 80)).toBeLessThanOrEqual(Math.max(card.right, root.clientWidth));
    }
    expect(getComputedStyle(container.querySelector('[data-testid="served-grid"] thead')!).position).toBe('absolute');
    expect(getComputedStyle(cellOf('anagrafe', '2026-03-02'), '::before').content).toContain('Anagrafe e stato civile');
  });
});
